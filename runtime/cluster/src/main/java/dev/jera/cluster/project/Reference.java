package dev.jera.cluster.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jera.cluster.api.ResourceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A (Cluster)WorkflowTemplate a manifest needs on the cluster: the one it runs
 * ({@code workflowTemplateRef}) or one a task or step calls ({@code templateRef}).
 *
 * @param kind {@code WORKFLOW_TEMPLATE} or {@code CLUSTER_WORKFLOW_TEMPLATE}
 * @param name its name
 * @param where what refers to it, such as {@code task 'hello'} or {@code spec.workflowTemplateRef}
 */
public record Reference(ResourceKind kind, String name, String where) {

  /** Every reference of {@code resource}, in the manifest's order, each (kind, name) once. */
  static List<Reference> of(JsonNode resource) {
    JsonNode spec = resource.path("kind").asText().equals("CronWorkflow")
        ? resource.path("spec").path("workflowSpec")
        : resource.path("spec");
    List<Reference> found = new ArrayList<>();
    add(found, spec.path("workflowTemplateRef"), "spec.workflowTemplateRef");
    for (JsonNode template : spec.path("templates")) {
      for (JsonNode task : template.path("dag").path("tasks")) {
        add(found, task.path("templateRef"), "task '" + task.path("name").asText() + "'");
      }
      for (JsonNode group : template.path("steps")) {
        for (JsonNode step : group) {
          add(found, step.path("templateRef"), "step '" + step.path("name").asText() + "'");
        }
      }
    }
    return found;
  }

  private static void add(List<Reference> found, JsonNode ref, String where) {
    if (!ref.isObject() || !ref.path("name").isTextual()) {
      return;
    }
    ResourceKind kind = ref.path("clusterScope").asBoolean(false)
        ? ResourceKind.CLUSTER_WORKFLOW_TEMPLATE
        : ResourceKind.WORKFLOW_TEMPLATE;
    String name = ref.path("name").asText();
    for (Reference known : found) {
      if (known.kind() == kind && known.name().equals(name)) {
        return;
      }
    }
    found.add(new Reference(kind, name, where));
  }

  /** How messages name what it refers to: {@code WorkflowTemplate 'greet'}. */
  public String describe() {
    return kind.describe(name);
  }
}
