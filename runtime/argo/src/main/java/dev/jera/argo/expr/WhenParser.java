package dev.jera.argo.expr;

import dev.jera.argo.expr.WhenOperator.Level;
import dev.jera.argo.expr.WhenToken.Kind;
import dev.jera.argo.go.GoRegex;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Builds the tree of a {@code when} expression from its tokens, with govaluate's precedence and its rules for
 * which token may follow which ({@code lexerState.go}).
 *
 * <p>It is stricter than govaluate in three places where govaluate accepts text but then ignores part of it:
 * a value right after {@code )} (govaluate drops the rest of the expression), an operator right before
 * {@code )} and empty parentheses (govaluate uses nil for the missing operand). All three are mistakes in a
 * workflow, so they are reported.
 */
final class WhenParser {

  /**
   * A parsed expression.
   *
   * @param root the tree
   * @param hasWords whether the expression holds a bare word, which may stand for a substituted value
   */
  record Parsed(WhenNode root, boolean hasWords) {}

  private static final Level[] LEVELS = Level.values();

  private final String text;
  private final List<WhenToken> tokens;
  private final boolean wordsAreAnyValue;
  private int next;

  private WhenParser(String text, List<WhenToken> tokens, boolean wordsAreAnyValue) {
    this.text = text;
    this.tokens = tokens;
    this.wordsAreAnyValue = wordsAreAnyValue;
  }

  /**
   * Parses {@code text}.
   *
   * @param wordsAreAnyValue true when bare words are placeholders for substituted values of any kind, so that
   *     {@code !x} is accepted although Argo refuses {@code !} before text
   * @throws ExpressionException where Argo would refuse the expression before evaluating it
   */
  static Parsed parse(String text, boolean wordsAreAnyValue) {
    List<WhenToken> tokens = WhenLexer.tokenize(text);
    if (tokens.isEmpty()) {
      throw WhenExpression.invalid(text, 0, "the expression is empty");
    }
    WhenParser parser = new WhenParser(text, tokens, wordsAreAnyValue);
    parser.checkBalance();
    WhenNode root = parser.level(Level.SEPARATOR);
    if (parser.next < tokens.size()) {
      throw parser.unexpected(parser.next);
    }
    boolean hasWords = tokens.stream().anyMatch(t -> t.kind() == Kind.WORD);
    return new Parsed(root, hasWords);
  }

  /** govaluate checks parentheses before anything else, so an unbalanced one is the first thing reported. */
  private void checkBalance() {
    Deque<WhenToken> open = new ArrayDeque<>();
    for (WhenToken token : tokens) {
      if (token.kind() == Kind.OPEN) {
        open.push(token);
      } else if (token.kind() == Kind.CLOSE) {
        if (open.isEmpty()) {
          throw WhenExpression.invalid(text, token.position(), "unbalanced parenthesis: ')' has no matching '('");
        }
        open.pop();
      }
    }
    if (!open.isEmpty()) {
      throw WhenExpression.invalid(text, open.peek().position(), "unbalanced parenthesis: '(' is never closed");
    }
  }

  private WhenNode level(Level level) {
    if (level == Level.PREFIX) {
      return prefixed();
    }
    Level tighter = LEVELS[level.ordinal() + 1];
    WhenNode left = level(tighter);
    while (next < tokens.size() && tokens.get(next).kind() == Kind.OPERATOR
        && tokens.get(next).operator().level() == level) {
      WhenToken operator = tokens.get(next++);
      checkOperands(operator);
      WhenNode right = level(tighter);
      left = new WhenNode.Binary(operator.operator(), left, right, operator.position());
    }
    return left;
  }

  /** Pairs of tokens that govaluate's lexer state refuses although the grammar would allow them. */
  private void checkOperands(WhenToken operator) {
    WhenToken before = tokens.get(next - 2);
    if (operator.operator().level() == Level.TERNARY && (before.kind() == Kind.TIME || isRegex(next - 2))) {
      throw WhenExpression.invalid(text, operator.position(), "'" + operator.text() + "' cannot directly follow "
          + (before.kind() == Kind.TIME ? "the date " : "the regular expression ") + before.text()
          + "; put it in parentheses");
    }
    if (operator.operator().isModifier() && next < tokens.size() && tokens.get(next).kind() == Kind.TIME) {
      throw WhenExpression.invalid(text, tokens.get(next).position(), "the date " + tokens.get(next).text()
          + " cannot directly follow '" + operator.text() + "'; put it in parentheses");
    }
  }

  private WhenNode prefixed() {
    if (next >= tokens.size() || tokens.get(next).kind() != Kind.PREFIX) {
      return primary();
    }
    WhenToken prefix = tokens.get(next++);
    if (next < tokens.size()) {
      // govaluate refuses a prefix before a string; Argo parses a second time once words are strings, which
      // refuses it before a word too.
      WhenToken operand = tokens.get(next);
      boolean isText = operand.kind() == Kind.STRING || operand.kind() == Kind.TIME
          || (operand.kind() == Kind.WORD && !wordsAreAnyValue);
      if (isText) {
        throw WhenExpression.invalid(text, operand.position(), "'" + prefix.text() + "' cannot apply to "
            + operand.text() + (operand.kind() == Kind.TIME ? ", which is a date" : ", which is text"));
      }
    }
    return new WhenNode.Prefix(prefix.operator(), primary(), prefix.position());
  }

  private WhenNode primary() {
    if (next >= tokens.size()) {
      WhenToken last = tokens.get(tokens.size() - 1);
      throw WhenExpression.invalid(text, last.position(), "the expression ends after '" + last.text()
          + "', which needs a value after it");
    }
    WhenToken token = tokens.get(next++);
    if (isRegex(next - 1)) {
      try {
        return new WhenNode.Regex(GoRegex.compile((String) token.value()), token.position());
      } catch (IllegalArgumentException e) {
        throw WhenExpression.invalid(text, token.position(), token.text()
            + " is not a valid regular expression: " + e.getMessage());
      }
    }
    if (token.isValue()) {
      return new WhenNode.Literal(token.value(), token.position());
    }
    switch (token.kind()) {
      case OPEN:
        if (next < tokens.size() && tokens.get(next).kind() == Kind.CLOSE) {
          throw WhenExpression.invalid(text, token.position(), "'()' holds no value");
        }
        WhenNode inside = level(Level.SEPARATOR);
        if (tokens.get(next).kind() != Kind.CLOSE) {
          throw unexpected(next);
        }
        next++;
        return inside;
      case CLOSE:
        throw WhenExpression.invalid(text, token.position(), "expected a value before ')'");
      default: // an operator where a value should be
        throw WhenExpression.invalid(text, token.position(), "'" + token.text() + "' needs a value before it");
    }
  }

  /** Whether token {@code index} is a string govaluate compiles as a regular expression: right after =~ or !~. */
  private boolean isRegex(int index) {
    if (index < 1 || !tokens.get(index).isText()) {
      return false;
    }
    WhenOperator before = tokens.get(index - 1).operator();
    return before == WhenOperator.MATCHES || before == WhenOperator.NOT_MATCHES;
  }

  /** A token after a complete value that is not an operator. */
  private ExpressionException unexpected(int index) {
    WhenToken token = tokens.get(index);
    WhenToken before = tokens.get(index - 1);
    if (token.kind() == Kind.OPEN && before.kind() == Kind.WORD) {
      return WhenExpression.invalid(text, before.position(), "'" + before.text()
          + "(' looks like a function call, but Argo's when has no functions");
    }
    if (token.kind() == Kind.CLOSE) {
      return WhenExpression.invalid(text, token.position(), "unbalanced parenthesis: ')' has no matching '('");
    }
    String hint = before.isValue() && token.isValue() ? "; if they are one value, quote it" : "";
    return WhenExpression.invalid(text, token.position(), "expected an operator between '" + before.text()
        + "' and '" + token.text() + "'" + hint);
  }
}
