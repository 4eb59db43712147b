package dev.jera.local.engine;

import dev.jera.argo.expr.TaskPhase;
import dev.jera.argo.expr.TaskState;
import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One node of a run, Argo's {@code NodeStatus} in small: a DAG or steps template, a step group, a task
 * group, a retry node, one attempt (a pod), or a node that ran nothing. {@link NodeTree} creates them
 * as Argo's controller does. Only the coordinator thread touches a node.
 */
public final class Node {
  public final String id;
  public final String name;
  public final String displayName;
  public final NodeType type;
  public final String templateName;
  /** The DAG or steps node whose template created it; {@code null} for the workflow's and the exit handler's. */
  public final Node boundary;
  public final Instant startedAt;
  /** Its children, as Argo links them: dependents in a DAG, items of a task group, attempts of a retry node. */
  public final List<Node> children = new ArrayList<>();
  /** A DAG or steps node's outbound nodes, what the next step group or dependent hangs from. */
  List<Node> outbound = List.of();
  /** {@code null} while it is pending or running. */
  public Phase phase;
  /** Argo's message: what {@code workflow.failures} and the workflow's message show. */
  public String message;
  /** For people: the exception or log line behind the message, which Argo's node would not hold. */
  public String detail;
  public Instant finishedAt;
  /** A pod's stdout, its {@code outputs.result}; a retry node's is its last attempt's. */
  public String result;
  /**
   * Whether Argo captures the result as {@code outputs.result}: always for a script, for a container only
   * when its DAG or steps template names {@code <task>.outputs.result} ({@code operator.go:includeScriptOutput}).
   */
  public boolean resultCaptured = true;
  public Integer exitCode;
  /** The output files of a succeeded pod, by name. */
  Map<String, Path> artifacts = Map.of();
  /**
   * The output parameters of a succeeded pod, by name; for a Skipped or Omitted pod the defaults its
   * template declares ({@code addSkippedNodeOutputsToScope}).
   */
  Map<String, String> parameters = Map.of();
  /** Its {@code inputs.parameters} by name, as its template was called; what a metric of it reads. */
  Map<String, String> inputs = Map.of();
  /** {@code nodeFlag.retried}: an attempt of a retry node. */
  public boolean retried;
  /** {@code nodeFlag.hooked}: the exit handler. */
  public boolean hooked;
  /**
   * Argo's {@code Daemoned}: a daemon that is ready and runs, which counts as fulfilled without a phase.
   * A retry node keeps it while its daemon restarts, until the template that started it ends.
   */
  boolean daemoned;
  /** Argo's {@code PodIP}, set once a daemon is ready (and never taken back): {@code {{steps.x.ip}}}. */
  String podIp;
  /** Whether a pod (a step's process or thread) ran for it; a stub or a node failed before its pod did not. */
  boolean ran;
  /** Where its record goes (a pod's log and result), or {@code null}. */
  Path folder;

  Node(String id, String name, String displayName, NodeType type, String templateName, Node boundary,
      Instant startedAt) {
    this.id = id;
    this.name = name;
    this.displayName = displayName;
    this.type = type;
    this.templateName = templateName;
    this.boundary = boundary;
    this.startedAt = startedAt;
  }

  /** Argo's {@code Fulfilled}: it ended, was skipped or omitted, or is a daemon that is ready. */
  boolean fulfilled() {
    return phase != null || daemoned;
  }

  /** Argo's {@code FailedOrError}. */
  boolean failedOrError() {
    return phase != null && phase.failedOrError();
  }

  /**
   * Argo's {@code markNodePhase}: sets the phase, and the message unless {@code message} is {@code null};
   * the first time it is fulfilled, its finishing time.
   */
  Node mark(Phase phase, String message) {
    this.phase = phase;
    if (message != null) {
      this.message = message;
    }
    if (phase != null && finishedAt == null) {
      finishedAt = Instant.now();
    }
    return this;
  }

  /** The last attempt of a retry node (Argo's {@code possiblyGetRetryChildNode}); else {@code null}. */
  public Node lastAttempt() {
    if (type != NodeType.RETRY) {
      return null;
    }
    for (int i = children.size() - 1; i >= 0; i--) {
      if (!children.get(i).hooked) {
        return children.get(i);
      }
    }
    return null;
  }

  /** What {@code depends} sees of the finished node ({@code dag.go:evaluateDependsLogic}). */
  TaskState taskState() {
    if (daemoned) {
      // dag.go: Daemoned is true of a daemon's node that is not pending, whatever its phase says.
      return TaskState.daemon(phase == null ? TaskPhase.RUNNING : phase.toTaskPhase());
    }
    if (type != NodeType.TASK_GROUP) {
      return TaskState.of(phase.toTaskPhase());
    }
    List<TaskPhase> phases = new ArrayList<>();
    children.forEach(child -> phases.add(child.phase == null ? TaskPhase.OMITTED : child.phase.toTaskPhase()));
    return TaskState.looped(phase.toTaskPhase(), phases);
  }

  @Override
  public String toString() {
    return name + " (" + type.argoName() + (phase == null ? daemoned ? ", Running, daemoned" : "" : ", " + phase.argoName()) + ")";
  }
}
