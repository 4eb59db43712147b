package dev.jera.processor.validate;

import dev.jera.processor.model.RetryModel;
import dev.jera.processor.model.ScriptModel;
import java.util.ArrayList;
import java.util.List;

/** Retry limits and factors are not negative; factor and maxBackoff grow from a backoff. */
final class RetryRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    List<RetryModel> retries = new ArrayList<>();
    context.workflow().retry().ifPresent(retries::add);
    for (ScriptModel script : context.workflow().scripts()) {
      script.retry().ifPresent(retries::add);
    }
    for (RetryModel retry : retries) {
      if (retry.limit() < 0) {
        diagnostics.error(retry.limitSite(), Messages.negativeRetryLimit(retry.limit()));
      }
      if (retry.factor() < 0) {
        diagnostics.error(retry.factorSite(), Messages.negativeFactor(retry.factor()));
      }
      if (retry.backoff().isEmpty()) {
        if (retry.factor() > 0) {
          diagnostics.error(retry.factorSite(), Messages.needsBackoff("factor"));
        }
        retry.maxBackoff().ifPresent(max -> diagnostics.error(max.site(), Messages.needsBackoff("maxBackoff")));
      }
    }
  }
}
