package dev.jera.local.engine;

import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import dev.jera.local.artifacts.ArtifactStaging;
import dev.jera.local.manifest.DagTemplate;
import dev.jera.local.manifest.InputArtifact;
import dev.jera.local.manifest.InputParameter;
import dev.jera.local.manifest.ManifestTemplate;
import dev.jera.local.manifest.StepsTemplate;
import dev.jera.local.manifest.Task;
import dev.jera.local.values.CallProblem;
import dev.jera.local.values.Variables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The graphs a run is in the middle of beyond its entry: a task or step that calls a {@code dag} or
 * {@code steps} template runs it as a flow of its own under the task's node, as Argo's
 * {@code executeTemplate} does, with the template's inputs bound from the call's arguments and the
 * workflow's globals as its only other scope. Each event advances them, the most deeply nested first, so
 * that a graph that ends is seen by its caller in the same pass. Nesting (recursion included) is bounded
 * as on Argo's controller: a call at a stack depth of {@value #MAX_STACK_DEPTH} is an Error node.
 */
final class NestedFlows {
  /** Argo's {@code maxAllowedStackDepth}: the entry template is at depth 1, each nested call one more. */
  static final int MAX_STACK_DEPTH = 100;
  static final String MAX_DEPTH_EXCEEDED = "Maximum recursion depth exceeded. See"
      + " https://argo-workflows.readthedocs.io/en/latest/scaling/#maximum-recursion-depth";

  private final List<Running> running = new ArrayList<>();
  /** The stack depth of each graph's node; the entry graph's node is not here (depth 1). */
  private final Map<Node, Integer> depths = new HashMap<>();

  private record Running(Flow flow, ManifestTemplate template, Runnable onDone) {}

  /**
   * Starts {@code graph} as the call at {@code nodeName}.
   *
   * @param folder the calling task's folder: the graph's steps get theirs under it
   * @throws CallProblem when an input has no value (Argo: "inputs.parameters.x was not supplied")
   */
  void start(ManifestTemplate graph, String nodeName, Node boundary, Path folder, Map<String, String> arguments,
      Map<String, String> files, RunContext run, Consumer<Node> created, Runnable onDone) {
    int depth = depths.getOrDefault(boundary, 1) + 1;
    if (depth >= MAX_STACK_DEPTH) {
      // Argo's initializeNodeOrMarkError: a node of the template's type, in Error.
      NodeType type = graph instanceof DagTemplate ? NodeType.DAG : NodeType.STEPS;
      created.accept(run.tree.create(nodeName, type, graph.name(), boundary, Phase.ERROR, MAX_DEPTH_EXCEEDED));
      onDone.run();
      return;
    }
    Map<String, String> inputs = inputs(graph.graphInputs(), arguments, run.globals);
    Variables scope = run.globals.with(inputs).with(files);
    Path steps = folder.resolve("steps");
    Flow flow = graph instanceof DagTemplate dag
        ? new DagFlow(nodeName, dag, boundary, scope, run, steps)
        : new StepsFlow(nodeName, (StepsTemplate) graph, boundary, scope, run, steps);
    flow.node().inputs = MetricValues.inputsByName(inputs);
    depths.put(flow.node(), depth);
    created.accept(flow.node());
    running.add(new Running(flow, graph, onDone));
    flow.advance();
    settle();
  }

  /** The graph's {@code inputs.parameters.<name>}: the argument, else the input's value or default. */
  static Map<String, String> inputs(List<InputParameter> declared, Map<String, String> arguments, Variables globals) {
    Map<String, String> values = new LinkedHashMap<>();
    for (InputParameter input : declared) {
      String value = arguments.get(input.name());
      if (value == null && input.value() != null) {
        value = globals.substitute(input.value());
      }
      if (value == null && input.defaultValue() != null) {
        value = globals.substitute(input.defaultValue());
      }
      if (value == null) {
        throw new CallProblem("inputs.parameters." + input.name() + " was not supplied");
      }
      values.put("inputs.parameters." + input.name(), value);
    }
    return values;
  }

  /**
   * The graph's {@code inputs.artifacts.<name>}: the file the call's artifact argument names, resolved in the
   * caller's scope (ProcessArgs; a graph passes its input files on by reference, so each is the file's path
   * here), else the input's own reference; an optional input without one is left out.
   *
   * @throws CallProblem when a required input has none ("inputs.artifacts.x was not supplied"), or its
   *     reference does not resolve
   */
  static Map<String, String> inputFiles(List<InputArtifact> declared, Task task, Variables callerScope) {
    Map<String, String> files = new LinkedHashMap<>();
    for (InputArtifact input : declared) {
      InputArtifact argument = task.artifacts().stream().filter(a -> a.name().equals(input.name())).findFirst().orElse(null);
      InputArtifact.Location location = argument != null && argument.location() != null ? argument.location() : input.location();
      if (location == null) {
        if (input.optional()) {
          continue;
        }
        throw new CallProblem("inputs.artifacts." + input.name() + " was not supplied");
      }
      if (!(location instanceof InputArtifact.From from)) {
        throw new CallProblem("inputs.artifacts." + input.name() + " of a steps or dag template comes from a store:"
            + " a graph's input file is run locally only when passed from another step's file");
      }
      Path file = ArtifactStaging.referenced(input, from, callerScope);
      if (file != null) {
        files.put("inputs.artifacts." + input.name(), file.toString());
      }
    }
    return files;
  }

  /** Advances every running graph, the latest started (the most deeply nested) first. */
  void advance() {
    List<Running> now = new ArrayList<>(running);
    for (int i = now.size() - 1; i >= 0; i--) {
      if (running.contains(now.get(i))) {
        now.get(i).flow().advance();
        settle();
      }
    }
  }

  /** Tells the callers of the graphs that have ended, innermost first. */
  private void settle() {
    boolean ended = true;
    while (ended) {
      ended = false;
      for (int i = running.size() - 1; i >= 0; i--) {
        Running graph = running.get(i);
        if (graph.flow().finished()) {
          running.remove(i);
          GraphOutputValues.resolve(graph.flow(), graph.template());
          graph.onDone().run();
          ended = true;
          break;
        }
      }
    }
  }

  /** {@code main}, advancing the nested graphs before it at each step. */
  Flow around(Flow main) {
    return new Flow() {
      @Override
      public void advance() {
        NestedFlows.this.advance();
        main.advance();
        NestedFlows.this.advance();
      }

      @Override
      public Node node() {
        return main.node();
      }

      @Override
      public boolean finished() {
        return main.finished();
      }

      @Override
      public String aborted() {
        return main.aborted();
      }
    };
  }
}
