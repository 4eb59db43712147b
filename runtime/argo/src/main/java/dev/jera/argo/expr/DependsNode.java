package dev.jera.argo.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tree of a parsed {@code depends} expression. Chains of {@code &&} and of {@code ||} are kept flat, so
 * that {@code a && (b && c)} and {@code (a && b) && c} are one node with three operands and print alike.
 */
sealed interface DependsNode {

  /** Whether the expression holds, given the state of every task it names. */
  boolean holdsFor(Map<String, TaskState> states);

  /** How tightly the node binds: {@code ||} 1, {@code &&} 2, {@code !} 3, an operand 4. */
  int precedence();

  /** The canonical text: single spaces around {@code &&} and {@code ||}, parentheses only where needed. */
  String render();

  /** {@code node} rendered as an operand of an operator that binds with {@code precedence}. */
  private static String renderInside(DependsNode node, int precedence) {
    String text = node.render();
    return node.precedence() < precedence ? "(" + text + ")" : text;
  }

  /** {@code operands} joined by {@code &&}, flattening nested {@code &&} nodes. */
  static DependsNode all(List<DependsNode> operands) {
    return operands.size() == 1 ? operands.get(0) : new All(flatten(operands, All.class));
  }

  /** {@code operands} joined by {@code ||}, flattening nested {@code ||} nodes. */
  static DependsNode any(List<DependsNode> operands) {
    return operands.size() == 1 ? operands.get(0) : new Any(flatten(operands, Any.class));
  }

  private static List<DependsNode> flatten(List<DependsNode> operands, Class<? extends DependsNode> kind) {
    List<DependsNode> flat = new ArrayList<>();
    for (DependsNode operand : operands) {
      if (operand instanceof All && kind == All.class) {
        flat.addAll(((All) operand).operands());
      } else if (operand instanceof Any && kind == Any.class) {
        flat.addAll(((Any) operand).operands());
      } else {
        flat.add(operand);
      }
    }
    return List.copyOf(flat);
  }

  /** A task, with or without a result. */
  record Operand(TaskReference reference) implements DependsNode {
    @Override
    public boolean holdsFor(Map<String, TaskState> states) {
      return reference.holdsFor(states.get(reference.task()));
    }

    @Override
    public int precedence() {
      return 4;
    }

    @Override
    public String render() {
      return reference.toString();
    }
  }

  /** {@code !operand}. */
  record Not(DependsNode operand) implements DependsNode {
    @Override
    public boolean holdsFor(Map<String, TaskState> states) {
      return !operand.holdsFor(states);
    }

    @Override
    public int precedence() {
      return 3;
    }

    @Override
    public String render() {
      return "!" + renderInside(operand, 3);
    }
  }

  /** {@code a && b && …}. */
  record All(List<DependsNode> operands) implements DependsNode {
    @Override
    public boolean holdsFor(Map<String, TaskState> states) {
      return operands.stream().allMatch(operand -> operand.holdsFor(states));
    }

    @Override
    public int precedence() {
      return 2;
    }

    @Override
    public String render() {
      return operands.stream().map(operand -> renderInside(operand, 2)).collect(Collectors.joining(" && "));
    }
  }

  /** {@code a || b || …}. */
  record Any(List<DependsNode> operands) implements DependsNode {
    @Override
    public boolean holdsFor(Map<String, TaskState> states) {
      return operands.stream().anyMatch(operand -> operand.holdsFor(states));
    }

    @Override
    public int precedence() {
      return 1;
    }

    @Override
    public String render() {
      return operands.stream().map(operand -> renderInside(operand, 1)).collect(Collectors.joining(" || "));
    }
  }
}
