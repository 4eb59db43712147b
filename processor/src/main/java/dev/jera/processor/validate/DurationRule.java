package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.ResourceMessages;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.RetryModel;
import dev.jera.processor.model.ScriptModel;
import java.time.Duration;

/**
 * Timeouts, deadlines and retry waits are Go durations with a unit, as Argo parses them (a timeout may
 * instead name an input, which {@link TimeLimitRule} checks); a template's deadline is Kubernetes'
 * {@code activeDeadlineSeconds}, so whole seconds and longer than zero.
 */
final class DurationRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().pods()) {
      String annotation = context.workflow().templates().contains(script) ? "@Template" : "@Script";
      script.timeout().ifPresent(timeout -> duration(annotation + "(timeout)", timeout, diagnostics));
      script.deadline().ifPresent(deadline -> deadline(annotation + "(deadline)", deadline, diagnostics));
    }
    for (RetryModel retry : RetryRule.retries(context.workflow())) {
      retry.backoff().ifPresent(backoff -> duration("@Retry(backoff)", backoff, diagnostics));
      retry.maxBackoff().ifPresent(max -> duration("@Retry(maxBackoff)", max, diagnostics));
      retry.cap().ifPresent(cap -> duration("@Retry(cap)", cap, diagnostics));
    }
  }

  private static void deadline(String attribute, Parsed<Duration> deadline, Diagnostics diagnostics) {
    if (!duration(attribute, deadline, diagnostics)) {
      return;
    }
    Duration value = deadline.value();
    if (value.getNano() != 0) {
      diagnostics.report(deadline.site(), ResourceMessages.deadlineNotWholeSeconds(attribute, deadline.written()));
    } else if (value.toSeconds() <= 0) {
      diagnostics.report(deadline.site(), ResourceMessages.notPositive(attribute, deadline.written()));
    }
  }

  /** Reports {@code duration} unless it is a Go duration with a unit; says whether it is. */
  static boolean duration(String attribute, Parsed<?> duration, Diagnostics diagnostics) {
    duration.problem().ifPresent(
        problem -> diagnostics.report(duration.site(), ResourceMessages.invalidDuration(attribute, duration.written(), problem)));
    return duration.isValid();
  }
}
