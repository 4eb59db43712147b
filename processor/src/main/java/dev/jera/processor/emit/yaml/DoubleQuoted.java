package dev.jera.processor.emit.yaml;

/**
 * A string in YAML's double quotes with JSON's escapes only ({@code \" \\ \b \f \n \r \t} and
 * {@code \}{@code uXXXX}), which every YAML reader knows: SnakeYAML's emitter also uses YAML's own
 * {@code \N \_ \L \P \x}, which YAML 1.2 readers such as snakeyaml-engine do not all accept.
 */
final class DoubleQuoted {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private DoubleQuoted() {}

  static String of(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
          if (pair) {
            out.append(c).append(value.charAt(++i));
          } else if (c < 0x20 || c >= 0x7f && c <= 0xa0 || c == '\u2028' || c == '\u2029' || c == '\ufeff'
              || c == '\ufffe' || c == '\uffff' || Character.isSurrogate(c)) {
            out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }
}
