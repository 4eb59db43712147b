package dev.jera.processor.validate;

import dev.jera.Kind;
import dev.jera.argo.DidYouMean;
import dev.jera.processor.diagnostic.CronMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.WorkflowSettingsMessages;
import dev.jera.processor.model.CronSettings;
import dev.jera.processor.model.Site;
import dev.jera.processor.model.WorkflowModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A CronWorkflow's settings beyond its schedules: only on a CRON_WORKFLOW, a concurrency policy Argo
 * knows (its CRD's enum, case and all), whole numbers that are not negative, and a {@code when} that
 * Argo can evaluate before each run ({@link CronWhen}).
 */
final class CronSettingsRule implements Rule {
  /** Argo's {@code concurrencyPolicy} values. */
  static final List<String> POLICIES = List.of("Allow", "Forbid", "Replace");

  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel workflow = context.workflow();
    CronSettings cron = workflow.cron();
    if (workflow.kind() != Kind.CRON_WORKFLOW) {
      String kind = workflow.kind().name();
      cron.concurrencyPolicy().ifPresent(text -> outside(text.site(), "concurrencyPolicy", kind, diagnostics));
      cron.startingDeadlineSeconds().ifPresent(n -> outside(n.site(), "startingDeadlineSeconds", kind, diagnostics));
      cron.successfulJobsHistoryLimit().ifPresent(n -> outside(n.site(), "successfulJobsHistoryLimit", kind, diagnostics));
      cron.failedJobsHistoryLimit().ifPresent(n -> outside(n.site(), "failedJobsHistoryLimit", kind, diagnostics));
      cron.suspend().ifPresent(flag -> outside(flag.site(), "suspend", kind, diagnostics));
      cron.when().ifPresent(text -> outside(text.site(), "when", kind, diagnostics));
      cron.stopStrategy().ifPresent(text -> outside(text.site(), "stopStrategy", kind, diagnostics));
      return;
    }
    cron.concurrencyPolicy().ifPresent(policy -> {
      if (!POLICIES.contains(policy.value())) {
        diagnostics.report(policy.site(), CronMessages.unknownConcurrencyPolicy(policy.value(), meant(policy.value())));
      }
    });
    notNegative(cron.startingDeadlineSeconds(), "startingDeadlineSeconds", CronMessages.STARTING_DEADLINE, diagnostics);
    notNegative(cron.successfulJobsHistoryLimit(), "successfulJobsHistoryLimit", CronMessages.SUCCEEDED_RUNS, diagnostics);
    notNegative(cron.failedJobsHistoryLimit(), "failedJobsHistoryLimit", CronMessages.FAILED_RUNS, diagnostics);
    cron.when().ifPresent(when -> {
      if (!expressionTagProblems(when.value(), "the cron's when", when.site(), diagnostics)) {
        CronWhen.problem(when.value())
            .ifPresent(problem -> diagnostics.report(when.site(), CronMessages.invalidCronWhen(when.value(), problem)));
      }
    });
    cron.stopStrategy().ifPresent(stop -> CronWhen.stopStrategyProblem(stop.value())
        .ifPresent(problem -> diagnostics.report(stop.site(), WorkflowSettingsMessages.invalidStopStrategy(stop.value(), problem))));
  }

  /**
   * Reports what {@link ExpressionCheck} finds in the expression tags of {@code text}; whether one was an
   * error. (A cron's condition is evaluated by Argo's cron controller, never by the local executor.)
   */
  private static boolean expressionTagProblems(String text, String where, Site site, Diagnostics diagnostics) {
    boolean error = false;
    try {
      for (dev.jera.argo.TemplateText.Tag tag : dev.jera.argo.TemplateText.parse(text).tags()) {
        if (!tag.expression()) {
          continue;
        }
        for (dev.jera.processor.diagnostic.Message message : ExpressionCheck.problems(tag.name(), tag.written(), where)) {
          if (message.id().kind() == javax.tools.Diagnostic.Kind.ERROR) {
            diagnostics.report(site, message);
            error = true;
          }
        }
      }
    } catch (IllegalArgumentException e) {
      return false; // CronWhen reports the unterminated tag
    }
    return error;
  }

  private static void outside(Site site, String attribute, String kind, Diagnostics diagnostics) {
    diagnostics.report(site, CronMessages.outsideCron(attribute, kind));
  }

  /** The policy meant: the same word in another case first ({@code forbid}), else the closest. */
  private static Optional<String> meant(String written) {
    for (String policy : POLICIES) {
      if (policy.toLowerCase(Locale.ROOT).equals(written.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(policy);
      }
    }
    return DidYouMean.closest(written, POLICIES);
  }

  private static void notNegative(
      Optional<CronSettings.Number> number, String attribute, String meaning, Diagnostics diagnostics) {
    number.filter(n -> n.value() < 0)
        .ifPresent(n -> diagnostics.report(n.site(), CronMessages.negativeCronNumber(attribute, n.value(), meaning)));
  }
}
