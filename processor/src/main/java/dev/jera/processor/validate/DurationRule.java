package dev.jera.processor.validate;

import dev.jera.argo.GoDuration;
import dev.jera.processor.model.RetryModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import java.util.Optional;

/** Timeouts and retry waits are Go durations with a unit, as Argo parses them. */
final class DurationRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().scripts()) {
      script.timeout().ifPresent(timeout -> duration("@Script(timeout)", timeout, diagnostics));
    }
    for (RetryModel retry : RetryRule.retries(context.workflow())) {
      retry.backoff().ifPresent(backoff -> duration("@Retry(backoff)", backoff, diagnostics));
      retry.maxBackoff().ifPresent(max -> duration("@Retry(maxBackoff)", max, diagnostics));
    }
  }

  /** Reports {@code text} unless it is a Go duration with a unit; says whether it is. */
  static boolean duration(String attribute, Text text, Diagnostics diagnostics) {
    Optional<String> problem = GoDuration.problem(text.value());
    if (problem.isEmpty() && GoDuration.isBareInteger(text.value())) {
      problem = Optional.of("a bare number has no unit; write e.g. \"" + text.value() + "s\"");
    }
    problem.ifPresent(p -> diagnostics.error(text.site(), Messages.invalidDuration(attribute, text.value(), p)));
    return problem.isEmpty();
  }
}
