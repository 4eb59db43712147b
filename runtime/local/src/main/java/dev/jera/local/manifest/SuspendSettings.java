package dev.jera.local.manifest;

import dev.jera.argo.GoDuration;
import java.time.Duration;

/**
 * A {@code suspend} template's settings.
 *
 * @param duration its {@code duration} as written (seconds, or a Go duration), or {@code null}: until resumed
 */
public record SuspendSettings(String duration) {
  /** Whether it waits until resumed rather than for a while. */
  public boolean indefinite() {
    return duration == null || duration.isEmpty();
  }

  /**
   * Argo's {@code ParseStringToDuration} of {@code text} (its tags substituted): a whole number is seconds,
   * anything else a Go duration.
   *
   * @throws IllegalArgumentException when it is neither
   */
  public static Duration parse(String text) {
    if (GoDuration.isBareInteger(text.strip())) {
      return Duration.ofSeconds(Long.parseLong(text.strip()));
    }
    return GoDuration.parse(text);
  }
}
