package dev.jera.runtime.local;

import static com.google.common.truth.Truth.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The retry decisions of {@link RetryPlan}, step by step as Argo v4.1.2's
 * {@code operator.go:processNodeRetries} takes them: the backoff (maxDuration, then the wait) before
 * the policy and the limit.
 */
class RetryPlanTest {
  private static final Instant START = Instant.parse("2026-01-01T12:00:00Z");

  private static RetryPlan plan(String limit, String policy, String duration, String factor, String maxDuration,
      String cap) {
    return RetryPlan.of(new RetryStrategy(limit, policy, duration, factor, maxDuration, cap));
  }

  private static RetryPlan.Decision after(RetryPlan plan, Phase phase, int attempts) {
    return plan.next(phase, attempts, START, START.plusSeconds(1));
  }

  @Test
  void eachWaitIsTheDurationTimesTheFactorToTheRetriesSoFar() {
    RetryPlan plan = plan("3", null, "30s", "2", null, null);

    assertThat(after(plan, Phase.FAILED, 1).delay()).isEqualTo(Duration.ofSeconds(30));
    assertThat(after(plan, Phase.FAILED, 2).delay()).isEqualTo(Duration.ofSeconds(60));
    assertThat(after(plan, Phase.FAILED, 3).delay()).isEqualTo(Duration.ofSeconds(120));
    assertThat(after(plan, Phase.FAILED, 3).retry()).isTrue();
  }

  @Test
  void aBareNumberIsSecondsAndNoFactorKeepsTheDuration() {
    RetryPlan plan = plan("3", null, "5", null, null, null);

    assertThat(after(plan, Phase.FAILED, 3).delay()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void capLimitsEachWait() {
    RetryPlan plan = plan("5", null, "30s", "2", null, "1m30s");

    assertThat(after(plan, Phase.FAILED, 2).delay()).isEqualTo(Duration.ofSeconds(60));
    assertThat(after(plan, Phase.FAILED, 3).delay()).isEqualTo(Duration.ofSeconds(90));
    assertThat(after(plan, Phase.FAILED, 5).delay()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void aWaitTooLongForGoSaturatesAtItsLongestDurationThenTheCapApplies() {
    // 1h * 10^39 overflows int64 nanoseconds; Argo then waits math.MaxInt64, unless the cap is shorter.
    assertThat(after(plan("100", null, "1h", "10", null, null), Phase.FAILED, 40).delay())
        .isEqualTo(Duration.ofNanos(Long.MAX_VALUE));
    assertThat(after(plan("100", null, "1h", "10", null, "2h"), Phase.FAILED, 40).delay())
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void theLastFailureEndsTheStepWithoutWaiting() {
    RetryPlan.Decision last = after(plan("3", null, "30s", "2", null, null), Phase.FAILED, 4);

    assertThat(last.retry()).isFalse();
    assertThat(last.delay()).isEqualTo(Duration.ZERO);
  }

  @Test
  void withoutALimitArgoRetriesWithoutWaiting() {
    // processNodeRetries requeues for the backoff only when retryStrategy.limit is set.
    RetryPlan.Decision decision = after(plan(null, null, "30s", "2", null, null), Phase.FAILED, 7);

    assertThat(decision.retry()).isTrue();
    assertThat(decision.delay()).isEqualTo(Duration.ZERO);
  }

  @Test
  void aFailureThePolicyDoesNotRetryStillWaitsTheBackoffFirst() {
    RetryPlan.Decision decision = after(plan("3", "OnError", "30s", null, null, null), Phase.FAILED, 1);

    assertThat(decision.retry()).isFalse();
    assertThat(decision.delay()).isEqualTo(Duration.ofSeconds(30));
    assertThat(decision.reason()).isNull();
  }

  @Test
  void withoutABackoffAFailureIsRetriedAtOnce() {
    RetryPlan.Decision decision = after(plan("3", null, null, null, null, null), Phase.FAILED, 1);

    assertThat(decision.retry()).isTrue();
    assertThat(decision.delay()).isEqualTo(Duration.ZERO);
  }

  @Test
  void maxDurationEndsTheStepOnceItHasPassed() {
    RetryPlan plan = plan("5", null, "1s", null, "1m", null);

    RetryPlan.Decision decision = plan.next(Phase.FAILED, 2, START, START.plusSeconds(61));

    assertThat(decision.retry()).isFalse();
    assertThat(decision.reason()).isEqualTo("Max duration limit exceeded");
  }

  @Test
  void maxDurationEndsTheStepWhenTheWaitWouldOverrunIt() {
    RetryPlan plan = plan("5", null, "20s", "2", "1m", null);

    assertThat(plan.next(Phase.FAILED, 1, START, START.plusSeconds(1)).retry()).isTrue();
    RetryPlan.Decision decision = plan.next(Phase.FAILED, 2, START, START.plusSeconds(21));

    assertThat(decision.retry()).isFalse();
    assertThat(decision.delay()).isEqualTo(Duration.ZERO);
    assertThat(decision.reason()).isEqualTo("Backoff would exceed max duration limit");
  }

  @Test
  void maxDurationIsCheckedBeforeThePolicy() {
    RetryPlan plan = plan("5", "OnError", "1h", null, "1m", null);

    assertThat(after(plan, Phase.FAILED, 1).reason()).isEqualTo("Backoff would exceed max duration limit");
  }
}
