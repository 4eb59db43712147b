package dev.jera.runtime.local;

import java.nio.file.Path;
import java.time.Instant;
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
    List<NodeReport> nodes) {

  /** Copies the maps, keeping their order, and the list. */
  public RunReport {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    nodes = List.copyOf(nodes);
  }

  /** A report without nodes. */
  public RunReport(String workflow, String workflowName, String runId, Phase phase, String message,
      Map<String, String> parameters, Map<String, StepReport> steps, Instant startedAt, Instant finishedAt,
      boolean isolated, Path folder) {
    this(workflow, workflowName, runId, phase, message, parameters, steps, startedAt, finishedAt, isolated, folder,
        List.of());
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
