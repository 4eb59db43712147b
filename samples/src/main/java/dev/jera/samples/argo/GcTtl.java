package dev.jera.samples.argo;

import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/gc-ttl.yaml}: a hello-world workflow that Argo deletes 10 seconds after it
 * completes, or 5 seconds after it succeeds or fails ({@code spec.ttlStrategy}).
 */
@Workflow(name = "gc-ttl", entrypoint = "hello-world", ttl = "10s", ttlAfterSuccess = "5s", ttlAfterFailure = "5s")
public class GcTtl {
  /** Prints "hello world". */
  @Template
  public static void helloWorld() {
    System.out.println("hello world");
  }
}
