package dev.jera.local.engine;

import dev.jera.argo.expr.ExpressionException;
import dev.jera.argo.expr.ValueExpression;
import dev.jera.local.Phase;
import dev.jera.local.manifest.GraphOutput;
import dev.jera.local.manifest.ManifestTemplate;
import dev.jera.local.values.Variables;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A graph's outputs once it has succeeded, as Argo's {@code getTemplateOutputsFromScope}: each parameter
 * from its tag or expression over the graph's scope (its declared default when that fails), each artifact
 * the file its tag or expression names. One that cannot be resolved ends the graph in Error.
 */
final class GraphOutputValues {
  private GraphOutputValues() {}

  static void resolve(Flow flow, ManifestTemplate template) {
    Node node = flow.node();
    if (node.phase != Phase.SUCCEEDED || template.graphOutputs().isEmpty()) {
      return;
    }
    Variables scope = flow.outputScope();
    Map<String, String> parameters = new LinkedHashMap<>();
    Map<String, Path> artifacts = new LinkedHashMap<>();
    for (GraphOutput output : template.graphOutputs()) {
      String value;
      try {
        value = output.expression() != null
            ? ValueExpression.parse(output.expression()).evaluate(scope::lookup)
            : scope.substituteStrict(output.tag());
      } catch (ExpressionException | Variables.SubstitutionException e) {
        if (output.defaultValue() == null) {
          node.phase = Phase.ERROR;
          node.message = "unable to resolve outputs from scope: " + e.getMessage();
          return;
        }
        value = output.defaultValue();
      }
      if (output.artifact()) {
        artifacts.put(output.name(), Path.of(value));
      } else {
        parameters.put(output.name(), value);
      }
    }
    node.parameters = parameters;
    node.artifacts = artifacts;
  }
}
