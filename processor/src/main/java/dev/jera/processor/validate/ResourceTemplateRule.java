package dev.jera.processor.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.jera.argo.TemplateText;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.Message;
import dev.jera.processor.diagnostic.ResourceTemplateMessages;
import dev.jera.processor.model.CallModel;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.OutputModel;
import dev.jera.processor.model.ResourceModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A {@code @Resource} template is what Argo accepts and kubectl can act on: a manifest that parses as
 * YAML once its tags are values (Argo substitutes before it parses), holding the object its action needs
 * (or a JSON patch), a merge strategy only on a patch, no command of its own, outputs read from the object
 * (and only there), and no result for a step to read.
 */
final class ResourceTemplateRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().pods()) {
      String method = script.methodName();
      if (script.resource().isEmpty()) {
        for (OutputModel output : script.outputs()) {
          output.jsonPath().ifPresent(path -> diagnostics.report(path.site(),
              ResourceTemplateMessages.objectOutputOffResource("jsonPath", output.name().value(), method)));
          output.jqFilter().ifPresent(filter -> diagnostics.report(filter.site(),
              ResourceTemplateMessages.objectOutputOffResource("jqFilter", output.name().value(), method)));
        }
        continue;
      }
      ResourceModel resource = script.resource().get();
      if (script.container().isPresent()) {
        diagnostics.report(resource.site(), ResourceTemplateMessages.withCommand(method, "a @Container"));
      }
      if (script.call().isPresent()) {
        diagnostics.report(resource.site(), ResourceTemplateMessages.withCommand(method, "a @Call"));
      }
      script.image().ifPresent(image -> diagnostics.report(image.site(), ResourceTemplateMessages.withImage(method, image.value())));
      if (resource.mergeStrategy().isPresent() && !resource.action().equals("PATCH")) {
        diagnostics.report(resource.mergeStrategySite(), ResourceTemplateMessages.mergeStrategyWithoutPatch(method, resource.action()));
      }
      manifestProblem(method, resource).ifPresent(problem -> diagnostics.report(
          resource.manifest().isEmpty() ? resource.site() : resource.manifest().site(), problem));
      for (OutputModel output : script.outputs()) {
        String name = output.name().value();
        if (output.isArtifact()) {
          diagnostics.report(output.site(), ResourceTemplateMessages.fileOutput(name, method));
        } else if (output.jsonPath().isPresent() && output.jqFilter().isPresent()) {
          diagnostics.report(output.jqFilter().get().site(), ResourceTemplateMessages.outputWithBothSources(name, method));
        } else if (!output.readsObject()) {
          diagnostics.report(output.site(), ResourceTemplateMessages.outputWithoutSource(name, method));
        }
      }
    }
    for (ScriptModel script : context.workflow().scripts()) {
      for (InputModel input : script.inputs()) {
        for (InputSource source : input.sources()) {
          if (source instanceof InputSource.FromStep from && from.output().isEmpty()) {
            context.lookup().find(from.ref().value()).filter(producer -> producer != script)
                .flatMap(producer -> resourceOf(context, producer)).ifPresent(producer -> diagnostics.report(from.ref().site(),
                ResourceTemplateMessages.resultOfResource(script.methodName(), from.ref().value(),
                    producer.outputs().stream().map(o -> "'" + o.name().value() + "'").collect(Collectors.joining(", ")))));
          }
        }
      }
    }
  }

  /** The resource template a step runs: its own, or the local template it calls; empty for any other step. */
  static Optional<ScriptModel> resourceOf(Context context, ScriptModel step) {
    if (step.isResource()) {
      return Optional.of(step);
    }
    if (step.call().isPresent() && step.call().get().target() instanceof CallModel.Resolved resolved
        && resolved.callee().isLocal()) {
      return context.workflow().templates().stream()
          .filter(template -> template.isResource() && template.name().value().equals(resolved.callee().template()))
          .findFirst();
    }
    return Optional.empty();
  }

  private static Optional<Message> manifestProblem(String method, ResourceModel resource) {
    String action = resource.action();
    Text manifest = resource.manifest();
    if (manifest.value().isBlank()) {
      boolean lookup = action.equals("GET") || action.equals("DELETE");
      return lookup && !resource.flags().isEmpty()
          ? Optional.empty()
          : Optional.of(ResourceTemplateMessages.missingManifest(method, action));
    }
    String substituted;
    try {
      // Argo substitutes before it parses; a placeholder stands for any tag's value.
      substituted = TemplateText.parse(manifest.value()).withPlaceholders("jera-value");
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // TemplateTagRule reports the unclosed tag.
    }
    JsonNode root;
    try {
      root = YamlTrees.read(substituted);
    } catch (JsonProcessingException e) {
      String problem = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("").strip();
      return Optional.of(ResourceTemplateMessages.notYaml(method, problem));
    }
    boolean patch = action.equals("PATCH");
    if (patch && resource.mergeStrategy().filter("JSON"::equals).isPresent()) {
      return jsonPatchProblem(root).map(problem -> ResourceTemplateMessages.notAJsonPatch(method, problem));
    }
    if (root == null || !root.isObject()) {
      return Optional.of(ResourceTemplateMessages.notAnObject(method, describe(root)));
    }
    if (patch && !resource.flags().isEmpty()) {
      return Optional.empty(); // a patch body for the object the flags name: any part of an object.
    }
    if (!root.path("apiVersion").isTextual()) {
      return Optional.of(ResourceTemplateMessages.missingField(method, "apiVersion", "apiVersion: v1"));
    }
    if (!root.path("kind").isTextual()) {
      return Optional.of(ResourceTemplateMessages.missingField(method, "kind", "kind: ConfigMap"));
    }
    JsonNode metadata = root.path("metadata");
    boolean create = action.equals("CREATE");
    boolean named = metadata.path("name").isTextual() || create && metadata.path("generateName").isTextual();
    if (!named && !(resource.flags().size() > 0 && (action.equals("GET") || action.equals("DELETE")))) {
      return Optional.of(ResourceTemplateMessages.unnamed(method, action, create));
    }
    return Optional.empty();
  }

  /** What keeps {@code root} from being a JSON patch: a list of operations, each with op and path. */
  private static Optional<String> jsonPatchProblem(JsonNode root) {
    if (root == null || !root.isArray() || root.isEmpty()) {
      return Optional.of("it is " + describe(root) + ", not a list of operations");
    }
    int index = 0;
    for (JsonNode operation : root) {
      if (!operation.isObject() || !operation.path("op").isTextual() || !operation.path("path").isTextual()) {
        return Optional.of("operation " + index + " has no op and path");
      }
      String op = operation.get("op").asText();
      if (!List.of("add", "remove", "replace", "move", "copy", "test").contains(op)) {
        return Optional.of("operation " + index + " has op '" + op + "', which is none of add, remove, replace, move,"
            + " copy and test");
      }
      index++;
    }
    return Optional.empty();
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return "empty";
    }
    if (node.isArray()) {
      return "a list";
    }
    return node.isObject() ? "a mapping" : "the single value '" + node.asText() + "'";
  }
}
