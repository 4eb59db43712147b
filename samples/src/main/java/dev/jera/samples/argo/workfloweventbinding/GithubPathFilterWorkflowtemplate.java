package dev.jera.samples.argo.workfloweventbinding;

import dev.jera.Call;
import dev.jera.Kind;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/workflow-event-binding/github-path-filter-workflowtemplate.yaml}: the
 * WorkflowTemplate a WorkflowEventBinding submits for a GitHub push; its step {@code a} prints the files
 * the commit changed, the parameter {@code files} ("[]" unless the event gives them).
 */
@Workflow(name = "github-path-filter", kind = Kind.WORKFLOW_TEMPLATE, style = Style.STEPS)
@Param(value = "files", defaultValue = "[]")
public class GithubPathFilterWorkflowtemplate {
  /** Prints the files, as upstream's {@code argosay echo}. */
  @Template
  public static void argosay(String files) {
    System.out.println("Files affected by commit: " + files);
  }

  @Script @Call(template = "argosay")
  static void a(@Param("files") String files) {}
}
