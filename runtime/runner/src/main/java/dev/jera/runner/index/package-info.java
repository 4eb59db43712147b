/**
 * The index a compiled jar carries ({@code META-INF/jera/index.json}, {@link dev.jera.runner.index.WorkflowIndex}):
 * its workflows, their manifests, runners and steps' Java types, written by the processor and read by the
 * executor, the command line and the Maven plugin. Depends on Jackson's annotations only.
 */
package dev.jera.runner.index;
