package dev.jera.processor.validate;

import dev.jera.Style;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.FanOutMessages;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;
import java.util.Optional;

/**
 * A warning where a fan-in may end in Error on the cluster: the results of a {@code @Container} step
 * that fans out and returns {@code String} (text, not JSON) read as a list. Argo builds the list by
 * parsing what each item printed as JSON ({@code operator.go:processAggregateNodeOutputs}); plain text
 * fails there, and the local executor fails the same way. A command that prints JSON text is fine, so
 * this warns rather than refuses.
 */
final class FanInOfTextRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    String root = context.workflow().style() == Style.STEPS ? "steps" : "tasks";
    for (ScriptModel script : context.workflow().scripts()) {
      for (InputModel input : script.inputs()) {
        for (InputSource source : input.sources()) {
          Optional<ScriptModel> producer = producer(context, source, root);
          if (producer.isPresent() && producer.get() != script) {
            String tag = "{{" + root + "." + producer.get().name().value() + ".outputs.result}}";
            diagnostics.report(source.site(),
                FanOutMessages.fanInOfText(input.name(), script.methodName(), producer.get().methodName(), tag));
          }
        }
      }
    }
  }

  /** The text-printing container fan-out whose results {@code source} reads, if it reads one. */
  private static Optional<ScriptModel> producer(Context context, InputSource source, String root) {
    if (source instanceof InputSource.FromStep from && from.output().isEmpty()) {
      return context.lookup().find(((InputSource.FromStep) source).ref().value()).filter(FanInOfTextRule::printsText);
    }
    if (source instanceof InputSource.Value) {
      String template = ((InputSource.Value) source).template().value();
      for (ScriptModel candidate : context.workflow().scripts()) {
        if (printsText(candidate) && template.contains(root + "." + candidate.name().value() + ".outputs.result")) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean printsText(ScriptModel script) {
    return script.isContainer() && script.fansOut() && script.returns().isString();
  }
}
