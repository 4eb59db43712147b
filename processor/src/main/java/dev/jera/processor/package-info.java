/**
 * Jera's annotation processor: {@code @Workflow} classes in, Argo manifests and runners out, as a
 * pipeline of stages over plain immutable data. Each package is one stage or what stages share, and a
 * package imports only those before it:
 *
 * <pre>
 *   model        the workflow as written, every value parsed once (records); imports no other package
 *   diagnostic   what the stages report (messages with ids, collected reports)      → model
 *   wiring       what each step waits for, derived from the model                   → model
 *   collect      elements to model, and misplaced annotations                       → model, diagnostic
 *   resolve      what {@code @Call} and {@code runs} name, in the compilation or on the class path
 *                                                                                   → model, wiring, diagnostic
 *   validate     one rule per kind of mistake: model to diagnostics                 → model, wiring, diagnostic
 *   emit         a valid model to YAML and Java, never checking, never parsing       → model, wiring
 *   emit.argo    Argo's objects as Jera writes them                                 → nothing
 *   emit.yaml    the YAML manifests are written in, and how records are walked      → nothing
 * </pre>
 *
 * <p>This package only wires the stages together ({@link dev.jera.processor.JeraProcessor}) and prints
 * reports ({@code Reporter}). {@code StageOrderTest} holds the processor to these edges.
 */
package dev.jera.processor;
