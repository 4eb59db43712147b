package dev.jera.local.engine;

import dev.jera.argo.expr.ExpressionException;
import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import dev.jera.local.manifest.ContinueOn;
import dev.jera.local.manifest.StepsTemplate;
import dev.jera.local.manifest.Task;
import dev.jera.local.values.CallProblem;
import dev.jera.local.values.Variables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs a {@code steps} template as Argo's {@code steps.go} does, under a steps node named as the call:
 * its groups one after the other, each under a step group node {@code name[i]} whose steps
 * ({@code name[i].step}, items {@code name[i].step(j:item)}) run in parallel and see the outputs of the
 * groups before. A group first resolves every step's references ("failed to resolve references: …"
 * ends the group in Error before any step starts), then expands every loop (a {@code withParam} that
 * is not a list likewise; a loop over nothing is a Skipped node, "Skipped, empty params"), then starts
 * its steps in order; an invalid {@code when} or a step that cannot start ends the group in Error and
 * starts nothing after it. A group with a failed step fails ("child '&lt;node id&gt;' failed"), and so
 * does the steps node, with the group's message; later groups get no node at all. A step whose
 * {@code continueOn} names its outcome keeps its phase and lets its group succeed.
 */
final class StepsFlow implements Flow {
  private final StepsTemplate steps;
  private final Path folders;
  private final RunContext run;
  private final TaskCalls calls;
  private final Node node;
  private final Set<String> captured;
  private Variables scope;
  private int group = -1;
  private Node groupNode;
  private Node lastGroup;
  private int running;
  private String aborted;

  StepsFlow(String nodeName, StepsTemplate steps, Node boundary, Variables globals, RunContext run) {
    this(nodeName, steps, boundary, globals, run, null);
  }

  /** @param folders the folder its steps' folders go in: a nested graph's is under its caller's; {@code null} for the run's */
  StepsFlow(String nodeName, StepsTemplate steps, Node boundary, Variables globals, RunContext run, Path folders) {
    this.folders = folders;
    this.steps = steps;
    this.run = run;
    this.calls = new TaskCalls(run);
    this.scope = globals;
    this.node = run.tree.create(nodeName, NodeType.STEPS, steps.name(), boundary, null, null);
    List<Task> all = new ArrayList<>();
    steps.groups().forEach(all::addAll);
    this.captured = ResultReferences.of(all, steps.outputs(), "steps");
  }

  @Override
  public Node node() {
    return node;
  }

  @Override
  public Variables outputScope() {
    return scope;
  }

  @Override
  public String aborted() {
    return aborted;
  }

  @Override
  public boolean finished() {
    return node.fulfilled();
  }

  @Override
  public void advance() {
    while (!node.fulfilled()) {
      if (groupNode == null) {
        if (group + 1 == steps.groups().size()) {
          complete(Phase.SUCCEEDED, null);
          return;
        }
        startGroup(++group);
      }
      if (running > 0) {
        return;
      }
      if (!groupNode.fulfilled()) {
        endGroup();
      }
      if (groupNode.failedOrError()) {
        complete(Phase.FAILED, groupNode.message);
        return;
      }
      if (!addOutputs()) {
        return;
      }
      lastGroup = groupNode;
      groupNode = null;
    }
  }

  /** Creates group {@code index}'s node and starts its steps. */
  private void startGroup(int index) {
    Node previous = lastGroup;
    groupNode = run.tree.create(node.name + "[" + index + "]", NodeType.STEP_GROUP, "", node, null, null);
    if (index == 0) {
      NodeTree.addChild(node, groupNode);
    } else if (previous.children.isEmpty()) {
      NodeTree.addChild(previous, groupNode);
    } else {
      previous.children.forEach(child -> NodeTree.hangFrom(child, groupNode));
    }
    List<Resolved> resolved = new ArrayList<>();
    try {
      for (Task task : steps.groups().get(index)) {
        resolved.add(resolve(task));
      }
    } catch (Variables.Unresolved e) {
      groupNode.mark(Phase.ERROR, "failed to resolve references: " + e.getMessage());
      groupNode.detail = StepReports.NEVER_RESOLVED;
      return;
    } catch (Variables.SubstitutionException | ExpressionException e) {
      groupNode.mark(Phase.ERROR, "failed to resolve references: " + e.getMessage());
      return;
    }
    List<Runnable> starts = new ArrayList<>();
    for (Resolved step : resolved) {
      Task task = step.task;
      Node stub = calls.stub(task, childName(task.name()), node);
      if (stub != null) {
        NodeTree.addChild(groupNode, stub);
        run.listener.stepFinished(StepReports.of(stub, task.name(), task.loops()));
        continue;
      }
      if (!task.loops()) {
        starts.add(() -> startStep(task, step.when, task.name(), scope, step.arguments, run.recorder.stepFolder(folders, task.name())));
        continue;
      }
      List<Expansion> expansions;
      try {
        expansions = Expansion.of(TaskCalls.items(task, step.param, step.when, scope), step.when, step.arguments, scope);
      } catch (CallProblem | Variables.SubstitutionException e) {
        groupNode.mark(Phase.ERROR, e.getMessage());
        return;
      }
      if (expansions.isEmpty()) {
        Node empty = calls.skipped(childName(task.name()), task, node, Phase.SKIPPED, DagFlow.EMPTY_PARAMS);
        NodeTree.addChild(groupNode, empty);
        run.listener.stepFinished(StepReports.of(empty, task.name(), true));
        continue;
      }
      Path folder = run.recorder.stepFolder(folders, task.name());
      for (Expansion item : expansions) {
        starts.add(() -> startStep(task, item.when(), item.item().childName(task.name()), item.scope(), item.arguments(),
            run.recorder.itemFolder(folder, item.item().index())));
      }
    }
    for (Runnable start : starts) {
      if (groupNode.fulfilled()) {
        return;
      }
      start.run();
    }
  }

  /**
   * {@code resolveReferences} for one step: its {@code when} first, and, unless that is false, its
   * arguments and {@code withParam}, every tag naming another step resolved.
   */
  private Resolved resolve(Task task) {
    String when = task.when() == null ? null : scope.substituteStrict(task.when());
    if (when != null) {
      try {
        if (!TaskCalls.holds(when)) {
          return new Resolved(task, when, task.withParam(), task.arguments());
        }
      } catch (ExpressionException e) {
        if (!task.loops()) {
          throw e;
        }
      }
    }
    Map<String, String> arguments = new LinkedHashMap<>();
    task.arguments().forEach((name, value) -> {
      String substituted = scope.substituteArgument(value);
      if (substituted != null) {
        arguments.put(name, substituted);
      }
    });
    return new Resolved(task, when, scope.substituteStrict(task.withParam()), arguments);
  }

  /** One step, or one item of a looping step: its {@code when}, then its call. */
  private void startStep(Task task, String when, String label, Variables stepScope, Map<String, String> arguments,
      Path folder) {
    String nodeName = childName(label);
    try {
      if (!TaskCalls.holds(when)) {
        Node skipped = calls.skipped(nodeName, task, node, Phase.SKIPPED, TaskCalls.whenFalse(when));
        NodeTree.addChild(groupNode, skipped);
        run.listener.stepFinished(StepReports.of(skipped, label));
        return;
      }
    } catch (ExpressionException e) {
      Node error = calls.skipped(nodeName, task, node, Phase.ERROR, e.getMessage());
      NodeTree.addChild(groupNode, error);
      groupNode.mark(Phase.ERROR, e.getMessage());
      run.listener.stepFinished(StepReports.of(error, label));
      return;
    }
    running++;
    Node[] stepNode = new Node[1];
    // hooks.go: the step's other hooks are looked at as it runs and once it has ended; the group waits for those started.
    LifecycleHooks lifecycle = task.hooks().isEmpty() ? null : new LifecycleHooks(run, task.hooks());
    Consumer<Node> created = made -> {
      stepNode[0] = made;
      NodeTree.addChild(groupNode, made);
      if (lifecycle != null) {
        lifecycle.fire(made, label, node, folder, withStatus(stepScope, task, made), () -> running++, () -> running--,
            () -> aborted != null);
      }
    };
    Runnable onDone = () -> {
      running--;
      if (stepNode[0] != null && stepNode[0].phase != null) {
        // A daemon that is ready is reported when it ends.
        run.listener.stepFinished(StepReports.of(stepNode[0], label));
      }
    };
    // steps.go: the group is not complete until the exit hook of each of its completed steps has ended.
    Runnable ranThenHook = () -> {
      if (stepNode[0] != null) {
        run.listener.stepFinished(StepReports.of(stepNode[0], label));
        if (lifecycle != null) {
          lifecycle.fire(stepNode[0], label, node, folder, withStatus(stepScope, task, stepNode[0]), () -> running++,
              () -> running--, () -> aborted != null);
        }
      }
      if (!ExitHooks.start(run, task, stepNode[0], "steps." + task.name(), label, stepScope, node, folder,
          () -> running--, () -> aborted != null)) {
        running--;
      }
    };
    try {
      calls.call(task, nodeName, label, node, folder, arguments, stepScope, false, captured.contains(task.name()),
          created, ranThenHook, () -> aborted != null);
    } catch (CallProblem.Reference e) {
      // Argo resolves a step's artifacts with its other references, before any step of the group starts.
      onDone.run();
      groupNode.mark(Phase.ERROR, "failed to resolve references: unable to resolve references: " + e.getMessage());
    } catch (Variables.SubstitutionException | ExpressionException | CallProblem e) {
      Node error = calls.skipped(nodeName, task, node, Phase.ERROR, e.getMessage());
      error.detail = e.getMessage();
      created.accept(error);
      onDone.run();
      groupNode.mark(Phase.ERROR, "step group deemed errored due to child " + nodeName + " error: " + e.getMessage());
    }
  }

  /** The step's scope with its own status, as steps.go sets it before it looks at the step's hooks. */
  private static Variables withStatus(Variables stepScope, Task task, Node step) {
    String status = step.phase == null ? "Running" : step.phase.argoName();
    return stepScope.with(Map.of("steps." + task.name() + ".status", status));
  }

  private String childName(String label) {
    return groupNode.name + "." + label;
  }

  /** Every step of the group has ended: the group fails with its first failed child. */
  private void endGroup() {
    for (Task task : steps.groups().get(group)) {
      // A looping step has no node of its own; its items were reported one by one, now the step.
      List<Node> items = new ArrayList<>();
      for (Node child : groupNode.children) {
        if (child.name.startsWith(childName(task.name()) + "(")) {
          items.add(child);
        }
      }
      if (!items.isEmpty()) {
        run.listener.stepFinished(StepReports.fanOut(task.name(), null, items));
      }
    }
    for (Node child : groupNode.children) {
      // A step with continueOn for its outcome keeps that phase, but its group goes on (steps.go).
      if (child.failedOrError() && !continueOn(child).continuesOn(child.phase)) {
        groupNode.mark(Phase.FAILED, "child '" + child.id + "' failed");
        return;
      }
    }
    groupNode.mark(Phase.SUCCEEDED, null);
  }

  /** The continueOn of the step whose node (or one of whose items' nodes) {@code child} is. */
  private ContinueOn continueOn(Node child) {
    for (Task task : steps.groups().get(group)) {
      String name = childName(task.name());
      if (child.name.equals(name) || child.name.startsWith(name + "(")) {
        return task.continueOn();
      }
    }
    return ContinueOn.NEVER;
  }

  /**
   * Adds the outputs of the group's steps to the scope of the groups after it; a looping step's are
   * the step group's id, status and times, and its items' aggregated result.
   *
   * @return false when a result could not be aggregated: the steps node has ended in Error
   */
  private boolean addOutputs() {
    Map<String, String> outputs = new LinkedHashMap<>();
    for (Task task : steps.groups().get(group)) {
      String prefix = "steps." + task.name();
      Node stepNode = run.tree.get(childName(task.name()));
      if (stepNode != null) {
        outputs.putAll(NodeVariables.of(stepNode, prefix));
        continue;
      }
      List<Node> items = new ArrayList<>();
      for (Node child : groupNode.children) {
        if (child.name.startsWith(childName(task.name()) + "(") && child.type != NodeType.SKIPPED) {
          items.add(child);
        }
      }
      try {
        outputs.putAll(NodeVariables.ofFanOut(groupNode, items, prefix));
      } catch (NodeVariables.NotAggregable e) {
        aborted = e.getMessage();
        node.detail = StepReports.notAggregable(e);
        complete(Phase.ERROR, e.getMessage());
        return false;
      }
    }
    scope = scope.with(outputs);
    return true;
  }

  /** {@code updateOutboundNodes}, then the steps node's phase. */
  private void complete(Phase phase, String message) {
    List<Node> outbound = new ArrayList<>();
    Node last = groupNode != null ? groupNode : lastGroup;
    if (last != null) {
      last.children.forEach(child -> outbound.addAll(NodeTree.outbound(child)));
    }
    node.outbound = outbound;
    node.mark(phase, message);
    run.daemons.stopWithin(node);
  }

  /** A step with its references resolved. */
  private record Resolved(Task task, String when, String param, Map<String, String> arguments) {}
}
