/**
 * The local executor: runs a compiled workflow on one machine with Argo's semantics, read from the same
 * manifest Argo would run.
 *
 * <p>{@link dev.jera.runtime.local.Catalog} finds compiled workflows through the indexes on the class
 * path; {@link dev.jera.runtime.local.ManifestReader} reads a manifest into what the executor runs;
 * {@link dev.jera.runtime.local.LocalExecutor} runs a {@link dev.jera.runtime.local.RunRequest} and
 * returns a {@link dev.jera.runtime.local.RunReport}, launching each step in this JVM
 * ({@link dev.jera.runtime.local.InProcessLauncher}) or in a JVM of its own
 * ({@link dev.jera.runtime.local.IsolatedLauncher}). Tests use {@link dev.jera.runtime.local.LocalRun}.
 *
 * <p>One thread, the coordinator, owns a run's state and decides what runs next; steps run on worker
 * threads and report back as events, so the DAG, steps and retry logic need no locks.
 */
package dev.jera.runtime.local;
