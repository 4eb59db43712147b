/**
 * The local executor: runs a compiled workflow on one machine with Argo's semantics, read from the same
 * manifest Argo would run.
 *
 * <p>{@link dev.jera.runtime.local.Catalog} finds compiled workflows through the indexes on the class
 * path; {@link dev.jera.runtime.local.ManifestReader} reads a manifest into what the executor runs and
 * {@link dev.jera.runtime.local.TemplateReferences} resolves what it takes from other compiled workflows
 * ({@code templateRef}, {@code workflowTemplateRef});
 * {@link dev.jera.runtime.local.LocalExecutor} runs a {@link dev.jera.runtime.local.RunRequest} and
 * returns a {@link dev.jera.runtime.local.RunReport}, launching each step in this JVM
 * ({@link dev.jera.runtime.local.InProcessLauncher}), in a JVM of its own
 * ({@link dev.jera.runtime.local.IsolatedLauncher}; always for a step that sets environment variables),
 * or, for a container or a script of another language, as a command of this machine
 * ({@link dev.jera.runtime.local.CommandLauncher}). Input and output files live in each step's
 * artifacts folder of the run's record. Tests use {@link dev.jera.runtime.local.LocalRun}.
 *
 * <p>A run creates the nodes Argo's controller creates, with their names, types, phases, messages and
 * links ({@link dev.jera.runtime.local.NodeTree}): the workflow's DAG or steps node
 * ({@link dev.jera.runtime.local.DagFlow}, {@link dev.jera.runtime.local.StepsFlow}), step groups, task
 * groups of fan-outs, retry nodes and their attempts ({@link dev.jera.runtime.local.PodRun}), nodes of
 * calls that ran nothing; reports ({@link dev.jera.runtime.local.RunReport#nodes()}) and
 * {@code workflow.failures} are read off them.
 *
 * <p>A misbehaving step fails that step only: {@link dev.jera.runtime.local.ExitGuard} keeps a step in
 * this JVM from ending it; {@link dev.jera.runtime.local.ResultLimit} refuses a result larger than Argo
 * keeps; {@link dev.jera.runtime.local.ActiveRuns} records runs stopped by SIGINT or SIGTERM, and
 * {@link dev.jera.runtime.local.StepReaper} kills step processes whose {@code jera} was killed;
 * {@link dev.jera.runtime.local.MachineLimit} holds step processes to what the machine fits;
 * {@link dev.jera.runtime.local.SecretMask} hides the run's secrets in all it writes and prints.
 *
 * <p>One thread, the coordinator, owns a run's state and decides what runs next; steps run on worker
 * threads and report back as events, so the DAG, steps, retry, Argo's {@code synchronization} and the
 * workflow's deadline need no Java locks.
 */
package dev.jera.runtime.local;
