package dev.jera.argo.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code retryStrategy.expression}: an expr-lang condition Argo evaluates after each failed attempt
 * ({@code operator.go:processNodeRetries}); false ends the retries with "retryStrategy.expression evaluated to
 * false". Its environment ({@code buildRetryStrategyLocalScope}) holds {@code retries} and
 * {@code lastRetry.exitCode}, {@code .status}, {@code .duration} and {@code .message}, all strings, so
 * {@code asInt(lastRetry.exitCode) > 1}; the template's {@code {{…}}} tags are substituted before. Jera
 * evaluates the part of expr-lang a condition needs (see {@link ExprParser} and {@link ExprEvaluator}).
 */
public final class RetryExpression {
  /** The variables of the environment, by their full names. */
  public static final List<String> VARIABLES =
      List.of("retries", "lastRetry.exitCode", "lastRetry.status", "lastRetry.duration", "lastRetry.message");
  /** The fields of {@code lastRetry}. */
  public static final List<String> LAST_RETRY_FIELDS = List.of("exitCode", "status", "duration", "message");
  /** The functions Jera evaluates. */
  public static final List<String> FUNCTIONS = ExprEvaluator.FUNCTIONS.stream().sorted().toList();

  private static final String SUMMARY = "Invalid retryStrategy.expression";

  /**
   * A name the expression reads: a variable ({@code lastRetry.exitCode}, {@code retries}, or a root with a
   * field Argo does not bind) or a function.
   *
   * @param name the variable's root, with the field when it is read by a literal name ({@code lastRetry.status})
   * @param function whether it is called
   * @param position where it starts in the text
   */
  public record Reference(String name, boolean function, int position) {}

  /**
   * What Argo binds after the last failed attempt, all strings as Argo gives them.
   *
   * @param retries how many retries there were so far ({@code attempts - 1})
   * @param exitCode the main container's exit code, {@code -1} without one
   * @param status its phase: {@code Failed} or {@code Error}
   * @param duration how long it ran in seconds, as Go prints a float ({@code 12})
   * @param message its message
   */
  public record LastRetry(String retries, String exitCode, String status, String duration, String message) {}

  private final String text;
  private final ExprNode root;

  private RetryExpression(String text, ExprNode root) {
    this.text = text;
    this.root = root;
  }

  /**
   * Parses an expression whose {@code {{…}}} tags are already substituted.
   *
   * @throws ExpressionException where it does not parse, with the column
   */
  public static RetryExpression parse(String text) {
    Objects.requireNonNull(text, "text");
    return new RetryExpression(text, ExprParser.parse(text));
  }

  /** Why {@code text} does not parse, with the column; empty when it does. */
  public static Optional<ExpressionException> syntaxProblem(String text) {
    try {
      parse(text);
      return Optional.empty();
    } catch (ExpressionException e) {
      return Optional.of(e);
    }
  }

  public String text() {
    return text;
  }

  /** The variables and functions it reads, in order. */
  public List<Reference> references() {
    List<Reference> references = new ArrayList<>();
    collect(root, references);
    return references;
  }

  private static void collect(ExprNode node, List<Reference> into) {
    if (node instanceof ExprNode.Name name) {
      into.add(new Reference(name.name(), false, name.position()));
    } else if (node instanceof ExprNode.Member member) {
      if (member.object() instanceof ExprNode.Name name && member.key() instanceof ExprNode.Literal key
          && key.value() instanceof String field) {
        into.add(new Reference(name.name() + "." + field, false, name.position()));
      } else {
        collect(member.object(), into);
        collect(member.key(), into);
      }
    } else if (node instanceof ExprNode.Call call) {
      into.add(new Reference(call.function(), true, call.position()));
      call.arguments().forEach(argument -> collect(argument, into));
    } else {
      Expression.children(node).forEach(child -> collect(child, into));
    }
  }

  /**
   * Evaluates it after a failed attempt, as {@code argoexpr.EvalBool} does.
   *
   * @throws ExpressionException when it fails or its result is not a boolean, with Argo's message
   */
  public boolean evaluate(LastRetry last) {
    Map<String, Object> lastRetry = new LinkedHashMap<>();
    lastRetry.put("exitCode", last.exitCode());
    lastRetry.put("status", last.status());
    lastRetry.put("duration", last.duration());
    lastRetry.put("message", last.message());
    Map<String, Object> environment = new LinkedHashMap<>();
    environment.put("retries", last.retries());
    environment.put("lastRetry", lastRetry);
    Object result;
    try {
      result = new ExprEvaluator(environment).evaluate(root);
    } catch (IllegalArgumentException e) {
      throw ExpressionException.whole("unable to evaluate expression '" + text + "': " + e.getMessage(), text,
          e.getMessage());
    }
    if (!(result instanceof Boolean)) {
      String reason = "unable to cast expression result '" + dev.jera.argo.go.GoValues.format(result) + "' to bool";
      throw ExpressionException.whole(reason, text, reason);
    }
    return (Boolean) result;
  }

  static ExpressionException invalid(String text, int position, String reason) {
    return ExpressionException.at(SUMMARY + " '" + text + "'", text, position, reason);
  }
}
