package dev.jera.runner;

import java.util.List;
import java.util.Locale;

/**
 * The "did you mean" of an unknown step name given to a runner, by the rule of {@code dev.jera.argo.DidYouMean}
 * (lower-cased, {@code -}, {@code _} and spaces dropped; an optimal string alignment distance of at most a
 * third of the name). A copy, because a step's class path holds nothing of Jera's but this library;
 * {@code StepNameHintAgreementTest} (jera-local) checks that both give the same hint.
 */
final class StepNameHint {
  private StepNameHint() {}

  /** {@code "; did you mean 'x'?"} for the closest step, or nothing when none is close. */
  static String of(String input, List<String> steps) {
    String wanted = normalise(input);
    if (wanted.isEmpty()) {
      return "";
    }
    int limit = wanted.length() < 4 ? 1 : Math.max(2, wanted.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String step : steps) {
      String known = normalise(step);
      if (Math.abs(known.length() - wanted.length()) > limit) {
        continue;
      }
      int d = distance(wanted, known);
      if (d <= limit && d < Math.max(wanted.length(), known.length()) && d < bestDistance) {
        best = step;
        bestDistance = d;
      }
    }
    return best == null ? "" : "; did you mean '" + best + "'?";
  }

  private static String normalise(String s) {
    StringBuilder b = new StringBuilder(s.length());
    String lower = s.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c != '-' && c != '_' && c != ' ') {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[n][m];
  }
}
