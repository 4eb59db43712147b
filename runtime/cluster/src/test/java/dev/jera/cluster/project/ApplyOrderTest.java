package dev.jera.cluster.project;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jera.cluster.api.ResourceKind;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApplyOrderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ProjectManifest manifest(ResourceKind kind, String name, String... calls) throws IOException {
    StringBuilder tasks = new StringBuilder();
    for (String call : calls) {
      boolean cluster = call.startsWith("cluster:");
      String target = cluster ? call.substring("cluster:".length()) : call;
      tasks.append(tasks.length() == 0 ? "" : ",").append("{\"name\":\"t-").append(target).append("\",\"templateRef\":{\"name\":\"")
          .append(target).append("\",\"template\":\"x\"").append(cluster ? ",\"clusterScope\":true" : "").append("}}");
    }
    String spec = "{\"templates\":[{\"name\":\"main\",\"dag\":{\"tasks\":[" + tasks + "]}}]}";
    String resource = kind == ResourceKind.CRON_WORKFLOW
        ? "{\"kind\":\"CronWorkflow\",\"metadata\":{\"name\":\"" + name + "\"},\"spec\":{\"workflowSpec\":" + spec + "}}"
        : "{\"kind\":\"" + kind.kind() + "\",\"metadata\":{\"name\":\"" + name + "\"},\"spec\":" + spec + "}";
    return new ProjectManifest(name, kind, JSON.readTree(resource), name + ".yaml");
  }

  private static List<String> order(ProjectManifest... manifests) {
    return ApplyOrder.of(List.of(manifests)).stream().map(ProjectManifest::name).collect(Collectors.toList());
  }

  @Test
  void templatesComeBeforeWhatCallsThem() throws IOException {
    assertThat(order(
        manifest(ResourceKind.CRON_WORKFLOW, "a-cron", "z-template"),
        manifest(ResourceKind.WORKFLOW_TEMPLATE, "b-template", "z-template", "cluster:c-shared"),
        manifest(ResourceKind.WORKFLOW_TEMPLATE, "z-template"),
        manifest(ResourceKind.CLUSTER_WORKFLOW_TEMPLATE, "c-shared", "cluster:d-base"),
        manifest(ResourceKind.CLUSTER_WORKFLOW_TEMPLATE, "d-base")))
        .containsExactly("d-base", "c-shared", "z-template", "b-template", "a-cron").inOrder();
  }

  @Test
  void aReferenceOfTheWrongScopeOrOutsideTheProjectDoesNotOrder() throws IOException {
    // "shared" is a ClusterWorkflowTemplate; a non-cluster templateRef to it is another resource.
    assertThat(order(
        manifest(ResourceKind.WORKFLOW_TEMPLATE, "a", "shared", "elsewhere"),
        manifest(ResourceKind.CLUSTER_WORKFLOW_TEMPLATE, "shared")))
        .containsExactly("shared", "a").inOrder();
  }

  @Test
  void aCircleKeepsNameOrderAndLosesNothing() throws IOException {
    assertThat(order(
        manifest(ResourceKind.WORKFLOW_TEMPLATE, "b", "a"),
        manifest(ResourceKind.WORKFLOW_TEMPLATE, "a", "b"),
        manifest(ResourceKind.WORKFLOW_TEMPLATE, "c", "a")))
        .containsExactly("a", "b", "c").inOrder();
  }

  @Test
  void referencesAreReadFromTasksStepsAndWorkflowTemplateRef() throws IOException {
    List<Reference> references = Reference.of(JSON.readTree("{\"kind\":\"CronWorkflow\",\"spec\":{\"workflowSpec\":{"
        + "\"workflowTemplateRef\":{\"name\":\"w\",\"clusterScope\":true},\"templates\":[{\"steps\":[[{\"name\":\"s\","
        + "\"templateRef\":{\"name\":\"x\",\"template\":\"t\"}}],[{\"name\":\"s2\",\"templateRef\":{\"name\":\"x\","
        + "\"template\":\"u\"}}]]}]}}}"));

    assertThat(references).containsExactly(
        new Reference(ResourceKind.CLUSTER_WORKFLOW_TEMPLATE, "w", "spec.workflowTemplateRef"),
        new Reference(ResourceKind.WORKFLOW_TEMPLATE, "x", "step 's'")).inOrder();
  }
}
