package dev.jera.processor.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates manifests against Argo v4.1.2's strict JSON Schemas: {@code <Kind>.schema.json} (unknown
 * fields are errors) and {@code <Kind>.crd.schema.json} (the CRD's patterns and limits). The schemas
 * live beside the project in {@code ../shared/argo/v4.1.2}; without them, tests that need them are
 * skipped, saying so.
 */
public final class ArgoSchemas {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private ArgoSchemas() {}

  /** The folder holding the schemas, if present. */
  public static Optional<Path> folder() {
    String configured = System.getProperty("jera.argoSchemas");
    List<Path> candidates = new ArrayList<>();
    if (configured != null && !configured.isBlank()) {
      candidates.add(Path.of(configured));
    }
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      candidates.add(dir.resolve("../shared/argo/v4.1.2").normalize());
    }
    return candidates.stream().filter(p -> Files.isRegularFile(p.resolve("Workflow.schema.json"))).findFirst();
  }

  /** Skips the calling test when the schemas are absent. */
  public static Path requireFolder() {
    Optional<Path> folder = folder();
    assumeTrue(
        folder.isPresent(),
        "Argo's schemas (../shared/argo/v4.1.2) are not beside the project: skipping schema validation");
    return folder.get();
  }

  /**
   * The schema errors of a YAML manifest against both schemas of its kind; empty when it is valid.
   * Skips the calling test when the schemas are absent.
   */
  public static List<String> errors(String yaml) {
    Path folder = requireFolder();
    JsonNode manifest;
    try {
      manifest = YAML.readTree(yaml);
    } catch (IOException e) {
      return List.of("not YAML: " + e.getMessage());
    }
    String kind = manifest.path("kind").asText();
    List<String> errors = new ArrayList<>();
    for (String file : List.of(kind + ".schema.json", kind + ".crd.schema.json")) {
      JsonSchema schema = SCHEMAS.computeIfAbsent(file, f -> load(folder.resolve(f)));
      Set<ValidationMessage> messages = schema.validate(manifest);
      for (ValidationMessage message : messages) {
        errors.add(file + ": " + message.getMessage());
      }
    }
    return errors;
  }

  private static JsonSchema load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no schema " + file + " (unknown kind?)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      // Argo's ids ("argo-v4.1.2-Workflow") are not URIs, which the validator insists on.
      ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(in);
      schema.put("$id", "urn:argo:v4.1.2:" + file.getFileName());
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }
}
