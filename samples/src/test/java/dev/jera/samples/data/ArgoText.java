package dev.jera.samples.data;

/** Test helpers for showing strings and computing what Argo makes of them, written from Argo's rules. */
final class ArgoText {
  private ArgoText() {}

  /**
   * Whether Argo can put {@code s} into a template as {@code {{item}}}: it substitutes the text escaped by
   * Go's {@code strconv.Quote} into the template's JSON and parses that again, which fails for the
   * control characters Quote writes as {@code \a}, {@code \v} or {@code \xNN} (not JSON escapes).
   */
  static boolean substitutable(String s) {
    return s.chars().noneMatch(c -> (c < 0x20 && "\b\f\n\r\t".indexOf(c) < 0) || c == 0x7f);
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
