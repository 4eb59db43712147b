package dev.jera.samples.argo;

import dev.jera.Synchronized;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/synchronization-mutex-wf-level.yaml}: the whole workflow holds the mutex
 * {@code test}, so only one run of it at a time prints "hello world".
 */
@Workflow(name = "synchronization-mutex-wf-level", entrypoint = "hello-world")
@Synchronized(mutex = "test")
public class SynchronizationMutexWfLevel {
  /** Prints "hello world". */
  @Template
  public static void helloWorld() {
    System.out.println("hello world");
  }
}
