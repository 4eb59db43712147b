package dev.jera.cli.cluster.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Argo v4.1.2's API contract, {@code ../shared/argo/v4.1.2/swagger.json}: validates a JSON body against
 * one of its definitions twice, as the swagger writes it and made strict (every object's unknown fields
 * are errors, as {@code Workflow.schema.json}'s copy of the same definitions has them), so a body passes
 * only with exactly the fields the API defines. Absent folder: no validation, and {@link #available} says so.
 */
public final class Swagger {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, JsonSchema> ROOTS = new ConcurrentHashMap<>();
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
  private static volatile Swagger instance;

  private final JsonNode paths;
  private final JsonNode swaggerDefinitions;
  private final JsonNode strictDefinitions;

  private Swagger(JsonNode paths, JsonNode swaggerDefinitions, JsonNode strictDefinitions) {
    this.paths = paths;
    this.swaggerDefinitions = swaggerDefinitions;
    this.strictDefinitions = strictDefinitions;
  }

  /** The folder holding {@code swagger.json}, if present. */
  public static Optional<Path> folder() {
    List<Path> candidates = new ArrayList<>();
    String configured = System.getProperty("jera.argoSchemas");
    if (configured != null && !configured.isBlank()) {
      candidates.add(Path.of(configured));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      candidates.add(dir.resolve("../shared/argo/v4.1.2").normalize());
    }
    return candidates.stream().filter(p -> Files.isRegularFile(p.resolve("swagger.json"))).findFirst();
  }

  /** The contract, when its folder is there. */
  public static Optional<Swagger> load() {
    if (instance != null) {
      return Optional.of(instance);
    }
    Optional<Path> folder = folder();
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    try {
      JsonNode swagger = JSON.readTree(Files.readString(folder.get().resolve("swagger.json")));
      JsonNode strict = JSON.readTree(Files.readString(folder.get().resolve("Workflow.schema.json")));
      instance = new Swagger(swagger.get("paths"), swagger.get("definitions"), strict.get("definitions"));
      return Optional.of(instance);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read Argo's swagger in " + folder.get(), e);
    }
  }

  /** Whether the contract is there to validate against. */
  public static boolean available() {
    return folder().isPresent();
  }

  /** Every violation of {@code body} against definition {@code definition} (such as {@code io.argoproj.workflow.v1alpha1.WorkflowCreateRequest}). */
  public List<String> errors(String definition, JsonNode body) {
    if (!swaggerDefinitions.has(definition)) {
      return List.of("the swagger has no definition " + definition);
    }
    List<String> errors = new ArrayList<>();
    for (ValidationMessage message : schema("swagger", swaggerDefinitions, definition).validate(body)) {
      errors.add("swagger " + definition + ": " + message.getMessage());
    }
    for (ValidationMessage message : schema("strict", strictDefinitions, definition).validate(body)) {
      errors.add("strict " + definition + ": " + message.getMessage());
    }
    return errors;
  }

  /**
   * What is wrong with a request to {@code pathTemplate} (such as {@code /api/v1/workflows/{namespace}})
   * by {@code method} with query parameters {@code query}: an operation the swagger does not have, or a
   * query parameter it does not declare.
   */
  public List<String> requestErrors(String method, String pathTemplate, java.util.Set<String> query) {
    JsonNode operation = paths.path(pathTemplate).path(method.toLowerCase(java.util.Locale.ROOT));
    if (operation.isMissingNode()) {
      return List.of("the swagger has no operation " + method + " " + pathTemplate);
    }
    java.util.Set<String> declared = new java.util.HashSet<>();
    for (JsonNode parameter : operation.path("parameters")) {
      if (parameter.path("in").asText().equals("query")) {
        declared.add(parameter.path("name").asText());
      }
    }
    List<String> errors = new ArrayList<>();
    for (String name : query) {
      if (!declared.contains(name)) {
        errors.add(method + " " + pathTemplate + " has no query parameter '" + name + "'");
      }
    }
    return errors;
  }

  /** The body definition of operation {@code method pathTemplate}, or {@code null} for none. */
  public String bodyDefinition(String method, String pathTemplate) {
    for (JsonNode parameter : paths.path(pathTemplate).path(method.toLowerCase(java.util.Locale.ROOT)).path("parameters")) {
      if (parameter.path("in").asText().equals("body")) {
        return parameter.path("schema").path("$ref").asText().replace("#/definitions/", "");
      }
    }
    return null;
  }

  /** The definition of the 200 answer of {@code method pathTemplate}, or of each message of a stream. */
  public String answerDefinition(String method, String pathTemplate) {
    JsonNode schema = paths.path(pathTemplate).path(method.toLowerCase(java.util.Locale.ROOT)).path("responses")
        .path("200").path("schema");
    if (schema.has("$ref")) {
      return schema.path("$ref").asText().replace("#/definitions/", "");
    }
    return schema.path("properties").path("result").path("$ref").asText().replace("#/definitions/", "");
  }

  /**
   * Definition {@code definition} of one flavour, as a sub-schema of one document holding them all:
   * the document is read once and each definition's validators are built on first use and shared.
   */
  private static JsonSchema schema(String flavour, JsonNode definitions, String definition) {
    return SCHEMAS.computeIfAbsent(flavour + ":" + definition, key -> root(flavour, definitions)
        .getSubSchema(new JsonNodePath(PathType.JSON_POINTER).append("definitions").append(definition)));
  }

  private static JsonSchema root(String flavour, JsonNode definitions) {
    return ROOTS.computeIfAbsent(flavour, key -> {
      ObjectNode root = JSON.createObjectNode();
      root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      root.put("$id", "urn:argo:v4.1.2:" + flavour);
      root.set("definitions", definitions);
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    });
  }
}
