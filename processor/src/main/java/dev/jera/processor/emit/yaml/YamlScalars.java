package dev.jera.processor.emit.yaml;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How Jera writes a string into YAML so that every reader gets that very string back: YAML 1.1
 * readers (Go's yaml.v2, behind {@code sigs.k8s.io/yaml}, which Kubernetes and Argo parse manifests
 * with; SnakeYAML, behind Jackson; PyYAML), and YAML 1.2 readers (yaml.v3, snakeyaml-engine).
 *
 * <p>A string is written plainly only when no reader could take it for something else; otherwise it
 * is quoted. The set quoted is fixed and simple to state, a little wider than any one reader needs:
 *
 * <ul>
 *   <li>the empty string, and the words {@code y n yes no true false on off null ~} in any case;
 *   <li>{@code <<} (YAML 1.1's merge key) and {@code =} (its value key);
 *   <li>what starts like a number: after an optional sign, a digit, {@code _} or {@code .} followed
 *       only by digits, {@code _ . : e E + -} (decimals, floats, exponents, YAML 1.1's sexagesimals and
 *       underscores), {@code 0x 0o 0b} in either case followed by hex digits and {@code _} (Go reads
 *       {@code 0X1F} and {@code 0O17} too), and {@code .inf}/{@code .nan} in their three spellings;
 *   <li>what starts like a date: four digits, a dash, one or two digits, a dash, one or two digits
 *       (YAML 1.1's and Go's timestamps);
 *   <li>the flow indicators {@code [ ] { } ,} anywhere, {@code #} at the start or after a blank, and
 *       {@code :} at the end or before a blank.
 * </ul>
 *
 * <p>Characters that a reader could change are escaped in double quotes: C0 and C1 control
 * characters (tab and carriage return included), DEL, the line separators U+0085, U+2028 and U+2029
 * (line breaks in YAML 1.1, ordinary characters in 1.2), the byte-order mark, U+FFFE/U+FFFF and lone
 * surrogates. Other text with line feeds is written as a literal block ({@code |}), unless its first
 * line is empty or starts with a space or a line ends with one (then double-quoted). Whatever else YAML's
 * grammar does not let stand plain (an indicator at the start, leading or trailing spaces, {@code ---})
 * is single-quoted, as SnakeYAML's emitter, which wrote Jera's manifests before, chose.
 */
public final class YamlScalars {
  private static final Set<String> WORDS = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null", "~");
  private static final Pattern NUMBER_LIKE =
      Pattern.compile("[-+]?(?:[0-9_.][0-9_.:eE+-]*|0[xXoObB][0-9a-fA-F_]*|\\.(?:inf|Inf|INF|nan|NaN|NAN))");
  private static final Pattern DATE_LIKE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");

  private YamlScalars() {}

  /** How a scalar is written. */
  public enum Style {
    PLAIN,
    SINGLE_QUOTED,
    DOUBLE_QUOTED,
    LITERAL
  }

  /** The style {@code value} is written in, as a value or a key of a block mapping or sequence. */
  public static Style style(String value) {
    if (value.isEmpty() || needsEscapes(value)) {
      return Style.DOUBLE_QUOTED;
    }
    if (value.indexOf('\n') >= 0) {
      return fitsLiteralBlock(value) ? Style.LITERAL : Style.DOUBLE_QUOTED;
    }
    if (!mayBePlain(value)) {
      return Style.DOUBLE_QUOTED;
    }
    return PlainGrammar.allows(value) ? Style.PLAIN : Style.SINGLE_QUOTED;
  }

  /**
   * A literal block cannot hold a space at the end of a line (a reader would strip it); a first line
   * that is empty or starts with a space needs an indentation indicator, which readers disagree on
   * (SnakeYAML cannot read back its own block of only line breaks), so such text is double-quoted.
   */
  private static boolean fitsLiteralBlock(String value) {
    char first = value.charAt(0);
    return first != ' ' && first != '\n' && !value.contains(" \n") && !value.endsWith(" ");
  }

  /** Whether some YAML reader would read {@code value}, written plainly, as other than that string. */
  public static boolean readAsOther(String value) {
    if (value.isEmpty()) {
      return true;
    }
    // Cheap tests first: most strings are names, which neither patterns nor words can match.
    char first = value.charAt(0);
    boolean numberLike = first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.' || first == '_';
    return value.length() <= 5 && WORDS.contains(value.toLowerCase(Locale.ROOT))
        || value.equals("<<")
        || value.equals("=")
        || numberLike && (NUMBER_LIKE.matcher(value).matches() || DATE_LIKE.matcher(value).matches());
  }

  private static boolean mayBePlain(String value) {
    return !readAsOther(value) && !hasFlowIndicator(value);
  }

  /** Whether {@code value} holds a character that only an escape in double quotes keeps as it is. */
  static boolean needsEscapes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\n'
          || c >= 0x7f && c <= 0x9f
          || c == '\u2028' || c == '\u2029' || c == '\ufeff' || c == '\ufffe' || c == '\uffff') {
        return true;
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** Jackson's rule, kept so manifests written before stay byte for byte the same. */
  private static boolean hasFlowIndicator(String value) {
    for (int i = 0; i < value.length(); i++) {
      switch (value.charAt(i)) {
        case '[':
        case ']':
        case '{':
        case '}':
        case ',':
          return true;
        case '#':
          if (i == 0 || isBlank(value.charAt(i - 1))) {
            return true;
          }
          break;
        case ':':
          if (i == value.length() - 1 || isBlank(value.charAt(i + 1))) {
            return true;
          }
          break;
        default:
          break;
      }
    }
    return false;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
