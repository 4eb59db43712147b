package dev.jera.samples.argo.workflowtemplate;

import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/workflow-template/workflow-archive-logs.yaml}: hello-world whose step logs
 * Argo keeps in the artifact repository ({@code spec.archiveLogs}).
 */
@Workflow(name = "workflow-archive-logs", entrypoint = "hello-world", archiveLogs = true)
public class WorkflowArchiveLogs {
  /** Prints "hello world". */
  @Template
  public static void helloWorld() {
    System.out.println("hello world");
  }
}
