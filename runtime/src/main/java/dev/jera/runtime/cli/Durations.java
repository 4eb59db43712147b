package dev.jera.runtime.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Durations as people read them: {@code 0.42s}, {@code 12.3s}, {@code 4m05s}. */
public final class Durations {
  private Durations() {}

  /** The time from {@code start} to {@code end}; {@code -} when either is unknown. */
  public static String between(Instant start, Instant end) {
    if (start == null || end == null) {
      return "-";
    }
    return of(Duration.between(start, end));
  }

  /** {@code duration} as people read it. */
  public static String of(Duration duration) {
    double seconds = duration.toMillis() / 1000.0;
    if (seconds < 10) {
      return String.format(Locale.ROOT, "%.2fs", seconds);
    }
    if (seconds < 60) {
      return String.format(Locale.ROOT, "%.1fs", seconds);
    }
    long whole = duration.getSeconds();
    return String.format(Locale.ROOT, "%dm%02ds", whole / 60, whole % 60);
  }
}
