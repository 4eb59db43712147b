package dev.jera.runtime.local;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
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

  /** Copies the maps, keeping their order. */
  public RunReport {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
  }
}
