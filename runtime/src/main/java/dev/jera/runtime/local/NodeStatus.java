package dev.jera.runtime.local;

import dev.jera.runtime.argo.expr.TaskPhase;
import dev.jera.runtime.argo.expr.TaskState;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one node of a run (a step, an item of a loop, or the exit handler), Argo's node status
 * in small. Only the coordinator thread touches it.
 */
final class NodeStatus {
  final String name;
  final String nodeName;
  final String templateName;
  final Path folder;
  final boolean looped;
  final List<NodeStatus> children = new ArrayList<>();
  int childrenDone;
  Phase phase;
  String result;
  Integer exitCode;
  /** The output files of a succeeded pod node, by name. */
  Map<String, Path> artifacts = Map.of();
  String message;
  int attempts;
  Instant startedAt;
  Instant finishedAt;

  NodeStatus(String name, String nodeName, String templateName, Path folder, boolean looped) {
    this.name = name;
    this.nodeName = nodeName;
    this.templateName = templateName;
    this.folder = folder;
    this.looped = looped;
  }

  boolean done() {
    return phase != null;
  }

  /** Ends the node now. */
  void finish(Phase phase, String message) {
    Instant now = Instant.now();
    if (startedAt == null) {
      startedAt = now;
    }
    this.phase = phase;
    this.message = message;
    this.finishedAt = now;
  }

  /** What {@code depends} sees of the finished node. */
  TaskState taskState() {
    if (!looped) {
      return TaskState.of(phase.toTaskPhase());
    }
    List<TaskPhase> phases = new ArrayList<>();
    children.forEach(child -> phases.add(child.phase.toTaskPhase()));
    return TaskState.looped(phase.toTaskPhase(), phases);
  }

  /**
   * The variables other steps read of this one, under {@code prefix} ({@code tasks.X} or {@code steps.X}):
   * id, status, times, and for a succeeded node its result, exit code and output files (a loop's
   * aggregated result; its items' files are not aggregated, as Argo does not).
   */
  Map<String, String> outputs(String prefix, String workflowName) {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put(prefix + ".id", NodeIds.id(workflowName, nodeName));
    if (phase != null) {
      outputs.put(prefix + ".status", phase.argoName());
    }
    if (startedAt != null) {
      outputs.put(prefix + ".startedAt", seconds(startedAt));
    }
    if (finishedAt != null) {
      outputs.put(prefix + ".finishedAt", seconds(finishedAt));
    }
    if (result != null && (looped || phase == Phase.SUCCEEDED)) {
      outputs.put(prefix + ".outputs.result", result);
    }
    if (exitCode != null) {
      outputs.put(prefix + ".exitCode", exitCode.toString());
    }
    if (phase == Phase.SUCCEEDED) {
      artifacts.forEach((name, file) -> outputs.put(prefix + ".outputs.artifacts." + name, file.toString()));
    }
    return outputs;
  }

  StepReport report() {
    List<StepReport> items = new ArrayList<>();
    children.forEach(child -> items.add(child.report()));
    return new StepReport(name, phase, result, attempts, startedAt, finishedAt, message, exitCode, items, looped);
  }

  /** Argo's timestamps: RFC 3339, whole seconds, UTC. */
  static String seconds(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
