package dev.jera.samples.argo;

import dev.jera.Synchronized;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/synchronization-db-mutex-wf-level.yaml}: the whole workflow holds the database
 * mutex {@code test}, so only one run of it at a time prints "hello world", across controllers that share
 * the synchronization database (Argo v3.7+).
 */
@Workflow(name = "synchronization-db-mutex-wf-level", entrypoint = "hello-world",
    labels = "workflows.argoproj.io/no-test=environment")
@Synchronized(mutex = "test", database = true)
public class SynchronizationDbMutexWfLevel {
  /** Prints "hello world". */
  @Template
  public static void helloWorld() {
    System.out.println("hello world");
  }
}
