package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.SequenceMessages;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.SequenceModel;
import dev.jera.processor.model.Text;
import java.util.Optional;
import java.util.regex.Pattern;

/** A {@code @Sequence} has count or end, whole numbers, one integer format verb, and a numeric item. */
final class SequenceRule implements Rule {
  private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern ONE_INTEGER_VERB = Pattern.compile("([^%]|%%)*%[-+ #0]*[0-9]*[dxXob]([^%]|%%)*");

  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().scripts()) {
      if (script.sequence().isEmpty()) {
        continue;
      }
      SequenceModel sequence = script.sequence().get();
      if (script.forEach().isPresent() || !script.items().isEmpty()) {
        diagnostics.report(sequence.site(), SequenceMessages.twoFanOuts(script.methodName()));
      }
      if (sequence.count().isPresent() == sequence.end().isPresent()) {
        diagnostics.report(sequence.site(), SequenceMessages.sequenceBounds(script.methodName()));
      }
      number("count", sequence.count(), diagnostics);
      number("start", sequence.start(), diagnostics);
      number("end", sequence.end(), diagnostics);
      sequence.format()
          .filter(format -> !ONE_INTEGER_VERB.matcher(format.value()).matches())
          .ifPresent(format -> diagnostics.report(format.site(), SequenceMessages.sequenceFormat(format.value())));
      boolean formatted = sequence.format().isPresent();
      for (InputModel input : script.inputs()) {
        boolean item = input.sources().stream().anyMatch(s -> s instanceof InputSource.Item);
        String type = input.type().canonical();
        boolean numeric = type.equals("java.lang.Integer") || type.equals("java.lang.Long");
        if (item && !input.type().isString() && (formatted || !numeric)) {
          diagnostics.report(input.site(), SequenceMessages.sequenceItemType(input.name(), script.methodName(), input.type().display()));
        }
      }
    }
  }

  private static void number(String attribute, Optional<Text> value, Diagnostics diagnostics) {
    value.filter(text -> !text.value().contains("{{") && !NUMBER.matcher(text.value().strip()).matches())
        .ifPresent(text -> diagnostics.report(text.site(), SequenceMessages.sequenceNotANumber(attribute, text.value())));
  }
}
