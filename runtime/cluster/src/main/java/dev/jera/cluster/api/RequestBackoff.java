package dev.jera.cluster.api;

import java.time.Duration;
import java.util.Locale;

/**
 * How often and how long to wait before trying a request again: {@code attempts} tries in all,
 * waiting {@code first}, then twice as long each time, at most {@code longest}.
 *
 * @param attempts the tries in all, at least 1
 * @param first the wait before the second try
 * @param longest the longest wait
 */
public record RequestBackoff(int attempts, Duration first, Duration longest) {

  /** Five tries over about fifteen seconds: enough for a server restart or a proxy's hiccup. */
  public static final RequestBackoff DEFAULT = new RequestBackoff(5, Duration.ofMillis(500), Duration.ofSeconds(8));

  /** Checks the values. */
  public RequestBackoff {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
    }
  }

  /** The wait after failed try {@code attempt} (1 for the first). */
  public Duration delay(int attempt) {
    Duration delay = first;
    for (int i = 1; i < attempt && delay.compareTo(longest) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(longest) > 0 ? longest : delay;
  }

  /** Waits {@code delay}; an interrupt ends the wait and is kept. */
  public static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How a wait reads in messages: {@code 500ms}, {@code 2s}. */
  public static String describe(Duration delay) {
    long millis = delay.toMillis();
    return millis < 1000 ? millis + "ms" : (millis % 1000 == 0 ? millis / 1000 + "s" : String.format(Locale.ROOT, "%.1fs", millis / 1000.0));
  }
}
