package dev.jera.local.engine;

import dev.jera.argo.expr.ExpressionException;
import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import dev.jera.local.manifest.Task;
import dev.jera.local.values.CallProblem;
import dev.jera.local.values.Variables;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the exit handler, {@code spec.onExit}, once the main flow has ended, as Argo's
 * {@code operator.go:operate} does: the handler's template called at {@code <workflow>.onExit} with
 * the workflow's arguments, flagged as a hook, outside any DAG or steps template. A call that cannot
 * start ends the workflow in Error ("error in exit template execution: …").
 */
final class ExitFlow implements Flow {
  private final String nodeName;
  private final String label;
  private final Task task;
  private final Variables scope;
  private final RunContext run;
  private final boolean resolve;
  private Node node;
  private boolean started;
  private boolean done;
  private String aborted;

  ExitFlow(String nodeName, String label, Task task, boolean resolve, Variables scope, RunContext run) {
    this.resolve = resolve;
    this.nodeName = nodeName;
    this.label = label;
    this.task = task;
    this.scope = scope;
    this.run = run;
  }

  @Override
  public void advance() {
    if (started) {
      return;
    }
    started = true;
    Node existing = run.tree.get(nodeName);
    if (existing != null) {
      // A task of the main flow named onExit has this node's name: Argo finds it, fulfilled, and takes
      // it for the exit handler, which then never runs.
      node = existing;
      done = true;
      return;
    }
    try {
      new TaskCalls(run).call(task, nodeName, label, null, run.recorder.stepFolder(label), arguments(), scope, true,
          false, created -> node = created, () -> {
            done = true;
            if (node != null && node.phase != null) { // a daemon that is ready is reported when it ends
              run.listener.stepFinished(StepReports.of(node, label));
            }
          }, () -> false);
    } catch (Variables.SubstitutionException | ExpressionException | CallProblem e) {
      aborted = "error in exit template execution: " + e.getMessage();
      node = run.tree.create(nodeName, NodeType.SKIPPED, task.templateName(), null, Phase.ERROR, e.getMessage());
      node.hooked = true;
      done = true;
    }
  }

  /**
   * The workflow's arguments for {@code spec.onExit} (the task holds them); a {@code spec.hooks.exit}'s own,
   * their tags resolved against the workflow's globals, its status and failures among them.
   */
  private Map<String, String> arguments() {
    if (!resolve) {
      return task.arguments();
    }
    Map<String, String> arguments = new LinkedHashMap<>();
    task.arguments().forEach((name, value) -> {
      String resolved = scope.substituteArgument(value);
      if (resolved != null) {
        arguments.put(name, resolved);
      }
    });
    return arguments;
  }

  @Override
  public Node node() {
    return node;
  }

  @Override
  public boolean finished() {
    return done;
  }

  @Override
  public String aborted() {
    return aborted;
  }
}
