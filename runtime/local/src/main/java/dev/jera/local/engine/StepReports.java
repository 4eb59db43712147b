package dev.jera.local.engine;

import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import dev.jera.local.StepReport;
import dev.jera.local.manifest.DagTemplate;
import dev.jera.local.manifest.ManifestTemplate;
import dev.jera.local.manifest.StepsTemplate;
import dev.jera.local.manifest.Task;
import dev.jera.local.manifest.WorkflowManifest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A step's report read off its nodes. */
final class StepReports {
  /** The detail of a step stopped on a reference Argo would wait for forever. */
  static final String NEVER_RESOLVED = "it names the result or status of a step that has none (skipped, omitted or"
      + " never run): on Argo v4.1.2 the workflow would wait for that value forever (the controller requeues it,"
      + " argoproj/argo-workflows#16793), so the local run stops here; guard it with a depends such as 'x.Succeeded'";

  private StepReports() {}

  /**
   * Every step of the workflow's entry template by name, in the manifest's order, then the exit
   * handler (as {@code exitKey}); a step without a node is reported as never run.
   */
  static Map<String, StepReport> ofRun(WorkflowManifest manifest, NodeTree tree, String exitKey) {
    Map<String, StepReport> steps = new LinkedHashMap<>();
    String root = tree.workflowName();
    ManifestTemplate entry = manifest.entryTemplate();
    if (entry instanceof DagTemplate) {
      for (Task task : ((DagTemplate) entry).tasks()) {
        Node node = tree.get(root + "." + task.name());
        steps.put(task.name(), node == null ? notRun(task.name(), task.loops()) : of(node, task.name(), task.loops()));
      }
    } else if (entry instanceof StepsTemplate) {
      List<List<Task>> groups = ((StepsTemplate) entry).groups();
      for (int index = 0; index < groups.size(); index++) {
        Node group = tree.get(root + "[" + index + "]");
        for (Task task : groups.get(index)) {
          steps.put(task.name(), step(group, task));
        }
      }
    } else {
      // An entry pod template is the workflow's node itself.
      Node node = tree.get(root);
      steps.put(manifest.entrypoint(), node == null ? notRun(manifest.entrypoint(), false) : of(node, manifest.entrypoint()));
    }
    hooks(manifest, tree, steps);
    if (exitKey != null) {
      Node exit = tree.get(root + ".onExit");
      steps.put(exitKey, exit == null ? notRun(exitKey, false) : of(exit, exitKey));
    }
    return steps;
  }

  /**
   * The exit hooks of the steps, each after the others as {@code <step>.onExit} (an item's as
   * {@code <item>.onExit}); a hook of a step that did not complete is reported as never run.
   */
  private static void hooks(WorkflowManifest manifest, NodeTree tree, Map<String, StepReport> steps) {
    for (Task task : manifest.entryTasks()) {
      if (task.exitHook() == null) {
        continue;
      }
      List<Node> hooks = new ArrayList<>();
      for (Node node : tree.nodes()) {
        boolean ofTask = node.displayName.equals(task.name() + ".onExit")
            || node.displayName.startsWith(task.name() + "(") && node.displayName.endsWith(".onExit");
        if (node.hooked && ofTask) {
          hooks.add(node);
        }
      }
      if (hooks.isEmpty()) {
        steps.put(task.name() + ".onExit", notRun(task.name() + ".onExit", false));
      }
      for (Node hook : hooks) {
        steps.put(hook.displayName, of(hook, hook.displayName));
      }
    }
  }

  /** A step of a steps group: its node, or its items' nodes, or none. */
  private static StepReport step(Node group, Task task) {
    String name = task.name();
    if (group == null) {
      return notRun(name, task.loops());
    }
    String nodeName = group.name + "." + name;
    List<Node> items = new ArrayList<>();
    for (Node child : group.children) {
      if (child.name.equals(nodeName)) {
        return of(child, name, task.loops());
      }
      if (child.name.startsWith(nodeName + "(")) {
        items.add(child);
      }
    }
    return items.isEmpty() ? notRun(name, task.loops()) : fanOut(name, null, items);
  }

  /** The report of an item of a fan-out, or of a step that does not fan out, whose node is {@code node}. */
  static StepReport of(Node node, String name) {
    return of(node, name, node.type == NodeType.TASK_GROUP);
  }

  /** The report of a step whose node is {@code node}; {@code fansOut} when the step loops, even over none. */
  static StepReport of(Node node, String name, boolean fansOut) {
    switch (node.type) {
      case RETRY: {
        Node last = node.lastAttempt();
        int attempts = 0;
        for (Node attempt : node.children) {
          attempts += attempt.ran ? 1 : 0;
        }
        return new StepReport(name, node.phase, node.phase == Phase.SUCCEEDED && last != null ? last.result : null,
            attempts, node.startedAt, node.finishedAt, node.message, last == null ? null : last.exitCode, List.of(),
            fansOut, node.detail);
      }
      case TASK_GROUP:
        return fanOut(name, node, node.children);
      case DAG:
      case STEPS:
        return graph(node, name, fansOut);
      default:
        return new StepReport(name, node.phase, node.phase == Phase.SUCCEEDED ? node.result : null, node.ran ? 1 : 0,
            node.startedAt, node.finishedAt, node.message, node.exitCode, List.of(), fansOut, node.detail);
    }
  }

  /**
   * The report of a step that fans out: {@code holder} is its task group; {@code null} for a looping step
   * of a steps template, whose items have no node of their own to hang from.
   */
  static StepReport fanOut(String name, Node holder, List<Node> items) {
    List<StepReport> children = new ArrayList<>();
    Phase phase = Phase.SUCCEEDED;
    Instant started = holder == null ? null : holder.startedAt;
    Instant finished = holder == null ? null : holder.finishedAt;
    for (Node item : items) {
      StepReport child = of(item, item.displayName);
      children.add(child);
      if (item.failedOrError()) {
        phase = item.phase;
      } else if (item.phase == null && phase == Phase.SUCCEEDED) {
        phase = null;
      }
      if (holder == null) {
        started = started == null || item.startedAt.isBefore(started) ? item.startedAt : started;
        finished = item.finishedAt == null || finished != null && finished.isAfter(item.finishedAt) ? finished : item.finishedAt;
      }
    }
    if (holder != null) {
      phase = holder.phase;
    }
    String result = null;
    String detail = holder == null ? null : holder.detail;
    try {
      result = phase == null ? null : NodeVariables.aggregate(items, false);
    } catch (NodeVariables.NotAggregable e) {
      detail = notAggregable(e);
    }
    // A step that fans out runs no pod itself: its items count their attempts.
    return new StepReport(name, phase, result, 0, started, finished, holder == null ? null : holder.message,
        null, children, true, detail);
  }

  /**
   * A step that ran a nested graph: it runs no pod itself; its children are the graph's own steps, in the
   * order they started.
   */
  private static StepReport graph(Node node, String name, boolean fansOut) {
    // A DAG's tasks hang from those they depend on (from a retried task's last attempt), a group's steps
    // from the group: every node of the graph is reached from its children.
    java.util.Set<Node> seen = new java.util.LinkedHashSet<>();
    java.util.Set<Node> parts = new java.util.HashSet<>();
    java.util.ArrayDeque<Node> toVisit = new java.util.ArrayDeque<>(node.children);
    while (!toVisit.isEmpty()) {
      Node child = toVisit.poll();
      if (child.boundary == node && seen.add(child)) {
        if (child.type == NodeType.RETRY || child.type == NodeType.TASK_GROUP) {
          parts.addAll(child.children); // its attempts or items, reported within it
        }
        toVisit.addAll(child.children);
      }
    }
    List<StepReport> children = new ArrayList<>();
    for (Node child : seen) {
      if (child.type != NodeType.STEP_GROUP && !parts.contains(child)) {
        children.add(of(child, child.displayName));
      }
    }
    return new StepReport(name, node.phase, null, 0, node.startedAt, node.finishedAt, node.message, null, children,
        fansOut, node.detail);
  }

  /** A step that has no node: it never ran. */
  static StepReport notRun(String name, boolean fansOut) {
    return new StepReport(name, null, null, 0, null, null, null, null, List.of(), fansOut, null);
  }

  /** Why Argo cannot aggregate a fan-out's results. */
  static String notAggregable(NodeVariables.NotAggregable e) {
    return "the results of a fan-out cannot be gathered into a list: Argo reads each item's result as JSON, and "
        + e.item.displayName + " printed text that is not JSON (" + e.getMessage() + ")";
  }
}
