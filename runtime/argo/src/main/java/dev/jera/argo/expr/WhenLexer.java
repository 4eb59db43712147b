package dev.jera.argo.expr;

import dev.jera.argo.expr.WhenToken.Kind;
import dev.jera.argo.go.GoTimeLiterals;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Splits a {@code when} expression into tokens exactly where govaluate's lexer ({@code parsing.go}) does.
 *
 * <p>Its rules are not the usual ones, and they decide what users can write unquoted:
 *
 * <ul>
 *   <li>A word starts with a letter and goes on with letters, digits and {@code _}. A word with a dot
 *       ({@code v1.2}, {@code a.b}) is a field access to govaluate, which Argo cannot evaluate, so it is
 *       refused here with a hint to quote it. A word cannot start with {@code _} or hold {@code -}: in
 *       {@code my-value} the dash is a minus.
 *   <li>A number is a run of digits and dots, always a {@code float64}; there is no exponent or hex form.
 *   <li>A string starts with {@code '} or {@code "} and ends at the next {@code '} or {@code "},
 *       whichever it is; a backslash takes the next character as it is. A string that fits one of Go's date
 *       layouts becomes a date ({@link GoTimeLiterals}). {@code [any text]} is a word too.
 *   <li>Any other run of symbol characters, up to a space, a letter, a digit, a quote or a parenthesis, is
 *       one operator: {@code a==-1} holds the unknown operator {@code ==-}.
 *   <li>{@code -}, {@code !} and {@code ~} are prefix operators where a value is expected (at the start,
 *       after {@code (}, a binary operator or {@code ,}); elsewhere {@code -} is a minus.
 * </ul>
 */
final class WhenLexer {

  /** A number as govaluate reads one; other runs of digits and dots are not numbers. */
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+\\.?[0-9]*|\\.[0-9]+");

  private final String text;
  private final List<WhenToken> tokens = new ArrayList<>();
  private int at;

  private WhenLexer(String text) {
    this.text = text;
  }

  /** The tokens of {@code text}; throws {@link ExpressionException} at the first character govaluate refuses. */
  static List<WhenToken> tokenize(String text) {
    WhenLexer lexer = new WhenLexer(text);
    lexer.run();
    return List.copyOf(lexer.tokens);
  }

  private void run() {
    while (true) {
      while (at < text.length() && isGoSpace(text.codePointAt(at))) {
        at += Character.charCount(text.codePointAt(at));
      }
      if (at >= text.length()) {
        return;
      }
      int start = at;
      int c = text.codePointAt(at);
      if (Character.isDigit(c) || c == '.') {
        number(start);
      } else if (c == ',') {
        at++;
        add(Kind.OPERATOR, start, null, WhenOperator.SEPARATE);
      } else if (c == '[') {
        bracketedWord(start);
      } else if (Character.isLetter(c)) {
        word(start);
      } else if (c == '\'' || c == '"') {
        string(start);
      } else if (c == '(' || c == ')') {
        at++;
        add(c == '(' ? Kind.OPEN : Kind.CLOSE, start, null, null);
      } else {
        symbol(start);
      }
    }
  }

  private void number(int start) {
    String run = readRun(c -> Character.isDigit(c) || c == '.');
    double value = DECIMAL.matcher(run).matches() ? Double.parseDouble(run) : Double.NaN;
    // Go's ParseFloat also refuses a number too large for a float64, which Java would make infinite.
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw WhenExpression.invalid(text, start, "'" + run + "' is not a number");
    }
    add(Kind.NUMBER, start, value, null);
  }

  private void word(int start) {
    String run = readRun(c -> Character.isLetterOrDigit(c) || c == '_' || c == '.');
    if (run.equals("true") || run.equals("false")) {
      add(Kind.BOOLEAN, start, Boolean.valueOf(run), null);
    } else if (run.equals("in") || run.equals("IN")) {
      add(Kind.OPERATOR, start, null, WhenOperator.IN);
    } else if (run.indexOf('.') >= 0) {
      // govaluate reads a.b as a field access, or fails on a lower-case field; Argo turns only plain
      // variables into strings, so a dotted word can never be evaluated.
      throw WhenExpression.invalid(text, start, "'" + run + "' holds a dot, which govaluate reads as a field"
          + " access that Argo cannot evaluate; quote it to use it as text: '" + run + "'");
    } else {
      add(Kind.WORD, start, run, null);
    }
  }

  private void bracketedWord(int start) {
    at++;
    String name = readUntil(c -> c != ']');
    if (at >= text.length()) {
      throw WhenExpression.invalid(text, start, "'[' starts a bracketed name that is never closed with ']'");
    }
    at++;
    add(Kind.WORD, start, name, null);
  }

  private void string(int start) {
    at++;
    String value = readUntil(c -> c != '\'' && c != '"');
    if (at >= text.length()) {
      throw WhenExpression.invalid(text, start,
          "the string that starts here is never closed (a string ends at the next ' or \")");
    }
    at++;
    OptionalDouble time = GoTimeLiterals.epochSeconds(value);
    if (time.isPresent()) {
      add(Kind.TIME, start, time.getAsDouble(), null);
    } else {
      add(Kind.STRING, start, value, null);
    }
  }

  private void symbol(int start) {
    String run = readRun(c -> !(Character.isLetterOrDigit(c) || c == '(' || c == ')' || c == '[' || c == ']'
        || c == '\'' || c == '"'));
    if (run.isEmpty()) {
      // Only a stray ']' gets here: it stops a symbol run before the run has begun.
      throw WhenExpression.invalid(text, start, "']' closes no '['");
    }
    if (prefixAllowed() && WhenOperator.prefix(run).isPresent()) {
      add(Kind.PREFIX, start, null, WhenOperator.prefix(run).get());
      return;
    }
    WhenOperator operator = WhenOperator.binary(run)
        .orElseThrow(() -> WhenExpression.invalid(text, start, notAnOperator(run)));
    add(Kind.OPERATOR, start, null, operator);
  }

  private static String notAnOperator(String run) {
    String problem = "'" + run + "' is not an operator";
    if (run.equals("=") || run.equals("===")) {
      return problem + "; compare with '=='";
    }
    if (run.equals("!==")) {
      return problem + "; compare with '!='";
    }
    for (int length = run.length() - 1; length > 0; length--) {
      String head = run.substring(0, length);
      if (WhenOperator.binary(head).isPresent() || WhenOperator.prefix(head).isPresent() || head.equals(",")) {
        return problem + "; govaluate reads a run of symbols as one operator, so put a space after '" + head + "'";
      }
    }
    return problem + "; if it is part of a value, quote the value";
  }

  /** Where govaluate's lexer state allows a prefix operator: where a value must come next. */
  private boolean prefixAllowed() {
    if (tokens.isEmpty()) {
      return true;
    }
    Kind last = tokens.get(tokens.size() - 1).kind();
    return last == Kind.OPEN || last == Kind.OPERATOR;
  }

  /**
   * Reads a word, number or symbol run as govaluate's {@code readTokenUntilFalse} does: characters that
   * {@code accepts}, up to the first space or other character; a backslash takes the next character as it is.
   */
  private String readRun(IntPredicate accepts) {
    StringBuilder run = new StringBuilder();
    while (at < text.length()) {
      int c = text.codePointAt(at);
      if (c == '\\') {
        run.appendCodePoint(escaped());
        continue;
      }
      if (isGoSpace(c) || !accepts.test(c)) {
        break;
      }
      run.appendCodePoint(c);
      at += Character.charCount(c);
    }
    return run.toString();
  }

  /** Reads the inside of a string or bracketed name, spaces included, up to a character {@code accepts} refuses. */
  private String readUntil(IntPredicate accepts) {
    StringBuilder value = new StringBuilder();
    while (at < text.length()) {
      int c = text.codePointAt(at);
      if (c == '\\') {
        value.appendCodePoint(escaped());
        continue;
      }
      if (!accepts.test(c)) {
        break;
      }
      value.appendCodePoint(c);
      at += Character.charCount(c);
    }
    return value.toString();
  }

  private int escaped() {
    if (at + 1 >= text.length()) {
      throw WhenExpression.invalid(text, at, "a backslash at the end of the expression escapes nothing");
    }
    int c = text.codePointAt(at + 1);
    at += 1 + Character.charCount(c);
    return c;
  }

  private void add(Kind kind, int start, Object value, WhenOperator operator) {
    tokens.add(new WhenToken(kind, start, text.substring(start, at), value, operator));
  }

  /** Go's {@code unicode.IsSpace}: Latin-1 spaces, including NEL and no-break space, and Unicode's. */
  static boolean isGoSpace(int c) {
    switch (c) {
      case '\t':
      case '\n':
      case 0x0B:
      case '\f':
      case '\r':
      case ' ':
      case 0x85:
      case 0xA0:
        return true;
      default:
        int type = Character.getType(c);
        return c > 0xFF && (type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR);
    }
  }
}
