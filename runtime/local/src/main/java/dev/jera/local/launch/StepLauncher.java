package dev.jera.local.launch;

/**
 * Runs one attempt of a step and waits for it: in this JVM ({@link InProcessLauncher}) or in a JVM of
 * its own, as Argo's container would ({@link IsolatedLauncher}). Called on a worker thread; it enforces
 * the attempt's timeout itself.
 */
public interface StepLauncher {

  /** Runs the attempt to its end, or until its timeout. */
  AttemptOutcome launch(StepLaunch launch) throws InterruptedException;
}
