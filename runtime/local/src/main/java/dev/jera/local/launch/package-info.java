/**
 * How one attempt of a step runs and what it gives back ({@link dev.jera.local.launch.StepLauncher},
 * {@link dev.jera.local.launch.StepLaunch}, {@link dev.jera.local.launch.AttemptOutcome}): in this JVM through its
 * runner ({@link dev.jera.local.launch.InProcessLauncher}, guarded by {@link dev.jera.local.launch.ExitGuard}), in
 * a JVM of its own ({@link dev.jera.local.launch.IsolatedLauncher}), as a command of this machine
 * ({@link dev.jera.local.launch.CommandLauncher}) or in a container ({@link dev.jera.local.launch.ContainerLauncher});
 * with its output kept apart, its result held to Argo's limit, its processes reaped. Depends on {@code manifest},
 * {@code values}, the API's types and jera-runner; not on the schedule.
 */
package dev.jera.local.launch;
