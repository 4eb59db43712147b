package dev.jera.processor.validate;

import dev.jera.Style;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.FanOutMessages;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import java.util.Optional;

/**
 * A value read with {@code @From} has the type its producer returns, or, when the producer fans
 * out, the list of those.
 */
final class TypeFlowRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().scripts()) {
      for (InputModel input : script.inputs()) {
        for (InputSource source : input.sources()) {
          if (!(source instanceof InputSource.FromStep) || ((InputSource.FromStep) source).output().isPresent()) {
            continue; // OutputReadRule checks what reads a named output.
          }
          Text ref = ((InputSource.FromStep) source).ref();
          Optional<ScriptModel> producer = context.lookup().find(ref.value());
          if (producer.isEmpty() || producer.get() == script || producer.get().returns().isVoid()
              || producer.get().returnsArtifact() || input.isArtifact()) {
            continue; // ReferenceRule and ArtifactRule report these.
          }
          if (producer.get().itemWithoutLoop()) {
            continue; // FanOutRule reports it; its result's shape is in doubt until then.
          }
          ScriptModel from = producer.get();
          if (from.fansOut()) {
            if (!Compatibility.acceptsListOf(input.type(), from.returns())) {
              diagnostics.report(
                  input.site(),
                  FanOutMessages.fanInMismatch(
                      input.name(), script.methodName(), input.type().display(), from.methodName(),
                      from.returns().boxedDisplay(), resultTag(context, from)));
            }
          } else if (!Compatibility.accepts(input.type(), from.returns())) {
            diagnostics.report(
                input.site(),
                FanOutMessages.typeMismatch(
                    input.name(), script.methodName(), input.type().display(), from.methodName(),
                    from.returns().display(), resultTag(context, from)));
          }
        }
      }
    }
  }

  /** {@code {{tasks.<step>.outputs.result}}}, or {@code steps.} in the STEPS style. */
  private static String resultTag(Context context, ScriptModel producer) {
    String root = context.workflow().style() == Style.STEPS ? "steps" : "tasks";
    return "{{" + root + "." + producer.name().value() + ".outputs.result}}";
  }
}
