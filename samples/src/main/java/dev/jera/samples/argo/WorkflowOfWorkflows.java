package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Resource;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/workflow-of-workflows.yaml}: {@code workflow1} and then {@code workflow2} each
 * create a Workflow from the WorkflowTemplate {@code workflow-template-submittable} (the second with the
 * argument {@code message}) and wait until it succeeds or fails.
 */
@Workflow(name = "workflow-of-workflows", entrypoint = "main", style = Style.STEPS)
public class WorkflowOfWorkflows {
  @Template(name = "resource-without-argument")
  @Resource(
      action = Resource.Action.CREATE,
      successCondition = "status.phase == Succeeded",
      failureCondition = "status.phase in (Failed, Error)",
      manifest = """
          apiVersion: argoproj.io/v1alpha1
          kind: Workflow
          metadata:
            generateName: workflow-of-workflows-1-
          spec:
            workflowTemplateRef:
              name: {{inputs.parameters.workflowtemplate}}
          """)
  public static void resourceWithoutArgument(String workflowtemplate) {}

  @Template(name = "resource-with-argument")
  @Resource(
      action = Resource.Action.CREATE,
      successCondition = "status.phase == Succeeded",
      failureCondition = "status.phase in (Failed, Error)",
      manifest = """
          apiVersion: argoproj.io/v1alpha1
          kind: Workflow
          metadata:
            generateName: workflow-of-workflows-2-
          spec:
            arguments:
              parameters:
              - name: message
                value: {{inputs.parameters.message}}
            workflowTemplateRef:
              name: {{inputs.parameters.workflowtemplate}}
          """)
  public static void resourceWithArgument(String workflowtemplate, String message) {}

  @Script(name = "workflow1") @Call(template = "resource-without-argument")
  static void workflow1(@Value("workflow-template-submittable") String workflowtemplate) {}

  @Script(name = "workflow2", after = "workflow1") @Call(template = "resource-with-argument")
  static void workflow2(@Value("workflow-template-submittable") String workflowtemplate, @Value("Welcome Argo") String message) {}
}
