package dev.jera.argo.go;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a Go regular expression (RE2 syntax, as {@code =~} and {@code !~} use) into a
 * {@link java.util.regex.Pattern} that matches the same strings.
 *
 * <p>The two syntaxes mostly agree; this class rewrites where they do not, so that an expression behaves
 * the same locally as on the cluster:
 *
 * <ul>
 *   <li>What RE2 refuses is refused here, although Java would accept it: lookarounds, atomic groups,
 *       backreferences, possessive and nested repetitions, and escapes such as {@code \h} or {@code \Z}.
 *   <li>Where Java reads the same text differently, it is translated: {@code $} (end of text only, unless
 *       {@code (?m)}), {@code \s} (no vertical tab), {@code \v} (the vertical tab itself), {@code \b} (ASCII
 *       words), octal escapes, POSIX classes such as {@code [[:alpha:]]}, a {@code [} or {@code &} inside a
 *       class, a {@code {} that is not a repetition, scripts such as {@code \p{Greek}}, and named groups.
 *   <li>Only {@code \n} ends a line, and {@code (?i)} folds Unicode case, as in Go.
 * </ul>
 *
 * <p>Known gap: the {@code U} flag (swap greedy and lazy) has no Java equivalent and is reported as
 * unsupported.
 */
public final class GoRegex {

  private static final String WORD = "[0-9A-Za-z_]";
  private static final String WORD_BOUNDARY =
      "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";
  private static final String NOT_WORD_BOUNDARY =
      "(?:(?<=" + WORD + ")(?=" + WORD + ")|(?<!" + WORD + ")(?!" + WORD + "))";
  private static final String GO_SPACES = "\\t\\n\\f\\r ";

  private static final Map<String, String> POSIX_CLASSES =
      Map.ofEntries(
          Map.entry("alnum", "Alnum"),
          Map.entry("alpha", "Alpha"),
          Map.entry("ascii", "ASCII"),
          Map.entry("blank", "Blank"),
          Map.entry("cntrl", "Cntrl"),
          Map.entry("digit", "Digit"),
          Map.entry("graph", "Graph"),
          Map.entry("lower", "Lower"),
          Map.entry("print", "Print"),
          Map.entry("punct", "Punct"),
          Map.entry("space", "Space"),
          Map.entry("upper", "Upper"),
          Map.entry("word", "Word"),
          Map.entry("xdigit", "XDigit"));

  /** Go's limit on a counted repetition such as {@code a{2,5}}. */
  private static final int MAX_REPEAT = 1000;

  private final String source;
  private final StringBuilder out = new StringBuilder();
  private final Deque<Boolean> enclosingMultiline = new ArrayDeque<>();
  private int at;
  private boolean multiline;
  /** The last thing written was a repetition operator, which RE2 does not let repeat again. */
  private boolean afterRepeat;
  /** The repetition just written was already made lazy with {@code ?}. */
  private boolean afterLazy;

  private GoRegex(String source) {
    this.source = source;
  }

  /** A compiled Go regular expression; it prints as its Go source, as Go's {@code *regexp.Regexp} does. */
  public record Compiled(String source, Pattern pattern) {
    /** Whether the expression matches anywhere in {@code text}, as Go's {@code Regexp.MatchString}. */
    public boolean matchesIn(String text) {
      return pattern.matcher(text).find();
    }

    @Override
    public String toString() {
      return source;
    }
  }

  /**
   * Compiles {@code source}, read as a Go regular expression.
   *
   * @throws IllegalArgumentException when Go would not compile it; the message says why in plain words
   */
  public static Compiled compile(String source) {
    String java = new GoRegex(source).translate();
    try {
      return new Compiled(source, Pattern.compile(java, Pattern.UNIX_LINES | Pattern.UNICODE_CASE));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(e.getDescription(), e);
    }
  }

  private String translate() {
    while (at < source.length()) {
      char c = source.charAt(at);
      switch (c) {
        case '\\':
          escape();
          break;
        case '[':
          characterClass();
          break;
        case '(':
          openGroup();
          break;
        case ')':
          if (enclosingMultiline.isEmpty()) {
            throw invalid("unexpected ')'");
          }
          multiline = enclosingMultiline.pop();
          emit(")");
          at++;
          break;
        case '$':
          // Go's $ matches only at the very end unless (?m); Java's also before a final newline.
          emit(multiline ? "$" : "\\z");
          at++;
          break;
        case '*':
        case '+':
        case '?':
          repeat(String.valueOf(c), c == '?');
          at++;
          break;
        case '{':
          countedRepeatOrBrace();
          break;
        default:
          emit(String.valueOf(c));
          at++;
      }
    }
    if (!enclosingMultiline.isEmpty()) {
      throw invalid("missing closing ')'");
    }
    return out.toString();
  }

  private void emit(String text) {
    out.append(text);
    afterRepeat = false;
    afterLazy = false;
  }

  private void repeat(String operator, boolean canBeLazy) {
    if (afterRepeat) {
      if (canBeLazy && !afterLazy) {
        out.append('?');
        afterLazy = true;
        return;
      }
      throw invalid("invalid nested repetition operator '" + operator + "'");
    }
    out.append(operator);
    afterRepeat = true;
  }

  private void countedRepeatOrBrace() {
    int close = source.indexOf('}', at);
    String body = close < 0 ? "" : source.substring(at + 1, close);
    if (!body.matches("[0-9]+(,[0-9]*)?")) {
      // Go reads a brace that does not start a repetition as a literal; Java would reject it.
      emit("\\{");
      at++;
      return;
    }
    String[] bounds = body.split(",", -1);
    long min = bound(bounds[0]);
    long max = bounds.length == 1 ? min : bounds[1].isEmpty() ? -1 : bound(bounds[1]);
    if (min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && max < min)) {
      throw invalid("invalid repeat count '{" + body + "}'");
    }
    repeat("{" + body + "}", false);
    at = close + 1;
  }

  /** A repetition bound; anything too long to be a number counts as too large. */
  private static long bound(String digits) {
    return digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
  }

  private void openGroup() {
    enclosingMultiline.push(multiline);
    if (!source.startsWith("(?", at)) {
      emit("(");
      at++;
      return;
    }
    if (source.startsWith("(?P<", at) || (source.startsWith("(?<", at) && !source.startsWith("(?<=", at)
        && !source.startsWith("(?<!", at))) {
      int nameStart = source.indexOf('<', at) + 1;
      int nameEnd = source.indexOf('>', nameStart);
      String name = nameEnd < 0 ? "" : source.substring(nameStart, nameEnd);
      if (!name.matches("[0-9A-Za-z_]+")) {
        throw invalid("invalid named capture '" + source.substring(at, Math.max(nameEnd + 1, nameStart)) + "'");
      }
      // A plain group: Java's rules for group names are stricter than Go's, and names are never used here.
      emit("(");
      at = nameEnd + 1;
      return;
    }
    for (String perl : new String[] {"(?=", "(?!", "(?<=", "(?<!", "(?>"}) {
      if (source.startsWith(perl, at)) {
        throw invalid("invalid or unsupported Perl syntax '" + perl + "'");
      }
    }
    int end = at + 2;
    while (end < source.length() && "imsU-".indexOf(source.charAt(end)) >= 0) {
      end++;
    }
    String flags = source.substring(at + 2, end);
    char terminator = end < source.length() ? source.charAt(end) : 0;
    if ((terminator != ')' && terminator != ':') || !validFlags(flags)) {
      throw invalid("invalid or unsupported Perl syntax '" + source.substring(at, Math.min(end + 1,
          source.length())) + "'");
    }
    if (flags.isEmpty() && terminator == ')') {
      // Go accepts (?) and changes nothing; Java would refuse it.
      enclosingMultiline.pop();
      at = end + 1;
      return;
    }
    if (flags.indexOf('U') >= 0) {
      throw invalid("the U flag (ungreedy) of '" + source.substring(at, end + 1) + "' is not supported");
    }
    boolean on = true;
    boolean newMultiline = multiline;
    for (char flag : flags.toCharArray()) {
      if (flag == '-') {
        on = false;
      } else if (flag == 'm') {
        newMultiline = on;
      }
    }
    emit("(?" + flags + terminator);
    at = end + 1;
    if (terminator == ')') {
      // (?m) changes the flags for the rest of the enclosing group; it opens no group of its own.
      enclosingMultiline.pop();
    }
    multiline = newMultiline;
  }

  /** Go's flag syntax: flags, optionally one dash and the flags it clears, never ending with the dash. */
  private static boolean validFlags(String flags) {
    int dash = flags.indexOf('-');
    return !flags.endsWith("-") && (dash < 0 || flags.indexOf('-', dash + 1) < 0);
  }

  private void characterClass() {
    StringBuilder cls = new StringBuilder("[");
    at++;
    if (at < source.length() && source.charAt(at) == '^') {
      cls.append('^');
      at++;
    }
    boolean first = true;
    while (true) {
      if (at >= source.length()) {
        throw invalid("missing closing ']'");
      }
      char c = source.charAt(at);
      if (c == ']' && !first) {
        at++;
        break;
      }
      first = false;
      if (c == '[' && source.startsWith("[:", at) && source.indexOf(":]", at + 2) >= 0) {
        cls.append(posixClass());
      } else if (c == '\\') {
        cls.append(classEscape());
      } else if (c == '[' || c == ']' || c == '&') {
        // Go reads these literally inside a class; Java would nest, close or intersect.
        cls.append('\\').append(c);
        at++;
      } else {
        cls.append(c);
        at++;
      }
    }
    emit(cls.append(']').toString());
  }

  private String posixClass() {
    int end = source.indexOf(":]", at + 2);
    String name = source.substring(at + 2, end);
    boolean negated = name.startsWith("^");
    String javaName = POSIX_CLASSES.get(negated ? name.substring(1) : name);
    if (javaName == null) {
      throw invalid("invalid character class '[:" + name + ":]'");
    }
    at = end + 2;
    if (javaName.equals("Word")) {
      return negated ? "\\W" : "\\w";
    }
    return (negated ? "\\P{" : "\\p{") + javaName + "}";
  }

  /** An escape outside a class. */
  private void escape() {
    char c = escapedChar();
    switch (c) {
      case 'A':
      case 'z':
      case 'd':
      case 'D':
      case 'w':
      case 'W':
        emit("\\" + c);
        at += 2;
        return;
      case 's':
        emit("[" + GO_SPACES + "]");
        at += 2;
        return;
      case 'S':
        emit("[^" + GO_SPACES + "]");
        at += 2;
        return;
      case 'b':
        emit(WORD_BOUNDARY);
        at += 2;
        return;
      case 'B':
        emit(NOT_WORD_BOUNDARY);
        at += 2;
        return;
      case 'Q':
        int end = source.indexOf("\\E", at + 2);
        String quoted = end < 0 ? source.substring(at + 2) : source.substring(at + 2, end);
        emit(quoted.isEmpty() ? "" : Pattern.quote(quoted));
        at = end < 0 ? source.length() : end + 2;
        return;
      default:
        emit(commonEscape(c, false));
    }
  }

  /** An escape inside a class. */
  private String classEscape() {
    char c = escapedChar();
    switch (c) {
      case 'd':
      case 'D':
      case 'w':
      case 'W':
        at += 2;
        return "\\" + c;
      case 's':
        at += 2;
        return GO_SPACES;
      case 'S':
        at += 2;
        return "[^" + GO_SPACES + "]";
      default:
        return commonEscape(c, true);
    }
  }

  private char escapedChar() {
    if (at + 1 >= source.length()) {
      throw invalid("trailing backslash at end of expression");
    }
    return source.charAt(at + 1);
  }

  /** Escapes Go allows both inside and outside a class; advances past them. */
  private String commonEscape(char c, boolean inClass) {
    if (c < 0x80 && !Character.isLetterOrDigit(c)) {
      at += 2;
      return "\\" + c;
    }
    switch (c) {
      case 'a':
        at += 2;
        return "\\x07";
      case 'f':
      case 'n':
      case 'r':
      case 't':
        at += 2;
        return "\\" + c;
      case 'v':
        at += 2;
        return "\\x0B";
      case 'x':
        return hexEscape();
      case 'p':
      case 'P':
        return unicodeClass(c == 'P');
      default:
        if (c >= '0' && c <= '7') {
          return octalEscape();
        }
        String shown = "\\" + c;
        throw invalid("invalid escape sequence '" + shown + "'" + (inClass && c == 'b' ? " inside [...]" : ""));
    }
  }

  private String octalEscape() {
    int start = at + 1;
    int end = start + 1;
    while (end < source.length() && end < start + 3 && source.charAt(end) >= '0' && source.charAt(end) <= '7') {
      end++;
    }
    // A lone \1 to \7 would be a backreference, which RE2 does not support.
    if (source.charAt(start) != '0' && end == start + 1) {
      throw invalid("invalid escape sequence '\\" + source.charAt(start) + "' (backreferences are not supported)");
    }
    int value = Integer.parseInt(source.substring(start, end), 8);
    at = end;
    return String.format("\\x{%X}", value);
  }

  private String hexEscape() {
    int start = at;
    if (source.startsWith("\\x{", at)) {
      int close = source.indexOf('}', at);
      String digits = close < 0 ? "" : source.substring(at + 3, close);
      String significant = digits.replaceFirst("^0+(?=.)", "");
      if (!digits.matches("[0-9A-Fa-f]+") || significant.length() > 6
          || Integer.parseInt(significant, 16) > Character.MAX_CODE_POINT) {
        throw invalid("invalid escape sequence '" + source.substring(start, close < 0 ? source.length()
            : close + 1) + "'");
      }
      at = close + 1;
      return "\\x{" + digits + "}";
    }
    String digits = source.substring(at + 2, Math.min(at + 4, source.length()));
    if (!digits.matches("[0-9A-Fa-f]{2}")) {
      throw invalid("invalid escape sequence '\\x" + digits + "'");
    }
    at += 4;
    return "\\x" + digits;
  }

  private String unicodeClass(boolean negated) {
    String name;
    if (source.startsWith("{", at + 2)) {
      int close = source.indexOf('}', at);
      if (close < 0) {
        throw invalid("invalid character class range '" + source.substring(at) + "'");
      }
      name = source.substring(at + 3, close);
      at = close + 1;
    } else if (at + 2 < source.length()) {
      name = source.substring(at + 2, at + 3);
      at += 3;
    } else {
      throw invalid("invalid character class range '" + source.substring(at) + "'");
    }
    if (name.startsWith("^")) {
      negated = !negated;
      name = name.substring(1);
    }
    String javaName;
    if (name.equals("Any")) {
      return negated ? "[^\\x{0}-\\x{10FFFF}]" : "[\\x{0}-\\x{10FFFF}]";
    } else if (name.matches("[A-Z][a-z]?")) {
      javaName = name; // a general category such as L or Lu
    } else if (name.matches("[A-Za-z_]+")) {
      javaName = "Is" + name; // a script such as Greek; Java names scripts with an Is prefix
    } else {
      throw invalid("invalid character class range '\\p{" + name + "}'");
    }
    return (negated ? "\\P{" : "\\p{") + javaName + "}";
  }

  private IllegalArgumentException invalid(String reason) {
    return new IllegalArgumentException(reason);
  }
}
