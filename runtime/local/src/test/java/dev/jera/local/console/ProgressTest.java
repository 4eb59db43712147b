package dev.jera.local.console;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.local.Backoff;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** What the progress says about retries: when the next attempt starts, in the line view and the live view. */
class ProgressTest {
  private static final ZoneId ZONE = ZoneOffset.UTC;
  private static final String MESSAGE = "Error (exit code 1): java.lang.IllegalStateException: boom";

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** {@code until} as the progress shows it on the day it falls on. */
  private static String clock(Instant until) {
    return DateTimeFormatter.ofPattern("HH:mm:ss").format(until.atZone(ZONE));
  }

  @Test
  void aRetrySaysInHowLongAndAtWhatTimeTheNextAttemptStarts() {
    Instant until = Instant.now().plusSeconds(30);

    new LineProgress(err, ZONE).backoff(
        new Backoff("extract", 1, MESSAGE, true, Duration.ofSeconds(30), until, Duration.ofSeconds(30)));

    assertThat(printed()).startsWith("jera: extract attempt 1 failed: " + MESSAGE + "; will retry in 30s, at ");
    assertThat(printed().strip()).endsWith(clock(until));
  }

  @Test
  void aShortenedWaitAlsoSaysWhatArgoWouldWait() {
    Instant now = Instant.now();

    new LineProgress(err, ZONE).backoff(new Backoff("extract", 2, MESSAGE, true, Duration.ZERO, now, Duration.ofMinutes(1)));

    assertThat(printed()).isEqualTo("jera: extract attempt 2 failed: " + MESSAGE + "; will retry now (Argo waits 1m)"
        + System.lineSeparator());
  }

  @Test
  void aFailureThePolicyDoesNotRetrySaysItEndsAfterTheBackoff() {
    Instant until = Instant.now().plusSeconds(90);

    new LineProgress(err, ZONE).backoff(
        new Backoff("load", 1, MESSAGE, false, Duration.ofSeconds(90), until, Duration.ofSeconds(90)));

    assertThat(printed()).contains("load attempt 1 failed: " + MESSAGE
        + "; its retryPolicy does not retry it; it ends in 1m30s, at ");
    assertThat(printed()).contains(", after its backoff, as on Argo");
  }

  @Test
  void theLiveViewShowsWhichStepsWaitAndUntilWhen() {
    Instant until = Instant.now().plusSeconds(30);
    LiveProgress live = new LiveProgress(err, ZONE);

    live.attemptStarted("extract", 1);
    live.attemptStarted("rates", 1);
    live.backoff(new Backoff("extract", 1, MESSAGE, true, Duration.ofSeconds(30), until, Duration.ofSeconds(30)));

    String screen = printed();
    String status = screen.substring(screen.lastIndexOf('\n') + 1);
    assertThat(status).isEqualTo("[0/0 done] running: rates; waiting: extract until " + clock(until));

    live.attemptStarted("extract", 2);

    screen = printed();
    assertThat(screen.substring(screen.lastIndexOf('\n') + 1)).isEqualTo("[0/0 done] running: rates, extract");
  }

  @Test
  void waitsReadAsABackoffIsWritten() {
    assertThat(Durations.ofWait(Duration.ZERO)).isEqualTo("0s");
    assertThat(Durations.ofWait(Duration.ofMillis(250))).isEqualTo("250ms");
    assertThat(Durations.ofWait(Duration.ofMillis(1500))).isEqualTo("1.5s");
    assertThat(Durations.ofWait(Duration.ofSeconds(30))).isEqualTo("30s");
    assertThat(Durations.ofWait(Duration.ofSeconds(120))).isEqualTo("2m");
    assertThat(Durations.ofWait(Duration.ofSeconds(90))).isEqualTo("1m30s");
    assertThat(Durations.ofWait(Duration.ofSeconds(3605))).isEqualTo("1h0m5s");
    assertThat(Durations.ofWait(Duration.ofHours(26))).isEqualTo("26h");
  }

  @Test
  void aTimeOnAnotherDayShowsItsDate() {
    Instant today = Instant.parse("2026-11-24T23:59:00Z");

    assertThat(Durations.clock(today.plusSeconds(30), today, ZONE)).isEqualTo("23:59:30");
    assertThat(Durations.clock(today.plusSeconds(90), today, ZONE)).isEqualTo("2026-11-25 00:00:30");
  }
}
