package dev.jera.argo;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the known name a user most likely meant, for hints such as {@code did you mean "extract"?}.
 *
 * <p>Names are compared after lower-casing and dropping {@code -}, {@code _} and spaces, so
 * {@code fetchData}, {@code fetch-data} and {@code FETCH_DATA} count as the same name. The distance is
 * Levenshtein's with adjacent transpositions counted as one edit (optimal string alignment), because
 * swapped letters are the commonest typo.
 */
public final class DidYouMean {
  private DidYouMean() {}

  /**
   * Returns the candidate closest to {@code input}, or empty when none is close enough.
   *
   * <p>A candidate qualifies when its distance is at most a third of the input's length (at least 1,
   * and 2 from four letters on, so {@code mood} finds {@code mode}), and smaller than the longer of
   * the two names, so a one-letter input never "matches" an unrelated
   * one-letter name. Of equally close candidates the first in iteration order wins.
   *
   * @param input what the user wrote
   * @param candidates the names that exist, in order of preference
   * @return the candidate as spelled in {@code candidates}
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(candidates, "candidates");
    String wanted = normalise(input);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    int limit = wanted.length() < 4 ? 1 : Math.max(2, wanted.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String known = normalise(candidate);
      // Cheap bound: lengths alone already differ by more than the limit.
      if (Math.abs(known.length() - wanted.length()) > limit) {
        continue;
      }
      int d = distance(wanted, known);
      if (d <= limit && d < Math.max(wanted.length(), known.length()) && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code "; did you mean 'x'?"} for the closest candidate, or nothing when none is close. */
  public static String hint(String input, Collection<String> candidates) {
    return closest(input, candidates).map(name -> "; did you mean '" + name + "'?").orElse("");
  }

  /** Lower-cases and drops the separators people swap freely ({@code -}, {@code _}, spaces). */
  static String normalise(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.toLowerCase(Locale.ROOT).codePoints()
        .filter(cp -> cp != '-' && cp != '_' && cp != ' ')
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
  static int distance(String a, String b) {
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
