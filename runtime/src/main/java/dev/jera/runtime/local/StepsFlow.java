package dev.jera.runtime.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@code steps} template as Argo's {@code steps.go} does: groups in order, the steps of a group in
 * parallel; a step sees the outputs of the groups before its own. Once a group has a failed step the
 * template is Failed and no later group starts; an invalid {@code when} stops the rest of its group. No
 * group starts once the workflow's deadline has passed.
 */
final class StepsFlow implements Flow {
  private static final String NOT_STARTED = "not started: an earlier step failed";

  private final StepsTemplate steps;
  private final TaskStarter starter;
  private final RunContext run;
  private final Map<String, NodeStatus> nodes = new LinkedHashMap<>();
  private Variables scope;
  private int group;
  private boolean groupStarted;
  private boolean failed;

  StepsFlow(StepsTemplate steps, TaskStarter starter, Variables globals, RunContext run) {
    this.steps = steps;
    this.starter = starter;
    this.scope = globals;
    this.run = run;
  }

  @Override
  public void advance() {
    while (group < steps.groups().size() && !failed) {
      List<Task> tasks = steps.groups().get(group);
      if (!groupStarted) {
        if (run.deadline.exceeded()) {
          failed = true;
          break;
        }
        groupStarted = true;
        for (Task task : tasks) {
          NodeStatus node = starter.start(task, scope, () -> false);
          nodes.put(task.name(), node);
          if (node.phase == Phase.ERROR && node.attempts == 0 && node.children.isEmpty()) {
            break;
          }
        }
      }
      List<NodeStatus> started = new ArrayList<>();
      tasks.forEach(task -> {
        if (nodes.containsKey(task.name())) {
          started.add(nodes.get(task.name()));
        }
      });
      if (!started.stream().allMatch(NodeStatus::done)) {
        return;
      }
      if (started.size() < tasks.size() || started.stream().anyMatch(node -> node.phase.failedOrError())) {
        failed = true;
        break;
      }
      Map<String, String> outputs = new LinkedHashMap<>();
      tasks.forEach(task -> outputs.putAll(nodes.get(task.name()).outputs("steps." + task.name(), run.workflowName)));
      scope = scope.with(outputs);
      group++;
      groupStarted = false;
    }
    if (failed) {
      for (List<Task> tasks : steps.groups()) {
        for (Task task : tasks) {
          if (!nodes.containsKey(task.name())) {
            nodes.put(task.name(), starter.omitted(task,
                run.deadline.exceeded() ? ScriptExecution.DEADLINE_NOT_STARTED : NOT_STARTED));
          }
        }
      }
    }
  }

  @Override
  public boolean finished() {
    return (failed || group == steps.groups().size()) && nodes.values().stream().allMatch(NodeStatus::done);
  }

  @Override
  public Phase phase() {
    // Argo marks a steps template Failed whatever its failed step's phase.
    return failed ? Phase.FAILED : Phase.SUCCEEDED;
  }

  @Override
  public List<NodeStatus> nodes() {
    List<NodeStatus> ordered = new ArrayList<>();
    steps.groups().forEach(tasks -> tasks.forEach(task -> ordered.add(nodes.get(task.name()))));
    return ordered;
  }
}
