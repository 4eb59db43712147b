package dev.jera.samples.argo;

import dev.jera.Synchronized;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/synchronization-db-wf-level.yaml}: the whole workflow holds the database
 * semaphore {@code workflow}, so as many runs of it at once print "hello world" as row
 * {@code <namespace>/workflow} of the database's {@code sync_limit} says (Argo v3.7+).
 */
@Workflow(name = "synchronization-db-wf-level", entrypoint = "hello-world",
    labels = "workflows.argoproj.io/no-test=environment")
@Synchronized(semaphore = "workflow", database = true)
public class SynchronizationDbWfLevel {
  /** Prints "hello world". */
  @Template
  public static void helloWorld() {
    System.out.println("hello world");
  }
}
