package dev.jera.argo.expr;

import dev.jera.argo.go.GoValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A step's {@code when} condition, parsed and evaluated the way Argo does it ({@code steps.go:shouldExecute}).
 *
 * <p>Argo first replaces every {@code {{…}}} tag in the condition, then hands the text to govaluate, with one
 * twist: each bare word becomes a string of its own name. So {@code heads == heads} is true and
 * {@code tails == heads} false, without quotes. This class takes the text after substitution and follows
 * govaluate rule for rule, including its surprises:
 *
 * <ul>
 *   <li>A bare word is letters, digits and {@code _}, starting with a letter. {@code my-value} is
 *       {@code my} minus {@code value}, an error; {@code v1.2} is refused (govaluate reads it as a field
 *       access); {@code hello world} is two values with no operator. Quote such values: {@code 'my-value'}.
 *   <li>Numbers are {@code float64}: {@code 10 > 9} is true, and {@code "5" == 5} is false because a string
 *       never equals a number. {@code <} and its kin compare two numbers or two strings, never one of each.
 *   <li>A quoted string that looks like a date ({@code '2024-01-05'}, RFC 3339 and a few other Go layouts)
 *       becomes its Unix time, a number.
 *   <li>{@code =~} and {@code !~} search a string with a Go regular expression; {@code x in (a, b)} tests
 *       membership; {@code + - * / % **}, bitwise operators, {@code ? :} and {@code ??} work as in govaluate.
 *   <li>{@code &&} binds tighter than {@code ||}; {@code !} applies to the single value after it, so write
 *       {@code !(a == b)}.
 * </ul>
 *
 * <p>An empty condition means "always run" in Argo, which never parses it; {@link #parse} refuses it, so
 * callers check for an absent condition first.
 */
public final class WhenExpression {

  private final String text;
  private final WhenNode root;

  private WhenExpression(String text, WhenNode root) {
    this.text = text;
    this.root = root;
  }

  /**
   * Parses a condition whose {@code {{…}}} tags are already substituted.
   *
   * @throws ExpressionException if Argo would refuse it before evaluating it, with the column of the problem
   */
  public static WhenExpression parse(String text) {
    Objects.requireNonNull(text, "text");
    return new WhenExpression(text, WhenParser.parse(text, false).root());
  }

  /**
   * Checks a condition at compile time, once each {@code {{…}}} tag is replaced by a placeholder word such as
   * {@code x}.
   *
   * <p>A bare word may then stand for any substituted value, a number or {@code true} as well as text, so
   * {@code !x} and {@code x > 5 && x < 10} pass. A condition without bare words holds no placeholder and so
   * never changes; it is also evaluated, and reported if it fails or is not a boolean ({@code 5 + 3}).
   *
   * @return the problem, worded as Argo's error with the column, or empty when the condition is fine
   */
  public static Optional<String> syntaxProblem(String textWithPlaceholders) {
    Objects.requireNonNull(textWithPlaceholders, "textWithPlaceholders");
    try {
      WhenParser.Parsed parsed = WhenParser.parse(textWithPlaceholders, true);
      if (!parsed.hasWords()) {
        new WhenExpression(textWithPlaceholders, parsed.root()).evaluate();
      }
      return Optional.empty();
    } catch (ExpressionException e) {
      return Optional.of(e.getMessage());
    }
  }

  /**
   * The bare words of a condition (unquoted text such as {@code heads}), in order. A step's {@code when}
   * reads each as a string of its own name; a CronWorkflow's {@code when} does not (Argo's cron
   * controller hands the text to govaluate as it is), so there a bare word is a variable that does not
   * exist and the scheduled run fails.
   *
   * @throws ExpressionException if the text does not even split into tokens
   */
  public static List<String> bareWords(String text) {
    List<String> words = new ArrayList<>();
    for (WhenToken token : WhenLexer.tokenize(Objects.requireNonNull(text, "text"))) {
      if (token.kind() == WhenToken.Kind.WORD) {
        words.add(token.text());
      }
    }
    return words;
  }

  /**
   * Evaluates the condition.
   *
   * @return whether the step runs; false makes Argo mark it Skipped
   * @throws ExpressionException if an operator gets values it cannot work with ({@code 'a' < 5}), or the
   *     result is not a boolean ({@code Expected boolean evaluation for '5 + 3'. Got 8}); Argo then fails the
   *     step with an error
   */
  public boolean evaluate() {
    Object result = WhenEvaluator.evaluate(root, text);
    if (!(result instanceof Boolean)) {
      throw ExpressionException.whole(
          "Expected boolean evaluation for '" + text + "'. Got " + GoValues.format(result),
          text,
          "the expression gives " + GoValues.describe(result) + ", not true or false");
    }
    return (Boolean) result;
  }

  /** The condition as it was given. */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WhenExpression && ((WhenExpression) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }

  /** A condition Argo refuses before evaluating it, worded as Argo's {@code Invalid 'when' expression}. */
  static ExpressionException invalid(String text, int position, String reason) {
    return ExpressionException.at("Invalid 'when' expression '" + text + "'", text, position, reason);
  }
}
