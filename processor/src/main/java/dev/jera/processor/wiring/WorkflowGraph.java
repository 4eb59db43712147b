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

  /**
   * A step, the steps it waits for (in declaration order) and each reason it waits, as written.
   */
  public record Node(ScriptModel script, List<ScriptModel> dependsOn, List<Dependency> dependencies) {
    public Node {
      dependsOn = List.copyOf(dependsOn);
      dependencies = List.copyOf(dependencies);
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

  /**
   * A cycle of steps that wait for each other, as its dependencies in order, starting with the one
   * that closes it; a step naming itself is not a cycle here (that is its own mistake).
   *
   * <p>Which dependency closes a cycle: steps are written roughly in the order they run, so every
   * cycle has at least one dependency on a step declared below the one that waits, and that is the odd
   * one out. With several, the one written lowest in the class is taken.
   */
  public Optional<List<Dependency>> cycle() {
    Map<ScriptModel, Node> byScript = new IdentityHashMap<>();
    nodes.forEach(node -> byScript.put(node.script(), node));
    Map<ScriptModel, Integer> state = new IdentityHashMap<>();
    for (Node node : nodes) {
      List<Dependency> path = new ArrayList<>();
      Optional<List<Dependency>> cycle = visit(node.script(), byScript, state, path);
      if (cycle.isPresent()) {
        return Optional.of(fromClosing(cycle.get()));
      }
    }
    return Optional.empty();
  }

  private static Optional<List<Dependency>> visit(
      ScriptModel script, Map<ScriptModel, Node> byScript, Map<ScriptModel, Integer> state, List<Dependency> path) {
    state.put(script, 1);
    Node node = byScript.get(script);
    if (node != null) {
      for (Dependency dependency : node.dependencies()) {
        ScriptModel next = dependency.to();
        if (next == script) {
          continue;
        }
        Integer seen = state.get(next);
        if (seen != null && seen == 1) {
          // The path from `next` to here, plus this dependency back to `next`.
          List<Dependency> cycle = new ArrayList<>();
          int start = 0;
          while (start < path.size() && path.get(start).from() != next) {
            start++;
          }
          cycle.addAll(path.subList(start, path.size()));
          cycle.add(dependency);
          return Optional.of(cycle);
        }
        if (seen == null) {
          path.add(dependency);
          Optional<List<Dependency>> cycle = visit(next, byScript, state, path);
          if (cycle.isPresent()) {
            return cycle;
          }
          path.remove(path.size() - 1);
        }
      }
    }
    state.put(script, 2);
    return Optional.empty();
  }

  /** The cycle turned to start with its closing dependency. */
  private List<Dependency> fromClosing(List<Dependency> cycle) {
    Map<ScriptModel, Integer> order = new IdentityHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      order.put(nodes.get(i).script(), i);
    }
    int closing = 0;
    int lowest = -1;
    for (int i = 0; i < cycle.size(); i++) {
      Dependency dependency = cycle.get(i);
      int from = order.getOrDefault(dependency.from(), -1);
      if (order.getOrDefault(dependency.to(), -1) > from && from > lowest) {
        lowest = from;
        closing = i;
      }
    }
    List<Dependency> turned = new ArrayList<>(cycle.subList(closing, cycle.size()));
    turned.addAll(cycle.subList(0, closing));
    return turned;
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
