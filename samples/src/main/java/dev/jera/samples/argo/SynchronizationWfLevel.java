package dev.jera.samples.argo;

import dev.jera.Synchronized;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/synchronization-wf-level.yaml}: the whole workflow holds the semaphore whose
 * limit is key {@code workflow} of the ConfigMap {@code my-config}.
 */
@Workflow(name = "synchronization-wf-level", entrypoint = "hello-world")
@Synchronized(semaphore = "my-config/workflow")
public class SynchronizationWfLevel {
  /** Prints "hello world". */
  @Template
  public static void helloWorld() {
    System.out.println("hello world");
  }
}
