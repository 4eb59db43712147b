package dev.jera.local.values;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code labelsFrom} expression as far as the local executor evaluates it without expr-lang: one
 * variable ({@code workflow.parameters.env}, {@code workflow.parameters['env']}, {@code workflow.name})
 * or a quoted string, the forms Argo's examples use. Argo's controller compiles and runs any expression
 * ({@code operator.go:setWorkflowSpecAndEntrypoint}); a run names those it leaves out.
 */
public final class LabelExpression {
  private static final Pattern SEGMENT = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\[\\s*'([^']*)'\\s*]|\\[\\s*\"([^\"]*)\"\\s*]");
  private static final Pattern ROOT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern STRING = Pattern.compile("'([^'\\\\]*)'|\"([^\"\\\\]*)\"");

  private LabelExpression() {}

  /** The variable an expression reads, flattened ({@code workflow.parameters.env}); empty for other forms. */
  static Optional<String> variable(String expression) {
    String text = expression.strip();
    Matcher root = ROOT.matcher(text);
    if (!root.lookingAt()) {
      return Optional.empty();
    }
    StringBuilder name = new StringBuilder(root.group());
    Matcher segment = SEGMENT.matcher(text);
    int at = root.end();
    while (at < text.length()) {
      if (!segment.find(at) || segment.start() != at) {
        return Optional.empty();
      }
      String part = segment.group(1) != null ? segment.group(1) : segment.group(2) != null ? segment.group(2) : segment.group(3);
      name.append('.').append(part);
      at = segment.end();
    }
    return Optional.of(name.toString());
  }

  /**
   * The value: {@code Optional.empty()} when the form is one the local executor does not evaluate, a
   * present {@code null} inside when it reads a variable the run does not have (Argo: not a string).
   */
  static Optional<Optional<String>> evaluate(String expression, Function<String, String> variables) {
    Matcher string = STRING.matcher(expression.strip());
    if (string.matches()) {
      return Optional.of(Optional.of(string.group(1) != null ? string.group(1) : string.group(2)));
    }
    return variable(expression).map(name -> Optional.ofNullable(variables.apply(name)));
  }
}
