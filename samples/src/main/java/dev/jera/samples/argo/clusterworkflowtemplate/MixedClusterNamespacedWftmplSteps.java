package dev.jera.samples.argo.clusterworkflowtemplate;

import dev.jera.samples.argo.workflowtemplate.Templates;

import dev.jera.Call;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/cluster-workflow-template/mixed-cluster-namespaced-wftmpl-steps.yaml}: the steps template {@code hello-hello-hello} calls
 * {@code print-message} of {@code workflow-template-print-message} ({@code hello1}, then {@code hello2b})
 * and, beside {@code hello2b}, the steps template {@code inner-steps} of the ClusterWorkflowTemplate {@code cluster-workflow-template-inner-steps}.
 *
 * <p>Upstream's {@code hello2a} also passes the argument {@code message}, which {@code inner-steps} does not
 * declare: Argo ignores it (ProcessArgs reads arguments for declared inputs only), and Jera refuses it
 * ({@code CallUnknownInput}), so the port leaves it out.
 */
@Workflow(name = "mixed-cluster-namespaced-wftmpl-steps", entrypoint = "hello-hello-hello", style = Style.STEPS)
public class MixedClusterNamespacedWftmplSteps {
  @Script(name = "hello1") @Call(workflow = Templates.WorkflowTemplatePrintMessage.class, template = "print-message")
  static void hello1(@Value("hello1") String message) {}

  @Script(name = "hello2a", after = "hello1")
  @Call(workflow = Clustertemplates.ClusterWorkflowTemplateInnerSteps.class, template = "inner-steps")
  static void hello2a() {}

  @Script(name = "hello2b", after = "hello1")
  @Call(workflow = Templates.WorkflowTemplatePrintMessage.class, template = "print-message")
  static void hello2b(@Value("hello2b") String message) {}
}
