package dev.jera.processor.emit.yaml;

/**
 * Whether YAML's grammar lets a one-line string stand plain in a block mapping or sequence, by the rules
 * SnakeYAML's emitter applied when it wrote Jera's manifests (so they stay byte for byte the same): it
 * must not start with an indicator or a document marker, nor start or end with a space, nor hold a
 * {@code ": "} or a {@code " #"}. Whether a reader would then take it for a number or a word is
 * {@link YamlScalars}' question, asked first.
 */
final class PlainGrammar {
  private static final String LEADING_INDICATORS = "#,[]{}&*!|>'\"%@`";

  private PlainGrammar() {}

  /** {@code value}: not empty, no line break, nothing {@link YamlScalars#needsEscapes} would escape. */
  static boolean allows(String value) {
    int last = value.length() - 1;
    char first = value.charAt(0);
    if (value.startsWith("---") || value.startsWith("...")
        || first == ' ' || value.charAt(last) == ' '
        || LEADING_INDICATORS.indexOf(first) >= 0
        || (first == '?' || first == ':' || first == '-') && (last == 0 || blankOrBreak(value.charAt(1)))
        || leadingZeroNumber(value)) {
      return false;
    }
    for (int i = 1; i <= last; i++) {
      char c = value.charAt(i);
      if (c == ':' && (i == last || blank(value.charAt(i + 1)))
          || c == '#' && (blank(value.charAt(i - 1)) || lineBreak(value.charAt(i - 1)))) {
        return false;
      }
    }
    return true;
  }

  /** Like {@code 0[0-9_]+}: YAML 1.1's octal, which the emitter never wrote plain. */
  private static boolean leadingZeroNumber(String value) {
    if (value.length() < 2 || value.charAt(0) != '0') {
      return false;
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < '0' || c > '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t' || c == '\0';
  }

  private static boolean blankOrBreak(char c) {
    return blank(c) || c == '\r' || lineBreak(c);
  }

  private static boolean lineBreak(char c) {
    return c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
