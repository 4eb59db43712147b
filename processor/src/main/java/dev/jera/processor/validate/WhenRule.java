package dev.jera.processor.validate;

import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.runtime.argo.TemplateText;
import dev.jera.runtime.argo.expr.WhenExpression;
import java.util.Optional;

/**
 * A {@code when} parses as the expression Argo evaluates once its tags are substituted. Each tag
 * stands in as a bare word, which is what a substituted value becomes for Argo's evaluator.
 */
final class WhenRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().scripts()) {
      if (script.when().isEmpty()) {
        continue;
      }
      Text when = script.when().get();
      String text;
      try {
        text = TemplateText.parse(when.value()).withPlaceholders("value");
      } catch (IllegalArgumentException e) {
        continue; // TemplateTagRule reports the unterminated tag.
      }
      Optional<String> problem = WhenExpression.syntaxProblem(text);
      problem.ifPresent(p -> diagnostics.error(when.site(), Messages.invalidWhen(when.value(), p)));
    }
  }
}
