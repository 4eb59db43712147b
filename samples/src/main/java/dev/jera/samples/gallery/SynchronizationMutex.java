package dev.jera.samples.gallery;

import dev.jera.Script;
import dev.jera.Synchronized;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/synchronization-mutex-wf-level.yaml}: a workflow that holds the mutex
 * {@code test} while it runs, so of all the workflows of the namespace that name it, one runs at a time
 * and the others wait (v4's {@code synchronization.mutexes}).
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * ({@code main} wrapper). The faithful ports, compared with the upstream files, are in {@code
 * dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-synchronization-mutex")
@Synchronized(mutex = "test")
public class SynchronizationMutex {

  @Script
  public static String helloWorld() {
    return "hello world";
  }
}
