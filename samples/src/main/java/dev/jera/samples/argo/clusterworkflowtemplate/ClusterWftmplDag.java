package dev.jera.samples.argo.clusterworkflowtemplate;

import dev.jera.Call;
import dev.jera.Script;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/cluster-workflow-template/cluster-wftmpl-dag.yaml}: the DAG {@code diamond} whose
 * tasks call templates of ClusterWorkflowTemplates: A, B and D {@code print-message} of
 * {@code cluster-workflow-template-print-message}, C the DAG {@code inner-diamond} of
 * {@code cluster-workflow-template-inner-dag}.
 */
@Workflow(name = "cluster-wftmpl-dag", entrypoint = "diamond")
public class ClusterWftmplDag {
  @Script(name = "A")
  @Call(workflow = Clustertemplates.ClusterWorkflowTemplatePrintMessage.class, template = "print-message")
  static void a(@Value("A") String message) {}

  @Script(name = "B", after = "A")
  @Call(workflow = Clustertemplates.ClusterWorkflowTemplatePrintMessage.class, template = "print-message")
  static void b(@Value("B") String message) {}

  @Script(name = "C", after = "A")
  @Call(workflow = Clustertemplates.ClusterWorkflowTemplateInnerDag.class, template = "inner-diamond")
  static void c() {}

  @Script(name = "D", after = {"B", "C"})
  @Call(workflow = Clustertemplates.ClusterWorkflowTemplatePrintMessage.class, template = "print-message")
  static void d(@Value("D") String message) {}
}
