package dev.jera.processor.validate;

import dev.jera.argo.KubeNames;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.WorkflowSettingsMessages;
import dev.jera.processor.model.NodeRequirement;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import dev.jera.processor.model.WorkflowSettings;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The workflow's disruption budget (a whole number or a percentage, one of the two, as Kubernetes'
 * IntOrString takes it), its pod GC options (only with a strategy, as Argo applies them only then),
 * their durations and label selector, and the TTLs after success and failure.
 */
final class WorkflowSettingsRule implements Rule {
  private static final Pattern INT_OR_PERCENT = Pattern.compile("(0|[1-9][0-9]{0,8})%?");

  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel workflow = context.workflow();
    WorkflowSettings settings = workflow.resourceSettings();
    settings.minAvailable().ifPresent(value -> budget("minAvailable", value, diagnostics));
    settings.maxUnavailable().ifPresent(value -> budget("maxUnavailable", value, diagnostics));
    if (settings.minAvailable().isPresent() && settings.maxUnavailable().isPresent()) {
      diagnostics.report(settings.maxUnavailable().get().site(), WorkflowSettingsMessages.twoDisruptionBudgets());
    }
    boolean strategy = !workflow.podGC().equals("NONE");
    settings.podGCDelay().ifPresent(delay -> {
      if (!strategy) {
        diagnostics.report(delay.site(), WorkflowSettingsMessages.podGcOptionWithoutStrategy("podGCDelay"));
      } else {
        DurationRule.duration("@Workflow(podGCDelay)", delay, diagnostics);
      }
    });
    if (!settings.podGCSelector().isEmpty() && !strategy) {
      diagnostics.report(settings.podGCSelector().get(0).site(), WorkflowSettingsMessages.podGcOptionWithoutStrategy("podGCSelector"));
    } else {
      settings.podGCSelector().forEach(term -> selector(term, diagnostics));
    }
    LifecycleRule.positiveDuration("@Workflow(ttlAfterSuccess)", settings.ttlAfterSuccess(), diagnostics);
    LifecycleRule.positiveDuration("@Workflow(ttlAfterFailure)", settings.ttlAfterFailure(), diagnostics);
  }

  private static void budget(String attribute, Text value, Diagnostics diagnostics) {
    if (!INT_OR_PERCENT.matcher(value.value()).matches()) {
      diagnostics.report(value.site(), WorkflowSettingsMessages.invalidDisruptionBudget(attribute, value.value()));
    }
  }

  private static void selector(Parsed<NodeRequirement> term, Diagnostics diagnostics) {
    Optional<String> problem = term.problem();
    if (problem.isEmpty()) {
      NodeRequirement requirement = term.value();
      String operator = requirement.operator();
      if (operator.equals("Gt") || operator.equals("Lt")) {
        problem = Optional.of(WorkflowSettingsMessages.comparisonInSelector(operator));
      } else {
        problem = KubeNames.labelKey(requirement.key());
        for (String value : requirement.values()) {
          problem = problem.or(() -> KubeNames.labelValue(value));
        }
      }
    }
    problem.ifPresent(p -> diagnostics.report(term.site(), WorkflowSettingsMessages.invalidPodGcSelector(term.written(), p)));
  }
}
