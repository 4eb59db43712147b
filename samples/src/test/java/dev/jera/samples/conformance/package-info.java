/**
 * The conformance suite: workflows written with Jera's annotations for the behaviours of Argo v4.1.2's
 * controller that its own end-to-end tests ({@code test/e2e/}) and docs state, each run by the local
 * executor in this JVM and with a JVM per step, and checked node by node: which nodes exist, their
 * types, names, phases, messages and links, aggregated results, attempts, deadlines and the exit
 * handler's variables. Every assertion names the Argo source it follows (a function of
 * {@code workflow/controller/}, an e2e test, a doc). The README's "Agreement with Argo" section lists
 * the rules covered and the choices made where Argo's code and docs disagree.
 */
package dev.jera.samples.conformance;
