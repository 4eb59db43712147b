package dev.jera.processor.validate;

import dev.jera.argo.TemplateText;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.FanOutMessages;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.wiring.StepReference;
import java.util.List;
import java.util.Optional;

/**
 * An {@code @Value} decodes into its parameter's type: a literal must parse as it, and a value that
 * is exactly one step's result must have that step's type, as with {@code @From}.
 */
final class ValueRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().scripts()) {
      for (InputModel input : script.inputs()) {
        for (InputSource source : input.sources()) {
          if (source instanceof InputSource.Value) {
            check(context, script, input, ((InputSource.Value) source).template(), diagnostics);
          }
        }
      }
    }
  }

  private static void check(Context context, ScriptModel script, InputModel input, Text template, Diagnostics diagnostics) {
    TemplateText text;
    try {
      text = TemplateText.parse(template.value());
    } catch (IllegalArgumentException e) {
      return; // TemplateTagRule reports it.
    }
    if (text.tags().isEmpty()) {
      ShapeCodecs.problem(template.value(), input.type())
          .ifPresent(problem -> diagnostics.report(
              template.site(),
              FanOutMessages.valueNotParsing(template.value(), input.name(), script.methodName(), input.type().display(), problem)));
      return;
    }
    if (text.parts().size() != 1) {
      return;
    }
    List<StepReference> references = StepReference.in(text.tags().get(0));
    if (references.size() != 1 || !references.get(0).rest().equals("outputs.result")) {
      return;
    }
    Optional<ScriptModel> producer = context.lookup().byStepName(references.get(0).step());
    if (producer.isEmpty() || producer.get() == script || producer.get().returns().isVoid()) {
      return; // TemplateTagRule reports these.
    }
    if (producer.get().itemWithoutLoop()) {
      return; // FanOutRule reports it; its result's shape is in doubt until then.
    }
    ScriptModel from = producer.get();
    if (!Compatibility.acceptsText(input.type(), from.returns(), from.fansOut())) {
      String produced = from.fansOut() ? "List<" + from.returns().boxedDisplay() + ">" : from.returns().display();
      diagnostics.report(
          template.site(),
          FanOutMessages.typeMismatch(input.name(), script.methodName(), input.type().display(), from.methodName(), produced));
    }
  }
}
