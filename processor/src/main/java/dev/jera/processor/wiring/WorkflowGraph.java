package dev.jera.processor.wiring;

import dev.jera.processor.model.ScriptModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of a workflow and what each depends on, with references resolved; the exit handler is
 * not a step. Unresolvable references are left out (rules report them), so the graph is always
 * built.
 */
public record WorkflowGraph(List<Node> nodes, Optional<ScriptModel> exitHandler) {

  /** A step and the steps it waits for, in declaration order. */
  public record Node(ScriptModel script, List<ScriptModel> dependsOn) {
    public Node {
      dependsOn = List.copyOf(dependsOn);
    }
  }

  public WorkflowGraph {
    nodes = List.copyOf(nodes);
  }

  public Optional<Node> node(ScriptModel script) {
    for (Node node : nodes) {
      if (node.script() == script) {
        return Optional.of(node);
      }
    }
    return Optional.empty();
  }

  /** A cycle as the path of steps that closes it, if there is one. */
  public Optional<List<ScriptModel>> cycle() {
    Map<ScriptModel, Integer> state = new IdentityHashMap<>();
    for (Node node : nodes) {
      List<ScriptModel> path = new ArrayList<>();
      Optional<List<ScriptModel>> cycle = visit(node.script(), state, path);
      if (cycle.isPresent()) {
        return cycle;
      }
    }
    return Optional.empty();
  }

  private Optional<List<ScriptModel>> visit(
      ScriptModel script, Map<ScriptModel, Integer> state, List<ScriptModel> path) {
    Integer seen = state.get(script);
    if (seen != null && seen == 2) {
      return Optional.empty();
    }
    if (seen != null && seen == 1) {
      List<ScriptModel> cycle = new ArrayList<>(path.subList(path.indexOf(script), path.size()));
      cycle.add(script);
      return Optional.of(cycle);
    }
    state.put(script, 1);
    path.add(script);
    Optional<Node> node = node(script);
    if (node.isPresent()) {
      for (ScriptModel dependency : node.get().dependsOn()) {
        Optional<List<ScriptModel>> cycle = visit(dependency, state, path);
        if (cycle.isPresent()) {
          return cycle;
        }
      }
    }
    path.remove(path.size() - 1);
    state.put(script, 2);
    return Optional.empty();
  }

  /**
   * The STEPS layout: groups in order, each step in the first group after all of its dependencies,
   * steps of a group in declaration order. Only for a graph without cycles.
   */
  public List<List<ScriptModel>> groups() {
    Map<ScriptModel, Integer> level = new IdentityHashMap<>();
    int deepest = -1;
    for (Node node : nodes) {
      deepest = Math.max(deepest, level(node.script(), level));
    }
    List<List<ScriptModel>> groups = new ArrayList<>();
    for (int i = 0; i <= deepest; i++) {
      groups.add(new ArrayList<>());
    }
    for (Node node : nodes) {
      groups.get(level.get(node.script())).add(node.script());
    }
    return groups;
  }

  private int level(ScriptModel script, Map<ScriptModel, Integer> level) {
    Integer known = level.get(script);
    if (known != null) {
      return known;
    }
    int mine = 0;
    for (ScriptModel dependency : node(script).map(Node::dependsOn).orElse(List.of())) {
      mine = Math.max(mine, level(dependency, level) + 1);
    }
    level.put(script, mine);
    return mine;
  }
}
