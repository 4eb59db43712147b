package dev.jera.local.engine;

import dev.jera.argo.expr.ExpressionException;
import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import dev.jera.local.manifest.InputArtifact;
import dev.jera.local.manifest.Task;
import dev.jera.local.values.CallProblem;
import dev.jera.local.values.Variables;
import java.util.List;
import java.util.Map;

/**
 * Runs a workflow whose entrypoint is a pod template (a script or container), as Argo's
 * {@code operator.go:operate} does: the template is called with the workflow's arguments, its inputs
 * bound by name, and its pod is the workflow's own node (named after the workflow), with no DAG or
 * steps node around it. A call that cannot start ends the workflow in Error ("error in entry template
 * execution: …").
 */
final class LeafFlow implements Flow {
  private final String label;
  private final Task task;
  private final Variables scope;
  private final RunContext run;
  private Node node;
  private boolean started;
  private boolean done;
  private String aborted;

  /**
   * @param entrypoint the entry template's name, which reports and stubs use as the step's name
   * @param parameters the workflow's parameters, the template's arguments
   * @param artifacts the workflow's argument files, the template's argument artifacts
   */
  LeafFlow(String entrypoint, Map<String, String> parameters, List<InputArtifact> artifacts, Variables scope, RunContext run) {
    this.label = entrypoint;
    this.task = Task.calling(entrypoint, entrypoint, parameters, artifacts);
    this.scope = scope;
    this.run = run;
  }

  @Override
  public void advance() {
    if (started) {
      return;
    }
    started = true;
    String nodeName = run.tree.workflowName();
    Node stubbed = new TaskCalls(run).stub(task, nodeName, null);
    if (stubbed != null) {
      node = stubbed;
      done = true;
      run.listener.stepFinished(StepReports.of(node, label));
      return;
    }
    try {
      new TaskCalls(run).call(task, nodeName, label, null, run.recorder.stepFolder(label), task.arguments(), scope, false,
          false, created -> node = created, () -> {
            done = true;
            if (node != null && node.phase != null) { // a daemon that is ready is reported when it ends
              run.listener.stepFinished(StepReports.of(node, label));
            }
          }, () -> false);
    } catch (Variables.SubstitutionException | ExpressionException | CallProblem e) {
      aborted = e.getMessage();
      node = run.tree.create(nodeName, NodeType.SKIPPED, task.templateName(), null, Phase.ERROR, e.getMessage());
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
