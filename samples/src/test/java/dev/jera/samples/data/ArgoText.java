package dev.jera.samples.data;

/** Test helpers for showing strings and computing what Argo makes of them, written from Argo's rules. */
final class ArgoText {
  private ArgoText() {}

  /**
   * Argo's {@code {{item}}} for a string item of {@code withItems} ({@code wfv1.Item.String()}): the
   * JSON Go's {@code encoding/json} writes for the manifest's string, without its quotes, with
   * {@code jsonutil.Fix} undoing the HTML escapes of {@code < > &}. Go escapes {@code "}, {@code \},
   * control characters ({@code \b \f \n \r \t} short, others as lowercase hex escapes) and U+2028/U+2029.
   */
  static String withItemsText(String s) {
    return escaped(s, "\\" + "u%04x");
  }

  /**
   * Argo's {@code {{item}}} for a string element of a {@code withParam} list: the element's JSON as its
   * producer wrote it (a runner writes through Jackson, which escapes other control characters in
   * upper-case hex), compacted by Go, which escapes U+2028/U+2029.
   */
  static String withParamText(String s) {
    return escaped(s, "\\" + "u%04X");
  }

  private static String escaped(String s, String controlFormat) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\u2028': out.append("\\" + "u2028"); break;
        case '\u2029': out.append("\\" + "u2029"); break;
        default:
          out.append(c < 0x20 ? String.format(controlFormat, (int) c) : String.valueOf(c));
      }
    }
    return out.toString();
  }

  /** {@code s} with every character outside printable ASCII shown as an escape, for messages. */
  static String show(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        out.append((char) c);
      } else {
        out.append(String.format("\\u{%x}", c));
      }
    });
    return out.append('"').toString();
  }
}
