package dev.jera.processor.validate;

import dev.jera.argo.expr.Expression;
import dev.jera.argo.expr.ExpressionException;
import dev.jera.processor.diagnostic.DataMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.model.DataModel;
import dev.jera.processor.model.DottedNames;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import java.util.List;

/**
 * {@code @Data}: Argo's data template lists the files of its one source ({@code source.artifactPaths}) and
 * applies its transformations, expr-lang over {@code data}; it runs nothing else and has only its result.
 */
final class DataRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().pods()) {
      if (script.data().isEmpty()) {
        continue;
      }
      DataModel data = script.data().get();
      String method = script.methodName();
      long files = script.inputs().stream().filter(InputModel::isArtifact).count();
      long located = script.inputs().stream().filter(input -> input.isArtifact()
          && input.sources().stream().anyMatch(s -> s instanceof dev.jera.processor.model.InputSource.External)).count();
      if (files != 1 || located != 1) {
        diagnostics.report(data.site(), DataMessages.source(method, (int) files));
      }
      List<String> also = PodlessTemplate.alsoRuns(script);
      script.http().ifPresent(h -> also.add("an @HttpRequest"));
      if (!script.outputs().isEmpty()) {
        also.add("an @Output");
      }
      if (!also.isEmpty()) {
        diagnostics.report(data.site(), DataMessages.withCommand(method, String.join(" and ", also)));
      }
      for (Text transformation : data.transformations()) {
        check(method, transformation, diagnostics);
      }
    }
  }

  private static void check(String method, Text transformation, Diagnostics diagnostics) {
    String expression = transformation.value();
    ExpressionCheck.problems(expression, "the transformation '" + expression + "'", "@Data of " + method + "()")
        .forEach(message -> diagnostics.report(transformation.site(), message));
    Expression parsed;
    try {
      parsed = Expression.parse(expression);
    } catch (ExpressionException e) {
      return; // reported above, with the column
    }
    for (Expression.Reference reference : parsed.references()) {
      String root = DottedNames.first(reference.name());
      if (reference.kind() == Expression.ReferenceKind.VARIABLE && !root.equals("data")) {
        diagnostics.report(transformation.site(), DataMessages.transformationVariable(method, expression, root));
      }
    }
  }
}
