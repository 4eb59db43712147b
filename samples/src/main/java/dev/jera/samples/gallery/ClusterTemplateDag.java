package dev.jera.samples.gallery;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Script;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/cluster-workflow-template/cluster-wftmpl-dag.yaml}: a DAG whose steps all call
 * a template of the ClusterWorkflowTemplate {@link ClusterTemplate} ({@code templateRef} with
 * {@code clusterScope: true}): A first, then B and C with A's result.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file (C
 * calls print-message instead of the inner DAG; D dropped). The faithful ports, compared with the
 * upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-cluster-wftmpl-dag")
public class ClusterTemplateDag {

  @Script
  @Call(workflow = ClusterTemplate.class, template = "print-message")
  public static String a(@Value("A") String message) {
    return null; // runs as print-message of gallery-cluster-print-message
  }

  @Script
  @Call(workflow = ClusterTemplate.class, template = "print-message")
  public static String b(@From("a") String message) {
    return null;
  }

  @Script
  @Call(workflow = ClusterTemplate.class, template = "print-message")
  public static String c(@From("a") String message) {
    return null;
  }
}
