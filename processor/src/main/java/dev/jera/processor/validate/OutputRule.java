package dev.jera.processor.validate;

import dev.jera.argo.KubeNames;
import dev.jera.processor.diagnostic.ArtifactMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.OutputMessages;
import dev.jera.processor.model.OutputModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each {@code @Output} declares an output Argo accepts: named (on a method, by the user), with a name and
 * global name Argo takes, once per kind in its template and once per global name in the workflow, of a
 * value that exists, with a default only for a value, and one that decodes into its type.
 */
final class OutputRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    Map<String, ScriptModel> globals = new HashMap<>();
    for (ScriptModel script : context.workflow().pods()) {
      if (script.outputs().isEmpty()) {
        continue;
      }
      String method = script.methodName();
      if (script.isCall()) {
        diagnostics.report(script.outputs().get(0).site(), OutputMessages.onCall(method, script.call().get().template().value()));
        continue;
      }
      Set<String> parameters = new HashSet<>();
      Set<String> artifacts = new HashSet<>();
      for (OutputModel output : script.outputs()) {
        Text name = output.name();
        if (name.isEmpty()) {
          if (script.returns().isVoid()) {
            diagnostics.report(output.site(), OutputMessages.ofVoid(method));
          } else {
            diagnostics.report(output.site(), OutputMessages.withoutName(method, script.name().value()));
          }
          continue;
        }
        // A resource or suspend template's value is no result (it has none), but a method's @Output may still carry one.
        boolean noPod = script.isResource() || script.isSuspend();
        if (output.component().isEmpty() && (noPod ? script.returns().canonical().equals("void") : script.returns().isVoid())) {
          diagnostics.report(output.site(), OutputMessages.ofVoid(method));
          continue;
        }
        KubeNames.argoParameterName(name.value()).ifPresent(problem ->
            diagnostics.report(name.site(), OutputMessages.invalidName("output name", name.value(), problem)));
        Set<String> sameKind = output.isArtifact() ? artifacts : parameters;
        if (!sameKind.add(name.value())) {
          diagnostics.report(name.site(), OutputMessages.duplicate(output.isArtifact() ? "file" : "value", name.value(), method));
        }
        output.defaultValue().ifPresent(value -> checkDefault(output, value, diagnostics));
        output.archive().ifPresent(archive -> {
          if (!output.isArtifact()) {
            diagnostics.report(archive.site(), ArtifactMessages.archiveWithoutFile(method));
          } else if (archive.compressionLevel() < -1 || archive.compressionLevel() > 9) {
            diagnostics.report(archive.levelSite(), ArtifactMessages.compressionLevel(archive.compressionLevel()));
          }
        });
        output.global().ifPresent(global -> checkGlobal(script, output, global, globals, diagnostics));
      }
    }
  }

  private static void checkDefault(OutputModel output, Text value, Diagnostics diagnostics) {
    String name = output.name().value();
    if (output.isArtifact()) {
      diagnostics.report(value.site(), OutputMessages.fileDefault(name));
      return;
    }
    if (!value.value().contains("{{")) {
      ShapeCodecs.problem(value.value(), output.type())
          .ifPresent(problem -> diagnostics.report(
              value.site(), OutputMessages.defaultNotParsing(name, value.value(), output.type().display(), problem)));
    }
  }

  /** Global names are unique per kind: {@code workflow.outputs.parameters} and {@code …artifacts} are apart. */
  private static void checkGlobal(
      ScriptModel script, OutputModel output, Text global, Map<String, ScriptModel> globals, Diagnostics diagnostics) {
    Optional<String> problem = KubeNames.argoParameterName(global.value());
    if (problem.isPresent()) {
      diagnostics.report(global.site(), OutputMessages.invalidName("global output name", global.value(), problem.get()));
      return;
    }
    ScriptModel first = globals.putIfAbsent((output.isArtifact() ? "file " : "value ") + global.value(), script);
    if (first != null) {
      diagnostics.report(global.site(), OutputMessages.duplicateGlobal(global.value(), first.methodName(), script.methodName()));
    }
  }
}
