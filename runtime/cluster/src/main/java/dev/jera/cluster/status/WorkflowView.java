package dev.jera.cluster.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A Workflow as Argo Server returns it, read for what Jera shows: its phase, times, message,
 * parameters and nodes (from {@code status.nodes}, or {@code status.compressedNodes} when the
 * controller compressed them), and the step order of its entry template.
 */
public final class WorkflowView {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode workflow;
  private final Map<String, NodeStatus> nodes;

  private WorkflowView(JsonNode workflow, Map<String, NodeStatus> nodes) {
    this.workflow = workflow;
    this.nodes = nodes;
  }

  /** Reads {@code workflow}. */
  public static WorkflowView of(JsonNode workflow) {
    JsonNode status = workflow.path("status");
    JsonNode nodes = status.path("nodes");
    if ((!nodes.isObject() || nodes.isEmpty()) && status.path("compressedNodes").isTextual()) {
      nodes = decompress(status.path("compressedNodes").asText());
    }
    Map<String, NodeStatus> read = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : nodes.properties()) {
      read.put(entry.getKey(), NodeStatus.of(entry.getKey(), entry.getValue()));
    }
    return new WorkflowView(workflow, read);
  }

  /** The Workflow as returned. */
  public JsonNode json() {
    return workflow;
  }

  /** {@code metadata.name}. */
  public String name() {
    return workflow.path("metadata").path("name").asText();
  }

  /** {@code metadata.resourceVersion}, or {@code null}. */
  public String resourceVersion() {
    return NodeStatus.text(workflow.path("metadata").path("resourceVersion"));
  }

  /** {@code status.phase}; {@code Pending} until the controller has seen it. */
  public String phase() {
    return workflow.path("status").path("phase").asText("Pending");
  }

  /** Whether it has ended: Succeeded, Failed or Error. */
  public boolean finished() {
    String phase = phase();
    return phase.equals("Succeeded") || phase.equals("Failed") || phase.equals("Error");
  }

  /** {@code status.message}, or {@code null}. */
  public String message() {
    return NodeStatus.text(workflow.path("status").path("message"));
  }

  /** {@code status.startedAt}, or {@code null}. */
  public Instant startedAt() {
    return NodeStatus.time(workflow.path("status").path("startedAt"));
  }

  /** {@code status.finishedAt}, or {@code null}. */
  public Instant finishedAt() {
    return NodeStatus.time(workflow.path("status").path("finishedAt"));
  }

  /** A label's value, or {@code null}. */
  public String label(String key) {
    return NodeStatus.text(workflow.path("metadata").path("labels").path(key));
  }

  /** The value of each argument parameter, in order. */
  public Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (JsonNode parameter : workflow.path("spec").path("arguments").path("parameters")) {
      parameters.put(parameter.path("name").asText(), parameter.path("value").asText(""));
    }
    return parameters;
  }

  /** The nodes by id. */
  public Map<String, NodeStatus> nodes() {
    return nodes;
  }

  /**
   * The names of the entry template's steps in the manifest's order, and then of the exit handler,
   * as a local run lists them; from the Workflow's own spec or, for one that runs a template, from the
   * template's spec the controller stored.
   */
  public List<String> stepOrder() {
    JsonNode spec = workflow.path("spec");
    JsonNode stored = workflow.path("status").path("storedWorkflowTemplateSpec");
    String entry = NodeStatus.text(spec.path("entrypoint"));
    if (entry == null) {
      entry = NodeStatus.text(stored.path("entrypoint"));
    }
    List<String> order = new ArrayList<>();
    JsonNode template = template(spec, entry);
    if (template == null) {
      template = template(stored, entry);
    }
    if (template != null) {
      template.path("dag").path("tasks").forEach(task -> order.add(task.path("name").asText()));
      template.path("steps").forEach(group -> group.forEach(step -> order.add(step.path("name").asText())));
    }
    return order;
  }

  /** {@code spec.onExit}, from the Workflow or the template it runs, or {@code null}. */
  public String onExit() {
    String onExit = NodeStatus.text(workflow.path("spec").path("onExit"));
    return onExit != null ? onExit : NodeStatus.text(workflow.path("status").path("storedWorkflowTemplateSpec").path("onExit"));
  }

  /** The pod-name format of its pods: {@code v1} (node ids) or {@code v2} (the default). */
  public String podNameFormat() {
    String format = NodeStatus.text(workflow.path("metadata").path("annotations").path("workflows.argoproj.io/pod-name-format"));
    return "v1".equals(format) ? "v1" : "v2";
  }

  private static JsonNode template(JsonNode spec, String name) {
    for (JsonNode template : spec.path("templates")) {
      if (template.path("name").asText().equals(name)) {
        return template;
      }
    }
    return null;
  }

  /** {@code status.compressedNodes}: base64 of gzipped JSON, as Argo's {@code packer} writes it. */
  private static JsonNode decompress(String compressed) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(compressed)))) {
      JsonNode nodes = JSON.readTree(in);
      return nodes == null ? JSON.createObjectNode() : nodes;
    } catch (IOException | IllegalArgumentException e) {
      return JSON.createObjectNode();
    }
  }
}
