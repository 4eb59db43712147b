package dev.jera.cluster.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One node of a Workflow's {@code status.nodes}: what Jera reads of Argo's {@code NodeStatus}.
 *
 * @param id its id
 * @param name its full name, such as {@code diamond-x7k2p.b} or {@code steps-abc[0].hello(1:b)}
 * @param displayName its name under its boundary, such as {@code b} or {@code hello(1:b)}
 * @param type {@code Pod}, {@code Retry}, {@code TaskGroup}, {@code Skipped}, {@code DAG}, {@code Steps}, {@code StepGroup}, …
 * @param phase {@code Pending}, {@code Running}, {@code Succeeded}, {@code Failed}, {@code Error}, {@code Skipped}, {@code Omitted}
 * @param templateName the template it ran (for a {@code templateRef}, the referred template)
 * @param children the ids of its children, in order
 * @param startedAt when it started, or {@code null}
 * @param finishedAt when it ended, or {@code null}
 * @param message its message, or {@code null}
 * @param result {@code outputs.result}, or {@code null}
 * @param exitCode {@code outputs.exitCode}, or {@code null}
 */
public record NodeStatus(
    String id,
    String name,
    String displayName,
    String type,
    String phase,
    String templateName,
    List<String> children,
    Instant startedAt,
    Instant finishedAt,
    String message,
    String result,
    Integer exitCode) {

  /** Copies the list. */
  public NodeStatus {
    children = List.copyOf(children);
  }

  static NodeStatus of(String id, JsonNode node) {
    List<String> children = new ArrayList<>();
    node.path("children").forEach(child -> children.add(child.asText()));
    String template = text(node.path("templateName"));
    if (template == null) {
      template = text(node.path("templateRef").path("template"));
    }
    String name = text(node.path("name"));
    String exitCode = text(node.path("outputs").path("exitCode"));
    return new NodeStatus(
        text(node.path("id")) == null ? id : text(node.path("id")),
        name == null ? id : name,
        text(node.path("displayName")) == null ? (name == null ? id : name) : text(node.path("displayName")),
        node.path("type").asText(""),
        node.path("phase").asText("Pending"),
        template,
        children,
        time(node.path("startedAt")),
        time(node.path("finishedAt")),
        text(node.path("message")),
        node.path("outputs").has("result") ? node.path("outputs").path("result").asText() : null,
        exitCode == null ? null : parseInt(exitCode));
  }

  /** Whether it has ended (Argo's {@code Fulfilled}). */
  public boolean done() {
    switch (phase) {
      case "Succeeded":
      case "Failed":
      case "Error":
      case "Skipped":
      case "Omitted":
        return true;
      default:
        return false;
    }
  }

  static String text(JsonNode value) {
    return value.isValueNode() && !value.isNull() && !value.asText().isEmpty() ? value.asText() : null;
  }

  static Instant time(JsonNode value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Integer parseInt(String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
