package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.ResourceMessages;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.RetryModel;
import dev.jera.processor.model.ScriptModel;
import java.time.Duration;

/** Timeouts and retry waits are Go durations with a unit, as Argo parses them. */
final class DurationRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().pods()) {
      script.timeout().ifPresent(timeout -> duration("@Script(timeout)", timeout, diagnostics));
    }
    for (RetryModel retry : RetryRule.retries(context.workflow())) {
      retry.backoff().ifPresent(backoff -> duration("@Retry(backoff)", backoff, diagnostics));
      retry.maxBackoff().ifPresent(max -> duration("@Retry(maxBackoff)", max, diagnostics));
    }
  }

  /** Reports {@code duration} unless it is a Go duration with a unit; says whether it is. */
  static boolean duration(String attribute, Parsed<Duration> duration, Diagnostics diagnostics) {
    duration.problem().ifPresent(
        problem -> diagnostics.report(duration.site(), ResourceMessages.invalidDuration(attribute, duration.written(), problem)));
    return duration.isValid();
  }
}
