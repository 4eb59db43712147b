package dev.jera.processor.model;

import java.util.Optional;

/**
 * What a {@code CRON_WORKFLOW} sets beyond its schedules and time zone, each only when written.
 *
 * @param concurrencyPolicy {@code Allow}, {@code Forbid} or {@code Replace}, as written
 * @param suspend set when {@code suspend} is written, with its value
 * @param when the condition checked before each scheduled run
 * @param stopStrategy the condition that stops scheduling for good
 */
public record CronSettings(
    Optional<Text> concurrencyPolicy,
    Optional<Number> startingDeadlineSeconds,
    Optional<Number> successfulJobsHistoryLimit,
    Optional<Number> failedJobsHistoryLimit,
    Optional<Flag> suspend,
    Optional<Text> when,
    Optional<Text> stopStrategy) {

  public static final CronSettings NONE =
      new CronSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty());

  /** A whole number written for an attribute, and where. */
  public record Number(int value, Site site) {}

  /** A boolean written for an attribute, and where. */
  public record Flag(boolean value, Site site) {}
}
