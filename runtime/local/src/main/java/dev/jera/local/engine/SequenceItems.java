package dev.jera.local.engine;

import dev.jera.argo.go.GoJson;
import dev.jera.argo.go.GoPrintf;
import dev.jera.local.manifest.SequenceRange;
import dev.jera.local.values.Variables;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands a {@code withSequence} into its items as Argo's {@code expandSequence} does: {@code end}, else
 * {@code start + count - 1}; from {@code start} (default 0) up to {@code end}, or down when
 * {@code start > end}; each number formatted with {@code format} (Go's printf, default {@code %d}) and
 * held as a JSON string. {@code count: 0} gives no items.
 */
final class SequenceItems {
  private SequenceItems() {}

  /**
   * The items, each as the raw JSON string {@link LoopItem} takes.
   *
   * @throws IllegalArgumentException with Argo's message when a bound is not a whole number, or
   *     neither {@code count} nor {@code end} is given
   */
  static List<String> expand(SequenceRange sequence, Variables scope) {
    String count = scope.substitute(sequence.count());
    String start = scope.substitute(sequence.start());
    String end = scope.substitute(sequence.end());
    String format = scope.substitute(sequence.format());
    long first = start == null ? 0 : atoi(start);
    long last;
    if (end != null) {
      last = atoi(end);
    } else if (count != null) {
      long n = atoi(count);
      if (n == 0) {
        return List.of();
      }
      last = first + n - 1;
    } else {
      throw new IllegalArgumentException("neither end nor count was specified in withSequence");
    }
    String pattern = format == null || format.isEmpty() ? "%d" : format;
    List<String> items = new ArrayList<>();
    long step = first <= last ? 1 : -1;
    for (long i = first; step > 0 ? i <= last : i >= last; i += step) {
      String item = "\"" + GoPrintf.format(pattern, i) + "\"";
      if (!GoJson.isValid(item)) {
        throw new IllegalArgumentException("withSequence item " + item + " is not a valid JSON string (format '" + pattern + "')");
      }
      items.add(item);
    }
    return items;
  }

  /** Go's {@code strconv.Atoi}: an optional sign and decimal digits, nothing else. */
  private static long atoi(String text) {
    if (!text.matches("[+-]?[0-9]+")) {
      throw new IllegalArgumentException("strconv.Atoi: parsing " + GoJson.quote(text) + ": invalid syntax");
    }
    try {
      return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("strconv.Atoi: parsing " + GoJson.quote(text) + ": value out of range");
    }
  }
}
