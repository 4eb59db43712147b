package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.ResourceMessages;
import dev.jera.processor.model.RetryModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.WorkflowModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Retry limits (but for no limit) and factors are not negative; factor, maxBackoff and cap need a backoff;
 * a backoff without a limit is never waited on Argo.
 */
final class RetryRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (RetryModel retry : retries(context.workflow())) {
      if (retry.limit() < 0 && !retry.unlimited()) {
        diagnostics.report(retry.limitSite(), ResourceMessages.negativeRetryLimit(retry.limit()));
      }
      if (retry.factor() < 0) {
        diagnostics.report(retry.factorSite(), ResourceMessages.negativeFactor(retry.factor()));
      }
      if (retry.unlimited() && retry.backoff().isPresent()) {
        diagnostics.report(retry.backoff().get().site(), ResourceMessages.backoffWithoutLimit());
      }
      if (retry.backoff().isEmpty()) {
        if (retry.factor() > 0) {
          diagnostics.report(retry.factorSite(), ResourceMessages.needsBackoff("factor"));
        }
        retry.maxBackoff().ifPresent(max -> diagnostics.report(max.site(), ResourceMessages.needsBackoff("maxBackoff")));
        retry.cap().ifPresent(cap -> diagnostics.report(cap.site(), ResourceMessages.needsBackoff("cap")));
      }
    }
  }

  /** The workflow's retry strategy and each script's. */
  static List<RetryModel> retries(WorkflowModel workflow) {
    List<RetryModel> retries = new ArrayList<>();
    workflow.retry().ifPresent(retries::add);
    for (ScriptModel script : workflow.pods()) {
      script.retry().ifPresent(retries::add);
    }
    return retries;
  }
}
