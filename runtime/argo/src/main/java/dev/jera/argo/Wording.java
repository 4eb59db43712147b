package dev.jera.argo;

import java.text.Normalizer;
import java.util.List;

/** Wording helpers shared by the checks, so every message quotes and lists things the same way. */
final class Wording {
  private Wording() {}

  /**
   * Quotes {@code s} in double quotes, escaping quotes, backslashes and invisible characters, so a
   * message stays on one line and shows exactly what the user wrote.
   */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (cp != ' ' && isInvisible(cp)) {
            b.append(String.format("\\u%04X", cp));
          } else {
            b.appendCodePoint(cp);
          }
        }
      }
    });
    return b.append('"').toString();
  }

  /** Names one character: {@code '_'}, {@code spaces}, or {@code U+00A0} when it cannot be seen. */
  static String character(int cp) {
    if (cp == ' ') {
      return "spaces";
    }
    if (isInvisible(cp)) {
      return String.format("U+%04X", cp);
    }
    return "'" + new String(Character.toChars(cp)) + "'";
  }

  /** Joins items as people list them: "a", "a and b", "a, b and c". */
  static String and(List<String> items) {
    int n = items.size();
    if (n <= 1) {
      return n == 0 ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
  }

  /** Drops accents ("café" becomes "cafe"), so suggestions keep the letters a user meant. */
  static String withoutAccents(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  private static boolean isInvisible(int cp) {
    int type = Character.getType(cp);
    return Character.isISOControl(cp)
        || Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || type == Character.FORMAT
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE;
  }
}
