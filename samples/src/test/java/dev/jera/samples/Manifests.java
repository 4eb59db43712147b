package dev.jera.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the samples' compiled manifests from the class path, for tests that run their steps. */
final class Manifests {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private Manifests() {}

  /** The {@code command} followed by the {@code args} of a script template, exactly as written. */
  static List<String> commandAndArgs(String workflow, String template) {
    try (InputStream in = Manifests.class.getClassLoader().getResourceAsStream("META-INF/argo/" + workflow + ".yaml")) {
      JsonNode manifest = YAML.readTree(in);
      JsonNode spec = manifest.path("spec").has("workflowSpec") ? manifest.path("spec").path("workflowSpec") : manifest.path("spec");
      for (JsonNode node : spec.path("templates")) {
        if (node.path("name").asText().equals(template)) {
          List<String> argv = new ArrayList<>();
          node.path("script").path("command").forEach(part -> argv.add(part.asText()));
          node.path("script").path("args").forEach(part -> argv.add(part.asText()));
          return argv;
        }
      }
      throw new IllegalArgumentException("no template " + template + " in " + workflow);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
