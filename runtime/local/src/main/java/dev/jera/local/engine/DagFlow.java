package dev.jera.local.engine;

import dev.jera.argo.expr.DependsExpression;
import dev.jera.argo.expr.ExpressionException;
import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import dev.jera.local.manifest.DagTemplate;
import dev.jera.local.manifest.Task;
import dev.jera.local.values.CallProblem;
import dev.jera.local.values.Variables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs a {@code dag} template as Argo's {@code dag.go} does, under a DAG node named as the call. A task
 * without {@code depends} is a root; a task is decided once every task its condition names has a
 * fulfilled node: Omitted ("omitted: depends condition not met") when the condition is false, else
 * started. A started task's {@code when} and references are resolved against its ancestors only (a
 * reference that cannot be resolved is an Error: Argo would wait for it forever); a task that fans
 * out gets a task group node whose items are its children ({@code name(i:item)}), or a Skipped node
 * ("Skipped, empty params") for no items; a task whose {@code when} is false a Skipped node. New tasks
 * start whatever has failed, as long as the DAG runs (Argo's {@code failFast} only decides the DAG's
 * phase, {@link DagPhase}); once no task is running or can start, the DAG node takes its phase, with no
 * message. When the results of a fan-out cannot be aggregated (an item's captured result is not JSON),
 * the first task to need them and the DAG end in Error and nothing new starts.
 */
final class DagFlow implements Flow {
  static final String DEPENDS_NOT_MET = "omitted: depends condition not met";
  static final String EMPTY_PARAMS = "Skipped, empty params";

  private final DagTemplate dag;
  private final Path steps;
  private final RunContext run;
  private final TaskCalls calls;
  private final Variables globals;
  private final Node node;
  private final Map<String, Task> tasks = new LinkedHashMap<>();
  private final Map<String, DependsExpression> depends = new HashMap<>();
  private final Map<String, Set<String>> parents = new HashMap<>();
  private final List<String> targets;
  private final Set<String> captured;
  /** Tasks not decided yet. */
  private final Set<String> pending = new LinkedHashSet<>();
  /** The tasks in declaration order, and each one's index. */
  private final List<Task> ordered = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  /** The tasks that depend on each task. */
  private final Map<String, List<String>> dependents = new HashMap<>();
  /**
   * Tasks that may have become decidable, by declaration index: at first all, then the dependents of a
   * task whose node was just fulfilled. An event looks at these only, so a long chain costs the same per
   * step as a short one.
   */
  private final TreeSet<Integer> candidates = new TreeSet<>();
  /** Each decided task's node, once it exists. */
  private final Map<String, Node> taskNodes = new HashMap<>();
  /** The variables of finished tasks, computed once. */
  private final Map<String, Map<String, String>> finished = new HashMap<>();
  /** The looping ancestors of each task, computed once. */
  private final Map<String, Set<String>> loopAncestors = new HashMap<>();
  /** Tasks whose exit hook runs: their dependents wait for it. */
  private final Set<String> hooking = new HashSet<>();
  private int running;
  private String aborted;

  DagFlow(String nodeName, DagTemplate dag, Node boundary, Variables globals, RunContext run) {
    this(nodeName, dag, boundary, globals, run, null);
  }

  /** @param steps the folder its tasks' folders go in: a nested graph's is under its caller's; {@code null} for the run's */
  DagFlow(String nodeName, DagTemplate dag, Node boundary, Variables globals, RunContext run, Path steps) {
    this.steps = steps;
    this.dag = dag;
    this.run = run;
    this.calls = new TaskCalls(run);
    this.globals = globals;
    this.node = run.tree.create(nodeName, NodeType.DAG, dag.name(), boundary, null, null);
    Set<String> named = new HashSet<>();
    for (Task task : dag.tasks()) {
      tasks.put(task.name(), task);
      pending.add(task.name());
      index.put(task.name(), ordered.size());
      candidates.add(ordered.size());
      ordered.add(task);
      Set<String> dependencies = new LinkedHashSet<>();
      if (task.depends() != null) {
        DependsExpression expression = DependsExpression.parse(task.depends());
        depends.put(task.name(), expression);
        dependencies.addAll(expression.taskNames());
      }
      parents.put(task.name(), dependencies);
      named.addAll(dependencies);
      dependencies.forEach(dependency -> dependents.computeIfAbsent(dependency, d -> new ArrayList<>()).add(task.name()));
    }
    List<String> leaves = new ArrayList<>();
    for (String task : tasks.keySet()) {
      if (!named.contains(task)) {
        leaves.add(task);
      }
    }
    leaves.sort(null);
    this.targets = dag.target() == null ? leaves : chosenTargets(globals.substitute(dag.target()));
    this.captured = ResultReferences.of(dag.tasks(), dag.outputs(), "tasks");
  }

  /**
   * {@code dag.target}: the tasks named (separated by spaces) run, with the tasks they depend on, and no
   * other task gets a node; Argo's controller stops at a name that is no task.
   */
  private List<String> chosenTargets(String target) {
    List<String> chosen = List.of(target.split(" "));
    Set<String> needed = new HashSet<>();
    java.util.ArrayDeque<String> toVisit = new java.util.ArrayDeque<>();
    for (String name : chosen) {
      if (!tasks.containsKey(name)) {
        aborted = "target " + name + " does not exist";
        pending.clear();
        candidates.clear();
        return List.of();
      }
      toVisit.add(name);
    }
    while (!toVisit.isEmpty()) {
      String name = toVisit.poll();
      if (needed.add(name)) {
        toVisit.addAll(parents.get(name));
      }
    }
    pending.retainAll(needed);
    candidates.removeIf(i -> !needed.contains(ordered.get(i).name()));
    return chosen;
  }

  @Override
  public Node node() {
    return node;
  }

  /** The globals (with the DAG's inputs) and the variables of every task that has a fulfilled node. */
  @Override
  public Variables outputScope() {
    return globals.with(name -> taskVariable(name, task -> true));
  }

  /**
   * The value of {@code tasks.<task>.…} {@code name} when {@code visible} lets {@code <task>} be read and its
   * node is fulfilled; {@code null} otherwise (and for any other name).
   */
  private String taskVariable(String name, java.util.function.Predicate<String> visible) {
    if (!name.startsWith("tasks.")) {
      return null;
    }
    int dot = name.indexOf('.', "tasks.".length());
    String task = dot < 0 ? name.substring("tasks.".length()) : name.substring("tasks.".length(), dot);
    if (!visible.test(task)) {
      return null;
    }
    Map<String, String> variables = variables(task);
    return variables == null ? null : variables.get(name);
  }

  @Override
  public String aborted() {
    return aborted;
  }

  @Override
  public void advance() {
    if (node.fulfilled()) {
      return;
    }
    while (aborted == null && !candidates.isEmpty()) {
      Task task = ordered.get(candidates.pollFirst());
      if (pending.contains(task.name())) {
        decide(task);
      }
    }
    if (running == 0) {
      complete();
    }
  }

  /** A task's node is fulfilled, or it will never have one: its dependents may be decidable now. */
  private void fulfilled(Task task) {
    for (String dependent : dependents.getOrDefault(task.name(), List.of())) {
      candidates.add(index.get(dependent));
    }
  }

  /** Decides {@code task} if its dependencies allow: whether it was decided. */
  private boolean decide(Task task) {
    DependsExpression condition = depends.get(task.name());
    if (condition != null) {
      for (String dependency : parents.get(task.name())) {
        Node dependencyNode = taskNodes.get(dependency);
        if (dependencyNode == null || !dependencyNode.fulfilled() || hooking.contains(dependency)) {
          return false;
        }
      }
      pending.remove(task.name());
      boolean execute;
      try {
        execute = condition.evaluate(name -> taskNodes.get(name).taskState());
      } catch (ExpressionException e) {
        settle(task, calls.skipped(taskNodeName(task), task, node, Phase.ERROR,
            "unable to evaluate expression '" + task.depends() + "': " + e.getMessage()));
        return true;
      }
      if (!execute) {
        settle(task, calls.skipped(taskNodeName(task), task, node, Phase.OMITTED, DEPENDS_NOT_MET));
        try {
          // Argo builds the scope of every task that has a node, an omitted one too.
          scope(task);
        } catch (NodeVariables.NotAggregable e) {
          aborted = e.getMessage();
          node.detail = StepReports.notAggregable(e);
        }
        return true;
      }
    } else {
      pending.remove(task.name());
    }
    start(task);
    return true;
  }

  private String taskNodeName(Task task) {
    return node.name + "." + task.name();
  }

  /** A task's node that is fulfilled already (it ran nothing): links it and reports it. */
  private void settle(Task task, Node taskNode) {
    attach(task, taskNode);
    run.listener.stepFinished(StepReports.of(taskNode, task.name(), task.loops()));
    fulfilled(task);
  }

  /**
   * {@code connectDependencies}: a root task's node hangs from the DAG node, any other's from the
   * outbound nodes of each task it depends on.
   */
  private void attach(Task task, Node taskNode) {
    taskNodes.put(task.name(), taskNode);
    Set<String> dependencies = parents.get(task.name());
    if (dependencies.isEmpty()) {
      NodeTree.addChild(node, taskNode);
    } else {
      dependencies.forEach(dependency -> NodeTree.hangFrom(taskNodes.get(dependency), taskNode));
    }
  }

  /** {@code executeDAGTask} once the task's condition holds. */
  private void start(Task task) {
    String nodeName = taskNodeName(task);
    Node stub = calls.stub(task, nodeName, node);
    if (stub != null) {
      settle(task, stub);
      return;
    }
    Variables scope;
    try {
      scope = scope(task);
    } catch (NodeVariables.NotAggregable e) {
      abort(task, nodeName, e);
      return;
    }
    String when = null;
    String param = task.withParam();
    Map<String, String> arguments;
    List<Expansion> expansions = null;
    try {
      boolean whenFalse = false;
      if (task.when() != null) {
        when = scope.substituteStrict(task.when());
        try {
          if (!TaskCalls.holds(when)) {
            if (!task.loops()) {
              settle(task, calls.skipped(nodeName, task, node, Phase.SKIPPED, TaskCalls.whenFalse(when)));
              return;
            }
            // Argo resolves nothing else of a task whose when is false: its items see the raw fields.
            whenFalse = true;
          }
        } catch (ExpressionException e) {
          if (!task.loops()) {
            throw e;
          }
        }
      }
      arguments = new LinkedHashMap<>();
      for (Map.Entry<String, String> argument : task.arguments().entrySet()) {
        String value = whenFalse ? argument.getValue() : scope.substituteArgument(argument.getValue());
        if (value != null) {
          arguments.put(argument.getKey(), value);
        }
      }
      if (task.loops()) {
        if (param != null && !whenFalse) {
          param = scope.substituteStrict(param);
        }
        expansions = Expansion.of(TaskCalls.items(task, param, when, scope), when, arguments, scope);
      }
    } catch (Variables.Unresolved e) {
      Node error = calls.skipped(nodeName, task, node, Phase.ERROR, e.getMessage());
      error.detail = StepReports.NEVER_RESOLVED;
      settle(task, error);
      return;
    } catch (Variables.SubstitutionException | ExpressionException | CallProblem e) {
      settle(task, calls.skipped(nodeName, task, node, Phase.ERROR, e.getMessage()));
      return;
    }
    Path folder = run.recorder.stepFolder(steps, task.name());
    if (expansions == null) {
      running++;
      Runnable done = () -> {
        running--;
        fulfilled(task);
      };
      Runnable report = () -> {
        Node taskNode = taskNodes.get(task.name());
        if (taskNode != null && taskNode.phase != null) {
          // A daemon that is ready is reported when it ends.
          run.listener.stepFinished(StepReports.of(taskNode, task.name()));
        }
      };
      call(task, nodeName, task.name(), folder, arguments, scope, created -> attach(task, created), () -> {
        report.run();
        done.run();
      }, () -> {
        report.run();
        // The tasks that depend on it wait for its exit hook (common.CheckAllHooksFullfilled).
        hooking.add(task.name());
        if (!ExitHooks.start(run, task, taskNodes.get(task.name()), "tasks." + task.name(), task.name(), scope, node,
            folder, () -> {
              hooking.remove(task.name());
              done.run();
            }, () -> aborted != null)) {
          hooking.remove(task.name());
          done.run();
        }
      });
      return;
    }
    if (expansions.isEmpty()) {
      settle(task, calls.skipped(nodeName, task, node, Phase.SKIPPED, EMPTY_PARAMS));
      return;
    }
    Node group = run.tree.create(nodeName, NodeType.TASK_GROUP, task.templateName(), node, null, null);
    attach(task, group);
    FanOut fanOut = new FanOut(task, group, expansions.size());
    running++;
    for (Expansion expansion : expansions) {
      startItem(task, fanOut, expansion, folder);
    }
  }

  /** One item of a fan-out: its {@code when}, then its call. */
  private void startItem(Task task, FanOut fanOut, Expansion item, Path taskFolder) {
    String label = item.item().childName(task.name());
    String itemName = node.name + "." + label;
    try {
      if (!TaskCalls.holds(item.when())) {
        fanOut.settle(calls.skipped(itemName, task, node, Phase.SKIPPED, TaskCalls.whenFalse(item.when())));
        return;
      }
    } catch (ExpressionException e) {
      fanOut.settle(calls.skipped(itemName, task, node, Phase.ERROR, e.getMessage()));
      return;
    }
    Path folder = run.recorder.itemFolder(taskFolder, item.item().index());
    Node[] itemNode = new Node[1];
    call(task, itemName, label, folder, item.arguments(), item.scope(), created -> {
      itemNode[0] = created;
      NodeTree.addChild(fanOut.group, created);
    }, () -> fanOut.itemDone(itemNode[0]), () -> {
      // Each item runs the task's exit hook; the DAG, not the task group, waits for it.
      running++;
      if (!ExitHooks.start(run, task, itemNode[0], "tasks." + task.name(), label, item.scope(), node, folder,
          () -> running--, () -> aborted != null)) {
        running--;
      }
      fanOut.itemDone(itemNode[0]);
    });
  }

  /**
   * Calls the task's template; a call that cannot start is an Error node whose message says the task
   * errored, as {@code executeDAGTask} marks it.
   *
   * @param onDone called when the call could not start
   * @param onRan called once the call's node is fulfilled
   */
  private void call(Task task, String nodeName, String label, Path folder, Map<String, String> arguments,
      Variables scope, java.util.function.Consumer<Node> created, Runnable onDone, Runnable onRan) {
    try {
      calls.call(task, nodeName, label, node, folder, arguments, scope, false, captured.contains(task.name()),
          created, onRan, () -> aborted != null);
    } catch (CallProblem.Reference e) {
      created.accept(calls.skipped(nodeName, task, node, Phase.ERROR, e.getMessage()));
      onDone.run();
    } catch (Variables.SubstitutionException | ExpressionException | CallProblem e) {
      Node error = calls.skipped(nodeName, task, node, Phase.ERROR,
          "task '" + nodeName + "' errored: " + e.getMessage());
      error.detail = e.getMessage();
      created.accept(error);
      onDone.run();
    }
  }

  /**
   * The results of a looping ancestor cannot be aggregated: as on Argo, the task that needed them and
   * the DAG end in Error, and nothing new starts.
   */
  private void abort(Task task, String nodeName, NodeVariables.NotAggregable e) {
    Node error = calls.skipped(nodeName, task, node, Phase.ERROR, e.getMessage());
    error.detail = StepReports.notAggregable(e);
    settle(task, error);
    aborted = e.getMessage();
    node.detail = error.detail;
  }

  /**
   * What a task's tags see: the variables of its finished ancestors, looked up when a tag asks (a long
   * chain would otherwise copy every ancestor's variables for every task), then the globals. As Argo
   * builds the scope of every looping ancestor whose results it captures, those are aggregated first.
   */
  private Variables scope(Task task) {
    for (String ancestor : loopAncestors(task.name())) {
      if (captured.contains(ancestor)) {
        variables(ancestor);
      }
    }
    return globals.with(name -> taskVariable(name, ancestor -> isAncestor(ancestor, task.name(), new HashSet<>())));
  }

  /** The variables of a task whose node is fulfilled, computed once; {@code null} before. */
  private Map<String, String> variables(String task) {
    Map<String, String> known = finished.get(task);
    if (known != null) {
      return known;
    }
    Node taskNode = taskNodes.get(task);
    if (taskNode == null || !taskNode.fulfilled()) {
      return null;
    }
    String prefix = "tasks." + task;
    Map<String, String> variables = taskNode.type == NodeType.TASK_GROUP
        ? NodeVariables.ofFanOut(taskNode, taskNode.children, prefix)
        : NodeVariables.of(taskNode, prefix);
    finished.put(task, variables);
    return variables;
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

  /** The ancestors of {@code task} that fan out. */
  private Set<String> loopAncestors(String task) {
    Set<String> known = loopAncestors.get(task);
    if (known != null) {
      return known;
    }
    Set<String> found = new LinkedHashSet<>();
    for (String parent : parents.getOrDefault(task, Set.of())) {
      if (tasks.get(parent).loops()) {
        found.add(parent);
      }
      found.addAll(loopAncestors(parent));
    }
    Set<String> result = found.isEmpty() ? Set.of() : found;
    loopAncestors.put(task, result);
    return result;
  }

  /** Nothing runs and nothing can start: the DAG node takes its phase. */
  private void complete() {
    List<Node> outbound = new ArrayList<>();
    for (String target : targets) {
      Node targetNode = taskNodes.get(target);
      if (targetNode != null) {
        outbound.addAll(NodeTree.outbound(targetNode));
      }
    }
    node.outbound = outbound;
    if (aborted != null) {
      node.mark(Phase.ERROR, aborted);
    } else {
      Phase phase = DagPhase.assess(node, targets, taskNodes::get, dag.failFast());
      // Nothing runs, so only a task that never got a node leaves the phase open: it will never run.
      node.mark(phase == null ? Phase.FAILED : phase, null);
    }
    run.daemons.stopWithin(node);
  }

  @Override
  public boolean finished() {
    return node.fulfilled();
  }

  /** A task that fans out: its group node ends when its last item has. */
  private final class FanOut {
    private final Task task;
    private final Node group;
    private final int size;
    private int done;

    FanOut(Task task, Node group, int size) {
      this.task = task;
      this.group = group;
      this.size = size;
    }

    /** An item that ran nothing. */
    void settle(Node item) {
      NodeTree.addChild(group, item);
      itemDone(item);
    }

    void itemDone(Node item) {
      if (item != null && item.phase != null) {
        run.listener.stepFinished(StepReports.of(item, item.displayName));
      }
      if (++done < size) {
        return;
      }
      // Argo's task group takes the phase of the last item that failed or errored.
      Phase phase = Phase.SUCCEEDED;
      for (Node child : group.children) {
        if (child.failedOrError()) {
          phase = child.phase;
        }
      }
      group.mark(phase, null);
      running--;
      run.listener.stepFinished(StepReports.of(group, task.name()));
      fulfilled(task);
    }
  }
}
