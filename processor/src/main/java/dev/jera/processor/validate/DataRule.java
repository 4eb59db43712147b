package dev.jera.processor.validate;

import dev.jera.argo.expr.Expression;
import dev.jera.argo.expr.ExpressionException;
import dev.jera.processor.diagnostic.DataMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.model.DataModel;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import java.util.ArrayList;
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
      for (String what : alsoRuns(script)) {
        diagnostics.report(data.site(), DataMessages.withCommand(method, what));
      }
      for (Text transformation : data.transformations()) {
        check(method, transformation, diagnostics);
      }
    }
  }

  private static List<String> alsoRuns(ScriptModel script) {
    List<String> also = new ArrayList<>();
    script.container().ifPresent(c -> also.add("a @Container"));
    script.resource().ifPresent(r -> also.add("a @Resource"));
    script.http().ifPresent(h -> also.add("an @HttpRequest"));
    script.suspend().ifPresent(s -> also.add("a @Suspend"));
    script.call().ifPresent(c -> also.add("a @Call"));
    script.daemon().ifPresent(d -> also.add("a @Daemon"));
    script.image().ifPresent(i -> also.add("an image of its own"));
    if (!script.sidecars().isEmpty() || !script.initContainers().isEmpty()) {
      also.add("side containers");
    }
    if (!script.outputs().isEmpty()) {
      also.add("an @Output");
    }
    return also;
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
      String root = reference.name().split("\\.", 2)[0];
      if (reference.kind() == Expression.ReferenceKind.VARIABLE && !root.equals("data")) {
        diagnostics.report(transformation.site(), DataMessages.transformationVariable(method, expression, root));
      }
    }
  }
}
