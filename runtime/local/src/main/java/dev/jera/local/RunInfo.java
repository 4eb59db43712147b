package dev.jera.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a run is about to do, for progress displays.
 *
 * @param workflow the compiled workflow's name
 * @param workflowName the run's {@code {{workflow.name}}}
 * @param runId the run's id
 * @param folder the run's record
 * @param isolated whether each step runs in a JVM of its own
 * @param parallelism the most steps that run at once, or {@code null} for no limit
 * @param steps the names of the steps, in the manifest's order, the exit handler last
 * @param retryBackoff the longest wait before a retry, or {@code null} for Argo's backoff
 */
public record RunInfo(
    String workflow, String workflowName, String runId, Path folder, boolean isolated, Integer parallelism,
    List<String> steps, Duration retryBackoff) {
  /** Copies the list. */
  public RunInfo {
    steps = List.copyOf(steps);
  }
}
