package dev.jera.runtime.local;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a local run ended.
 *
 * @param workflow the compiled workflow's name, such as {@code diamond}
 * @param workflowName the run's {@code {{workflow.name}}}, such as {@code diamond-x7k2p}
 * @param runId the run's id, the name of its folder under {@code runs/}
 * @param phase Succeeded, Failed or Error
 * @param message why the workflow as a whole failed beyond its steps' failures (such as
 *     {@code Max duration limit exceeded}), or {@code null}
 * @param parameters the value of every workflow parameter, in declaration order
 * @param steps every step by name, in the manifest's order, the exit handler last
 * @param startedAt when the run started
 * @param finishedAt when it ended
 * @param isolated whether each step ran in a JVM of its own
 * @param folder the run's record
 */
public record RunReport(
    String workflow,
    String workflowName,
    String runId,
    Phase phase,
    String message,
    Map<String, String> parameters,
    Map<String, StepReport> steps,
    Instant startedAt,
    Instant finishedAt,
    boolean isolated,
    Path folder) {

  /** How many failed steps {@link #failure} names. */
  public static final int FAILURES_SHOWN = 5;

  /** Copies the maps, keeping their order. */
  public RunReport {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
  }

  /**
   * Why the run did not succeed, for people: the workflow's {@link #message} if any, then each step
   * (each item, for a step that fans out) that ended Failed or Error, with its attempts and message,
   * such as {@code extract Failed after 4 attempts: java.lang.IllegalStateException: no rates}, the
   * first {@value #FAILURES_SHOWN} of them and how many more; or {@code null} when the run succeeded.
   */
  public String failure() {
    if (phase == Phase.SUCCEEDED) {
      return null;
    }
    List<String> failures = new ArrayList<>();
    for (StepReport step : steps.values()) {
      for (StepReport failed : step.fansOut() && !step.children().isEmpty() ? step.children() : List.of(step)) {
        if (failed.phase().failedOrError()) {
          failures.add(failed.name() + " " + failed.phase().argoName()
              + (failed.attempts() > 1 ? " after " + failed.attempts() + " attempts" : "")
              + (failed.message() == null ? "" : ": " + failed.message()));
        }
      }
    }
    List<String> parts = new ArrayList<>();
    if (message != null) {
      parts.add(message);
    }
    parts.addAll(failures.subList(0, Math.min(FAILURES_SHOWN, failures.size())));
    if (failures.size() > FAILURES_SHOWN) {
      parts.add("and " + (failures.size() - FAILURES_SHOWN) + " more");
    }
    return parts.isEmpty() ? phase.argoName() : String.join("; ", parts);
  }
}
