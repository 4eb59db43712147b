package dev.jera.local;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
 * @param message the workflow's message as Argo sets it, or {@code null} for none: a failed steps
 *     workflow's {@code child '<node id>' failed}, a failed exit handler's message when the main flow
 *     succeeded, {@code error in entry template execution: …}; a failed DAG has none
 * @param parameters the value of every workflow parameter, in declaration order
 * @param steps every step by name, in the manifest's order, the exit handler last; a step that never
 *     ran (it has no node) too, with a {@code null} phase
 * @param startedAt when the run started
 * @param finishedAt when it ended
 * @param isolated whether each step ran in a JVM of its own
 * @param folder the run's record
 * @param nodes every node of the run, as Argo's {@code status.nodes} holds them, in the order they
 *     were created
 * @param labels the workflow's labels as Argo sets them when it starts: the manifest's, then those its
 *     {@code labelsFrom} computes
 * @param metrics the custom metrics Argo would have emitted, in order; a local run exports none
 * @param metricErrors why Argo would not have emitted some (its {@code MetricsError} condition's messages)
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
    Path folder,
    List<NodeReport> nodes,
    Map<String, String> labels,
    List<MetricReport> metrics,
    List<String> metricErrors) {

  /** How many failed steps {@link #failure} names. */
  public static final int FAILURES_SHOWN = 5;

  /** Copies the maps, keeping their order, and the list. */
  public RunReport {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    nodes = List.copyOf(nodes);
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    metrics = List.copyOf(metrics);
    metricErrors = List.copyOf(metricErrors);
  }

  /** A report without custom metrics. */
  public RunReport(String workflow, String workflowName, String runId, Phase phase, String message,
      Map<String, String> parameters, Map<String, StepReport> steps, Instant startedAt, Instant finishedAt,
      boolean isolated, Path folder, List<NodeReport> nodes, Map<String, String> labels) {
    this(workflow, workflowName, runId, phase, message, parameters, steps, startedAt, finishedAt, isolated, folder,
        nodes, labels, List.of(), List.of());
  }

  /** A report without labels. */
  public RunReport(String workflow, String workflowName, String runId, Phase phase, String message,
      Map<String, String> parameters, Map<String, StepReport> steps, Instant startedAt, Instant finishedAt,
      boolean isolated, Path folder, List<NodeReport> nodes) {
    this(workflow, workflowName, runId, phase, message, parameters, steps, startedAt, finishedAt, isolated, folder,
        nodes, Map.of());
  }

  /** A report without nodes. */
  public RunReport(String workflow, String workflowName, String runId, Phase phase, String message,
      Map<String, String> parameters, Map<String, StepReport> steps, Instant startedAt, Instant finishedAt,
      boolean isolated, Path folder) {
    this(workflow, workflowName, runId, phase, message, parameters, steps, startedAt, finishedAt, isolated, folder,
        List.of());
  }

  /**
   * Why the run did not succeed, for people: the workflow's {@link #message} (Argo's, as a cluster
   * shows it) unless a failed step's message is the same text, then each step (each item, for a step
   * that fans out) that ended Failed or Error, with its attempts, Argo's message and what the step said,
   * such as {@code extract Failed after 4 attempts: No more retries left: java.lang.IllegalStateException:
   * no rates}, the first {@value #FAILURES_SHOWN} of them and how many more; {@code null} when the run
   * succeeded.
   */
  public String failure() {
    if (phase == Phase.SUCCEEDED) {
      return null;
    }
    List<StepReport> failed = new ArrayList<>();
    for (StepReport step : steps.values()) {
      for (StepReport unit : step.fansOut() && !step.children().isEmpty() ? step.children() : List.of(step)) {
        if (unit.hasNode() && unit.phase().failedOrError()) {
          failed.add(unit);
        }
      }
    }
    List<String> parts = new ArrayList<>();
    if (message != null && failed.stream().noneMatch(step -> message.equals(step.message()))) {
      parts.add(message);
    }
    for (StepReport step : failed.subList(0, Math.min(FAILURES_SHOWN, failed.size()))) {
      String why = step.message() == null ? step.detail()
          : step.detail() == null ? step.message() : step.message() + ": " + step.detail();
      parts.add(step.name() + " " + step.phase().argoName()
          + (step.attempts() > 1 ? " after " + step.attempts() + " attempts" : "")
          + (why == null ? "" : ": " + why));
    }
    if (failed.size() > FAILURES_SHOWN) {
      parts.add("and " + (failed.size() - FAILURES_SHOWN) + " more");
    }
    return parts.isEmpty() ? phase.argoName() : String.join("; ", parts);
  }

  /**
   * The node whose display name is {@code displayName}, as Argo's {@code Nodes.FindByDisplayName}
   * finds it (such as {@code flip}, {@code [0]} or {@code work(1)}), or {@code null}.
   */
  public NodeReport node(String displayName) {
    for (NodeReport node : nodes) {
      if (node.displayName().equals(displayName)) {
        return node;
      }
    }
    return null;
  }
}
