package dev.jera.local.console;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Durations as people read them: {@code 0.42s}, {@code 12.3s}, {@code 4m05s} for how long something
 * took; {@code 30s}, {@code 1m30s}, {@code 500ms} for a wait, as a {@code @Retry} backoff is written.
 */
public final class Durations {
  private Durations() {}

  public static String between(Instant start, Instant end) {
    if (start == null || end == null) {
      return "-";
    }
    return of(Duration.between(start, end));
  }

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

  /** A wait as Go writes a duration, without zero fractions: {@code 30s}, {@code 2m}, {@code 1h0m5s}, {@code 250ms}. */
  static String ofWait(Duration wait) {
    if (wait.isZero()) {
      return "0s";
    }
    if (wait.compareTo(Duration.ofSeconds(1)) < 0) {
      long micros = wait.toNanos() / 1000;
      return micros % 1000 == 0 ? micros / 1000 + "ms" : String.format(Locale.ROOT, "%.3fms", wait.toNanos() / 1e6);
    }
    long hours = wait.toHours();
    int minutes = wait.toMinutesPart();
    double seconds = wait.toSecondsPart() + wait.toNanosPart() / 1e9;
    StringBuilder text = new StringBuilder();
    if (hours > 0) {
      text.append(hours).append('h');
    }
    if (minutes > 0 || hours > 0 && seconds > 0) {
      text.append(minutes).append('m');
    }
    if (seconds > 0) {
      String number = String.format(Locale.ROOT, "%.3f", seconds).replaceAll("\\.?0+$", "");
      text.append(number).append('s');
    }
    return text.toString();
  }

  /** A moment on this machine's clock: {@code 12:00:31}, with the date when it is not {@code today}. */
  static String clock(Instant when, Instant today, ZoneId zone) {
    ZonedDateTime local = when.atZone(zone);
    boolean sameDay = LocalDate.ofInstant(today, zone).equals(local.toLocalDate());
    return local.format(DateTimeFormatter.ofPattern(sameDay ? "HH:mm:ss" : "yyyy-MM-dd HH:mm:ss", Locale.ROOT));
  }
}
