package dev.jera.argo.expr;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A DAG task's {@code depends} condition, such as {@code fetch && (load.Failed || retry-load)}, parsed and
 * evaluated the way Argo does ({@code common/ancestry.go}, {@code controller/dag.go}).
 *
 * <p>Operands are task names ({@code [a-zA-Z0-9][-a-zA-Z0-9]*}, dashes allowed) with an optional result:
 * {@code Succeeded}, {@code Failed}, {@code Errored}, {@code Skipped}, {@code Omitted}, {@code Daemoned},
 * {@code AnySucceeded} or {@code AllFailed} ({@link TaskResult}). A bare name means
 * {@code (name.Succeeded || name.Skipped || name.Daemoned)}. Operators are {@code !}, {@code &&} and
 * {@code ||}, binding in that order, and parentheses group.
 *
 * <p>Argo evaluates the condition once, when every task it names has finished; if it is false then, the task
 * is Omitted. {@link #taskNames()} says which tasks to wait for, {@link #isDecidable} whether they all have
 * finished, and {@link #evaluate} decides.
 */
public final class DependsExpression {

  private final String text;
  private final DependsNode root;
  private final Set<String> taskNames;
  private final List<TaskReference> references;

  private DependsExpression(String text, DependsNode root) {
    this.text = text;
    this.root = root;
    Set<TaskReference> seen = new LinkedHashSet<>();
    collect(root, seen);
    this.references = List.copyOf(seen);
    Set<String> names = new LinkedHashSet<>();
    references.forEach(reference -> names.add(reference.task()));
    this.taskNames = Collections.unmodifiableSet(names);
  }

  /**
   * Parses a {@code depends} condition.
   *
   * @throws ExpressionException on bad syntax, or an unknown result such as {@code a.Done} (Argo: {@code task
   *     result 'Done' for task 'a' is invalid}), with the column of the problem
   */
  public static DependsExpression parse(String text) {
    Objects.requireNonNull(text, "text");
    return new DependsExpression(text, DependsParser.parse(text));
  }

  /**
   * The condition that every task in {@code tasks} succeeded, was skipped or is a daemon: {@code "a && b"}.
   * This is what Argo makes of {@code dependencies: [a, b]}. A name given twice appears once.
   *
   * @throws IllegalArgumentException if {@code tasks} is empty (a task without dependencies has no
   *     {@code depends} at all) or holds a name that cannot appear in {@code depends}
   */
  public static String and(List<String> tasks) {
    if (tasks.isEmpty()) {
      throw new IllegalArgumentException("a depends condition needs at least one task");
    }
    for (String task : tasks) {
      DependsParser.nameProblem(task).ifPresent(problem -> {
        throw new IllegalArgumentException(problem);
      });
    }
    return String.join(" && ", new LinkedHashSet<>(tasks));
  }

  /** The tasks the condition names, in order of first appearance. */
  public Set<String> taskNames() {
    return taskNames;
  }

  /**
   * Each distinct operand, in order of first appearance: {@code a && (a.Failed || b)} gives {@code a},
   * {@code a.Failed} and {@code b}. A compiler checks with it that every task exists and that
   * {@code AnySucceeded} and {@code AllFailed} ({@link TaskResult#needsLoop()}) are asked only of looped tasks.
   */
  public List<TaskReference> references() {
    return references;
  }

  /** Whether every task the condition names has finished, so that Argo would now evaluate it. */
  public boolean isDecidable(Predicate<String> finished) {
    return taskNames.stream().allMatch(finished);
  }

  /**
   * Evaluates the condition; false means Argo omits the task.
   *
   * @param states the finished state of each task in {@link #taskNames()}
   * @throws IllegalArgumentException if {@code states} gives no state for one of them: Argo waits until they
   *     have all finished, so the caller must too
   */
  public boolean evaluate(Function<String, TaskState> states) {
    Map<String, TaskState> finished = new HashMap<>();
    for (String task : taskNames) {
      TaskState state = states.apply(task);
      if (state == null) {
        throw new IllegalArgumentException("task '" + task + "' has not finished, so '" + text
            + "' cannot be decided yet");
      }
      finished.put(task, state);
    }
    return root.holdsFor(finished);
  }

  /** The condition as it was given. */
  public String text() {
    return text;
  }

  /**
   * The canonical form: single spaces around {@code &&} and {@code ||}, operands as written, and parentheses
   * only where precedence needs them ({@code (a && b) && c} becomes {@code a && b && c}).
   */
  @Override
  public String toString() {
    return root.render();
  }

  /** Two conditions are equal when their canonical forms are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof DependsExpression && other.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  private static void collect(DependsNode node, Set<TaskReference> into) {
    if (node instanceof DependsNode.Operand) {
      into.add(((DependsNode.Operand) node).reference());
    } else if (node instanceof DependsNode.Not) {
      collect(((DependsNode.Not) node).operand(), into);
    } else {
      List<DependsNode> operands = node instanceof DependsNode.All
          ? ((DependsNode.All) node).operands() : ((DependsNode.Any) node).operands();
      operands.forEach(operand -> collect(operand, into));
    }
  }

  /** A condition that cannot be parsed, worded as {@code Invalid 'depends' expression '…': …}. */
  static ExpressionException invalid(String text, int position, String reason) {
    return ExpressionException.at("Invalid 'depends' expression '" + text + "'", text, position, reason);
  }
}
