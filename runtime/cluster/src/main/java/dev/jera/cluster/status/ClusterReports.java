package dev.jera.cluster.status;

import dev.jera.argo.go.GoJson;
import dev.jera.local.Phase;
import dev.jera.local.RunReport;
import dev.jera.local.StepReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Workflow that ran on the cluster, as the {@link RunReport} of a local run, so the same table
 * ({@code SummaryTable}) and progress lines print it. It has no record folder.
 */
public final class ClusterReports {
  /** The label Jera puts on the Workflows it submits: the compiled workflow's name. */
  public static final String WORKFLOW_LABEL = "jera.dev/workflow";

  private ClusterReports() {}

  /** The report of a finished Workflow. */
  public static RunReport of(WorkflowView view) {
    Map<String, StepReport> steps = new LinkedHashMap<>();
    for (Step step : RunSteps.of(view)) {
      steps.put(step.name(), report(step));
    }
    String compiled = view.label(WORKFLOW_LABEL);
    Phase phase = phase(view.phase());
    return new RunReport(
        compiled != null ? compiled : view.name(),
        view.name(),
        view.json().path("metadata").path("uid").asText(view.name()),
        phase == null ? Phase.ERROR : phase,
        view.message(),
        view.parameters(),
        steps,
        view.startedAt(),
        view.finishedAt(),
        false,
        null);
  }

  /** How {@code step} ended (or, while it runs, stands). */
  public static StepReport report(Step step) {
    Phase phase = phase(step.phase());
    String message = step.message();
    if (phase == null) {
      phase = Phase.ERROR;
      message = "still " + step.phase() + " when the workflow ended" + (message == null ? "" : ": " + message);
    }
    List<StepReport> items = new ArrayList<>();
    step.items().forEach(item -> items.add(report(item)));
    String result = null;
    if (phase == Phase.SUCCEEDED) {
      result = step.fansOut() ? GoJson.aggregate(step.itemResults())
          : step.node().result() != null ? step.node().result() : "";
    }
    Integer exitCode = step.node() == null || step.fansOut() ? null : step.node().exitCode();
    return new StepReport(step.name(), phase, result, step.attempts(), step.startedAt(), step.finishedAt(),
        phase == Phase.SUCCEEDED ? null : message, exitCode, items, step.fansOut());
  }

  /** Argo's phase name as a local {@link Phase}; {@code null} while it is not over. */
  public static Phase phase(String argo) {
    switch (argo) {
      case "Succeeded":
        return Phase.SUCCEEDED;
      case "Failed":
        return Phase.FAILED;
      case "Error":
        return Phase.ERROR;
      case "Skipped":
        return Phase.SKIPPED;
      case "Omitted":
        return Phase.OMITTED;
      default:
        return null;
    }
  }
}
