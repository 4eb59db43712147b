/**
 * The schedule of a run, as Argo's controller keeps it: {@link dev.jera.local.engine.LocalExecutor} runs a
 * {@link dev.jera.local.engine.RunRequest}; one thread, the {@link dev.jera.local.engine.Coordinator}, owns the
 * run's state and decides what runs next (DAG and steps flows, the exit handler, fan-outs, retries, Argo's
 * {@code synchronization}, parallelism and the workflow's deadline), so none of that needs Java locks; steps run on
 * worker threads and report back as events. It creates the nodes Argo creates ({@link dev.jera.local.engine.NodeTree}),
 * whose reports and {@code workflow.failures} are read off them. Depends on every other part of the executor;
 * nothing but the API's entry points depends on it.
 */
package dev.jera.local.engine;
