/**
 * The local executor's API: runs a compiled workflow on one machine with Argo's semantics, read from the same
 * manifest Argo would run. Tests and embedders use {@link dev.jera.local.LocalRun} and read a
 * {@link dev.jera.local.LocalReport}; the command line finds workflows through {@link dev.jera.local.Catalog}
 * (the indexes on the class path) and runs a {@link dev.jera.local.CompiledWorkflow}. A run's outcome is a
 * {@link dev.jera.local.RunReport} of {@link dev.jera.local.StepReport}s and {@link dev.jera.local.NodeReport}s
 * (the nodes Argo's controller creates), each in a {@link dev.jera.local.Phase}; a
 * {@link dev.jera.local.RunListener} follows it as it goes.
 *
 * <p>The subpackages implement it, one concern each, and may use this package's report types:
 * {@code manifest} (what a manifest says), {@code values} (what its tags and a step's environment resolve to),
 * {@code launch} (how a step runs: in this JVM, a JVM of its own, a command or a container), {@code artifacts}
 * (a step's input and output files), {@code record} (the run's folder), {@code engine} (the schedule: DAG, steps,
 * retries, locks, deadline) and {@code console} (tables and progress for people). Only the entry points here
 * (LocalRun, Catalog, CompiledWorkflow, LocalReport) reach into them. Depends on jera-runner and jera-argo.
 */
package dev.jera.local;
