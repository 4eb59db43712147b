package dev.jera.samples.gallery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Value;
import dev.jera.Workflow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * After Argo's {@code examples/exit-handlers.yaml}: the exit handler runs when the workflow ends, whatever
 * its outcome, reads {@code {{workflow.status}}} and {@code {{workflow.failures}}}, sends its notice,
 * then celebrates or cries. Argo's handler is three steps ({@code notify}, and {@code celebrate} or
 * {@code cry} by {@code when}); in Jera the handler is one script, so the branch is an {@code if}.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (three-step exit graph collapsed into one script; parameter added). The faithful ports, compared with
 * the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-exit-handlers", onExit = "exit-handler")
@Param(value = "fail", defaultValue = "true", description = "whether the main step fails on purpose")
public class ExitHandlers {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Script
  public static void intentionalFail(@Param("fail") boolean fail) {
    if (fail) {
      throw new IllegalStateException("intentional failure");
    }
  }

  @Script
  public static String exitHandler(
      @Value("{{workflow.name}}") String workflow,
      @Value("{{workflow.status}}") String status,
      @Value("{{workflow.failures}}") String failures) {
    String notice = "send e-mail: " + workflow + " " + status + ". Failed steps " + failedSteps(failures);
    System.out.println(notice);
    return notice + "\n" + (status.equals("Succeeded") ? "hooray!" : "boohoo!");
  }

  /**
   * The names of the failed steps in {@code {{workflow.failures}}}: a JSON list of nodes, which Argo
   * hands over as a quoted JSON string ({@code "null"} when nothing failed).
   */
  static List<String> failedSteps(String failures) {
    try {
      JsonNode node = JSON.readTree(failures);
      if (node != null && node.isTextual()) {
        node = JSON.readTree(node.asText());
      }
      List<String> names = new ArrayList<>();
      if (node != null && node.isArray()) {
        node.forEach(failure -> names.add(failure.path("displayName").asText()));
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("{{workflow.failures}} is not JSON: " + failures, e);
    }
  }
}
