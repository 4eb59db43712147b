package dev.jera.runtime.local;

import dev.jera.runtime.argo.expr.DependsExpression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a {@code dag} template as Argo's {@code dag.go} does. A task without {@code depends} is a root;
 * a task runs once every task its condition names has finished and the condition holds, and is
 * Omitted when it does not. A task sees the outputs of its ancestors only. With {@code failFast} (the
 * default) no task starts once a leaf's branch has failed; running ones finish. No task starts once
 * the workflow's deadline has passed.
 */
final class DagFlow implements Flow {
  static final String DEPENDS_NOT_MET = "omitted: depends condition not met";
  private static final String NEVER_READY = "not started: its dependencies never finished";

  private final DagTemplate dag;
  private final TaskStarter starter;
  private final Variables globals;
  private final RunContext run;
  private final Map<String, DependsExpression> depends = new HashMap<>();
  private final Map<String, Set<String>> parents = new HashMap<>();
  private final Map<String, NodeStatus> nodes = new LinkedHashMap<>();
  private final Map<String, Task> tasks = new HashMap<>();
  /** Tasks not settled yet, in declaration order: each event looks at these only. */
  private final Set<String> pending = new LinkedHashSet<>();
  /** Settled tasks not yet seen done: what "everything is done" has to ask about. */
  private final List<NodeStatus> unfinished = new ArrayList<>();
  private final DagPhase assessment;
  private boolean stopped;

  DagFlow(DagTemplate dag, TaskStarter starter, Variables globals, RunContext run) {
    this.dag = dag;
    this.starter = starter;
    this.globals = globals;
    this.run = run;
    for (Task task : dag.tasks()) {
      Set<String> named = new LinkedHashSet<>();
      if (task.depends() != null) {
        DependsExpression expression = DependsExpression.parse(task.depends());
        depends.put(task.name(), expression);
        named.addAll(expression.taskNames());
      }
      parents.put(task.name(), named);
    }
    for (Task task : dag.tasks()) {
      pending.add(task.name());
      tasks.put(task.name(), task);
    }
    this.assessment = new DagPhase(dag, parents, nodes);
  }

  @Override
  public void advance() {
    while (true) {
      decide();
      if (dag.failFast() && !stopped && assessment.failure() != null) {
        stopped = true;
        run.pool.drain();
        continue;
      }
      break;
    }
    if (allSettledDone()) {
      for (Task task : dag.tasks()) {
        if (pending.remove(task.name())) {
          settle(task, starter.omitted(task, run.deadline.exceeded() ? ScriptExecution.DEADLINE_NOT_STARTED
              : stopped ? ScriptExecution.NOT_STARTED : NEVER_READY));
        }
      }
    }
  }

  private boolean allSettledDone() {
    unfinished.removeIf(NodeStatus::done);
    return unfinished.isEmpty();
  }

  private void settle(Task task, NodeStatus node) {
    nodes.put(task.name(), node);
    if (!node.done()) {
      unfinished.add(node);
    }
  }

  /** Settles every task whose dependencies have finished, until nothing more can be settled. */
  private void decide() {
    boolean progress = true;
    while (progress) {
      progress = false;
      for (String taskName : new ArrayList<>(pending)) {
        if (!pending.contains(taskName)) {
          continue; // settled during this pass
        }
        Task task = tasks.get(taskName);
        DependsExpression condition = depends.get(task.name());
        if (condition != null) {
          if (!condition.isDecidable(this::finished)) {
            continue;
          }
          if (!condition.evaluate(name -> nodes.get(name).taskState())) {
            pending.remove(task.name());
            settle(task, starter.omitted(task, DEPENDS_NOT_MET));
            progress = true;
            continue;
          }
        }
        if (stopped || run.deadline.exceeded()) {
          continue;
        }
        pending.remove(task.name());
        settle(task, starter.start(task, scope(task), () -> stopped));
        progress = true;
      }
    }
  }

  private boolean finished(String task) {
    NodeStatus node = nodes.get(task);
    return node != null && node.done();
  }

  /**
   * What a task's tags see: the outputs of its finished ancestors, looked up by name when a tag asks
   * (a long chain would otherwise copy every ancestor's outputs for every task), then the globals.
   */
  private Variables scope(Task task) {
    return globals.with(name -> {
      if (!name.startsWith("tasks.")) {
        return null;
      }
      int dot = name.indexOf('.', "tasks.".length());
      String ancestor = dot < 0 ? name.substring("tasks.".length()) : name.substring("tasks.".length(), dot);
      NodeStatus node = isAncestor(ancestor, task.name(), new HashSet<>()) ? nodes.get(ancestor) : null;
      if (node == null || !node.done()) {
        return null;
      }
      return node.outputs("tasks." + ancestor, run.workflowName).get(name);
    });
  }

  /** Whether {@code candidate} is reached from {@code task} through its parents (asked per tag, not precomputed). */
  private boolean isAncestor(String candidate, String task, Set<String> seen) {
    for (String parent : parents.getOrDefault(task, Set.of())) {
      if (parent.equals(candidate) || seen.add(parent) && isAncestor(candidate, parent, seen)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean finished() {
    return pending.isEmpty() && allSettledDone();
  }

  @Override
  public Phase phase() {
    return assessment.phase();
  }

  @Override
  public List<NodeStatus> nodes() {
    List<NodeStatus> ordered = new ArrayList<>();
    dag.tasks().forEach(task -> {
      if (nodes.containsKey(task.name())) {
        ordered.add(nodes.get(task.name()));
      }
    });
    return ordered;
  }
}
