package dev.jera.processor.validate;

import dev.jera.argo.TemplateText;
import dev.jera.argo.expr.WhenExpression;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.TagMessages;
import dev.jera.processor.model.JavaType;
import dev.jera.processor.model.JsonShape;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.wiring.StepReference;
import java.util.Optional;

/**
 * A {@code when} compares plain values only (a result that is JSON breaks Argo's evaluator) and parses as the expression Argo evaluates once its tags are substituted. Each tag
 * stands in as a bare word, which is what a substituted value becomes for Argo's evaluator.
 */
final class WhenRule implements Rule {
  /** Strings, numbers, booleans, enums and dates substitute into a comparison; JSON objects and lists do not. */
  private static boolean comparable(JavaType type) {
    JsonShape shape = type.shape();
    if (shape instanceof JsonShape.Optional) {
      return comparable(((JsonShape.Optional) shape).value());
    }
    return shape instanceof JsonShape.Standard && !((JsonShape.Standard) shape).codec().endsWith("ARRAY")
            && !((JsonShape.Standard) shape).codec().equals("BYTES")
        || shape instanceof JsonShape.Enumeration;
  }

  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().scripts()) {
      if (script.when().isEmpty()) {
        continue;
      }
      Text when = script.when().get();
      TemplateText parsed;
      try {
        parsed = TemplateText.parse(when.value());
      } catch (IllegalArgumentException e) {
        continue; // TemplateTagRule reports the unterminated tag.
      }
      for (TemplateText.Tag tag : parsed.tags()) {
        for (StepReference reference : StepReference.in(tag)) {
          if (!reference.rest().equals("outputs.result")) {
            continue;
          }
          context.lookup().byStepName(reference.step())
              .filter(producer -> !producer.itemWithoutLoop())
              // A step with no result (void, or a file) is TemplateTagRule's to report, not a comparison.
              .filter(producer -> !producer.returns().isVoid() && !producer.returnsArtifact())
              .filter(producer -> producer.fansOut() || !comparable(producer.returns()))
              .ifPresent(producer -> diagnostics.report(
                  when.site(),
                  TagMessages.whenComparesJson(tag.written(), producer.fansOut() ? "List<" + producer.returns().boxedDisplay() + ">" : producer.returns().display())));
        }
      }
      String text = parsed.withPlaceholders("value");
      Optional<String> problem = WhenExpression.syntaxProblem(text);
      problem.ifPresent(p -> diagnostics.report(when.site(), TagMessages.invalidWhen(when.value(), p)));
    }
  }
}
