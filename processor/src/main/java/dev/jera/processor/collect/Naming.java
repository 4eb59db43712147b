package dev.jera.processor.collect;

/** Java names to Argo's: {@code fetchRates} and {@code FetchRates} both become {@code fetch-rates}. */
public final class Naming {
  private Naming() {}

  /**
   * Kebab-case: a dash before each word that starts with a capital (an acronym counts as one word:
   * {@code parseURLList} is {@code parse-url-list}), {@code _} and {@code $} as dashes, all lower case.
   */
  public static String kebab(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 8);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (c == '_' || c == '$' || c == '-') {
        dash(out);
        continue;
      }
      if (Character.isUpperCase(c) && i > 0) {
        char before = javaName.charAt(i - 1);
        boolean afterWord = Character.isLowerCase(before) || Character.isDigit(before);
        boolean acronymEnds =
            Character.isUpperCase(before)
                && i + 1 < javaName.length()
                && Character.isLowerCase(javaName.charAt(i + 1));
        if (afterWord || acronymEnds) {
          dash(out);
        }
      }
      out.append(Character.toLowerCase(c));
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '-') {
      end--;
    }
    int start = 0;
    while (start < end && out.charAt(start) == '-') {
      start++;
    }
    return out.substring(start, end);
  }

  private static void dash(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
      out.append('-');
    }
  }
}
