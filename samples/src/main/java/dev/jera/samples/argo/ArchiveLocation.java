package dev.jera.samples.argo;

import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/archive-location.yaml}: the template {@code hello-world} prints {@code hello world},
 * and Argo keeps its log in the artifact repository ({@code archiveLocation.archiveLogs}).
 */
@Workflow(name = "archive-location", entrypoint = "hello-world")
public class ArchiveLocation {
  /** Prints {@code hello world}, as upstream's {@code echo}. */
  @Template(name = "hello-world", archiveLogs = true)
  public static void helloWorld() {
    System.out.println("hello world");
  }
}
