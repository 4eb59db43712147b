package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.Messages;
import dev.jera.processor.model.RetryModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.WorkflowModel;
import java.util.ArrayList;
import java.util.List;

/** Retry limits and factors are not negative; factor and maxBackoff grow from a backoff. */
final class RetryRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (RetryModel retry : retries(context.workflow())) {
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

  /** The workflow's retry strategy and each script's. */
  static List<RetryModel> retries(WorkflowModel workflow) {
    List<RetryModel> retries = new ArrayList<>();
    workflow.retry().ifPresent(retries::add);
    for (ScriptModel script : workflow.scripts()) {
      script.retry().ifPresent(retries::add);
    }
    return retries;
  }
}
