package dev.jera.local.engine;

import dev.jera.argo.expr.ExpressionException;
import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import dev.jera.local.manifest.Task;
import dev.jera.local.values.CallProblem;
import dev.jera.local.values.Variables;

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
  private Node node;
  private boolean started;
  private boolean done;
  private String aborted;

  ExitFlow(String nodeName, String label, Task task, Variables scope, RunContext run) {
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
      new TaskCalls(run).call(task, nodeName, label, null, run.recorder.stepFolder(label), task.arguments(), scope, true,
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
