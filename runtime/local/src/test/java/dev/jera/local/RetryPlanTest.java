package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.argo.expr.RetryExpression;
import dev.jera.local.engine.RetryPlan.Decision.Kind;
import dev.jera.local.engine.RetryPlan.Decision;
import dev.jera.local.engine.RetryPlan;
import dev.jera.local.manifest.RetrySettings;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The retry decisions of {@link RetryPlan}, step by step as Argo v4.1.2's
 * {@code operator.go:processNodeRetries} takes them: the backoff (maxDuration, then the wait) before
 * the policy and the limit, and the execution deadline of the next attempt.
 */
class RetryPlanTest {
  private static final Instant START = Instant.parse("2026-01-01T12:00:00Z");
  private static final Instant FIRST_ENDED = START.plusSeconds(1);

  private static RetryPlan plan(String limit, String policy, String duration, String factor, String maxDuration,
      String cap) {
    return RetryPlan.of(new RetrySettings(limit, policy, duration, factor, maxDuration, cap, null));
  }

  /** The decision right after the last attempt ended, a second after the first started. */
  private static Decision after(RetryPlan plan, Phase phase, int attempts) {
    return plan.next(phase, attempts, START, FIRST_ENDED, FIRST_ENDED, null);
  }

  /** How long a decision waits from when the last attempt ended. */
  private static Duration waited(Decision decision) {
    assertThat(decision.kind()).isEqualTo(Kind.WAIT);
    return Duration.between(FIRST_ENDED, decision.at());
  }

  @Test
  void eachWaitIsTheDurationTimesTheFactorToTheRetriesSoFar() {
    RetryPlan plan = plan("3", null, "30s", "2", null, null);

    assertThat(waited(after(plan, Phase.FAILED, 1))).isEqualTo(Duration.ofSeconds(30));
    assertThat(waited(after(plan, Phase.FAILED, 2))).isEqualTo(Duration.ofSeconds(60));
    assertThat(waited(after(plan, Phase.FAILED, 3))).isEqualTo(Duration.ofSeconds(120));
    assertThat(plan.retries(Phase.FAILED, 3, null)).isTrue();
  }

  @Test
  void aBareNumberIsSecondsAndNoFactorKeepsTheDuration() {
    assertThat(waited(after(plan("3", null, "5", null, null, null), Phase.FAILED, 3))).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void capLimitsEachWait() {
    RetryPlan plan = plan("5", null, "30s", "2", null, "1m30s");

    assertThat(waited(after(plan, Phase.FAILED, 2))).isEqualTo(Duration.ofSeconds(60));
    assertThat(waited(after(plan, Phase.FAILED, 3))).isEqualTo(Duration.ofSeconds(90));
    assertThat(waited(after(plan, Phase.FAILED, 5))).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void aWaitTooLongForGoSaturatesAtItsLongestDurationThenTheCapApplies() {
    // 1h * 10^39 overflows int64 nanoseconds; Argo then waits math.MaxInt64, unless the cap is shorter.
    assertThat(waited(after(plan("100", null, "1h", "10", null, null), Phase.FAILED, 40)))
        .isEqualTo(Duration.ofNanos(Long.MAX_VALUE));
    assertThat(waited(after(plan("100", null, "1h", "10", null, "2h"), Phase.FAILED, 40)))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void theLastFailureEndsTheStepWithoutWaiting() {
    Decision last = after(plan("3", null, "30s", "2", null, null), Phase.FAILED, 4);

    assertThat(last.kind()).isEqualTo(Kind.STOP);
    assertThat(last.message()).isEqualTo("No more retries left");
  }

  @Test
  void withoutALimitArgoRetriesWithoutWaiting() {
    // processNodeRetries requeues for the backoff only when retryStrategy.limit is set.
    Decision decision = after(plan(null, null, "30s", "2", null, null), Phase.FAILED, 7);

    assertThat(decision.kind()).isEqualTo(Kind.RETRY);
    assertThat(decision.at()).isNull();
  }

  @Test
  void aFailureThePolicyDoesNotRetryStillWaitsTheBackoffFirst() {
    RetryPlan plan = plan("3", "OnError", "30s", null, null, null);

    assertThat(waited(after(plan, Phase.FAILED, 1))).isEqualTo(Duration.ofSeconds(30));
    assertThat(plan.retries(Phase.FAILED, 1, null)).isFalse();
    // After the wait: the policy ends it with the attempt's own message.
    Decision then = plan.next(Phase.FAILED, 1, START, FIRST_ENDED, FIRST_ENDED.plusSeconds(30), null);
    assertThat(then.kind()).isEqualTo(Kind.STOP);
    assertThat(then.message()).isNull();
  }

  @Test
  void withoutABackoffAFailureIsRetriedAtOnce() {
    assertThat(after(plan("3", null, null, null, null, null), Phase.FAILED, 1).kind()).isEqualTo(Kind.RETRY);
  }

  @Test
  void aRetryAfterTheBackoffCarriesTheExecutionDeadline() {
    // opts.executionDeadline: the first attempt's start plus maxDuration.
    RetryPlan plan = plan("5", null, "1s", null, "1m", null);

    Decision decision = plan.next(Phase.FAILED, 1, START, FIRST_ENDED, FIRST_ENDED.plusSeconds(1), null);

    assertThat(decision.kind()).isEqualTo(Kind.RETRY);
    assertThat(decision.at()).isEqualTo(START.plusSeconds(60));
  }

  @Test
  void maxDurationEndsTheStepOnceItHasPassed() {
    Decision decision = plan("5", null, "1s", null, "1m", null)
        .next(Phase.FAILED, 2, START, START.plusSeconds(61), START.plusSeconds(61), null);

    assertThat(decision.kind()).isEqualTo(Kind.STOP);
    assertThat(decision.message()).isEqualTo("Max duration limit exceeded");
  }

  @Test
  void maxDurationEndsTheStepWhenTheWaitWouldOverrunIt() {
    RetryPlan plan = plan("5", null, "20s", "2", "1m", null);

    assertThat(after(plan, Phase.FAILED, 1).kind()).isEqualTo(Kind.WAIT);
    Decision decision = plan.next(Phase.FAILED, 2, START, START.plusSeconds(21), START.plusSeconds(21), null);

    assertThat(decision.kind()).isEqualTo(Kind.STOP);
    assertThat(decision.message()).isEqualTo("Backoff would exceed max duration limit");
  }

  @Test
  void maxDurationIsCheckedBeforeThePolicy() {
    assertThat(after(plan("5", "OnError", "1h", null, "1m", null), Phase.FAILED, 1).message())
        .isEqualTo("Backoff would exceed max duration limit");
  }

  /** retry-conditional.yaml's expression, its input substituted with true. */
  private static final String CONDITIONAL = "asInt(lastRetry.exitCode) > 1 && lastRetry.status != \"Error\" &&"
      + " asInt(lastRetry.duration) < 120 && (true == true || lastRetry.message matches 'imminent node shutdown|pod deleted')";

  private static RetryPlan withExpression(String limit, String policy, String expression) {
    return RetryPlan.of(new RetrySettings(limit, policy, null, null, null, null, expression));
  }

  private static RetryExpression.LastRetry last(String exitCode, Phase phase, String duration) {
    return new RetryExpression.LastRetry("0", exitCode, phase.argoName(), duration, "main: Error (exit code " + exitCode + ")");
  }

  @Test
  void retryBackoffWaitsDoubleUpToItsCap() {
    // retry-backoff.yaml: duration 1, factor 2, cap 5, maxDuration 1m.
    RetryPlan plan = plan("10", null, "1", "2", "1m", "5");

    assertThat(waited(after(plan, Phase.FAILED, 1))).isEqualTo(Duration.ofSeconds(1));
    assertThat(waited(after(plan, Phase.FAILED, 2))).isEqualTo(Duration.ofSeconds(2));
    assertThat(waited(after(plan, Phase.FAILED, 3))).isEqualTo(Duration.ofSeconds(4));
    assertThat(waited(after(plan, Phase.FAILED, 4))).isEqualTo(Duration.ofSeconds(5));
    assertThat(waited(after(plan, Phase.FAILED, 10))).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void noLimitRetriesAfterAnyNumberOfAttempts() {
    RetryPlan plan = plan(null, null, null, null, null, null);

    assertThat(after(plan, Phase.FAILED, 1000).kind()).isEqualTo(Kind.RETRY);
    assertThat(plan.retries(Phase.FAILED, 1000, null)).isTrue();
    // OnFailure, the default, does not retry an error.
    assertThat(after(plan, Phase.ERROR, 1).kind()).isEqualTo(Kind.STOP);
  }

  @Test
  void anExpressionThatHoldsRetries() {
    RetryPlan plan = withExpression("10", null, CONDITIONAL);

    Decision decision = plan.next(Phase.FAILED, 1, START, FIRST_ENDED, FIRST_ENDED, last("2", Phase.FAILED, "1"));

    assertThat(decision.kind()).isEqualTo(Kind.RETRY);
  }

  @Test
  void anExpressionThatDoesNotHoldEndsTheRetries() {
    RetryPlan plan = withExpression("10", null, CONDITIONAL);

    Decision decision = plan.next(Phase.FAILED, 1, START, FIRST_ENDED, FIRST_ENDED, last("1", Phase.FAILED, "1"));

    assertThat(decision.kind()).isEqualTo(Kind.STOP);
    assertThat(decision.message()).isEqualTo("retryStrategy.expression evaluated to false");
    assertThat(decision.phase()).isNull();
    assertThat(plan.retries(Phase.FAILED, 1, last("1", Phase.FAILED, "1"))).isFalse();
  }

  @Test
  void theLimitIsCheckedBeforeTheExpression() {
    RetryPlan plan = withExpression("1", null, "true");

    assertThat(plan.next(Phase.FAILED, 2, START, FIRST_ENDED, FIRST_ENDED, last("2", Phase.FAILED, "1")).message())
        .isEqualTo("No more retries left");
  }

  @Test
  void anExpressionMakesAlwaysThePolicyUnlessOneIsWritten() {
    RetryExpression.LastRetry error = last("-1", Phase.ERROR, "0");

    assertThat(withExpression("3", null, "true").next(Phase.ERROR, 1, START, FIRST_ENDED, FIRST_ENDED, error).kind())
        .isEqualTo(Kind.RETRY);
    Decision onFailure = withExpression("3", "OnFailure", "true").next(Phase.ERROR, 1, START, FIRST_ENDED, FIRST_ENDED, error);
    assertThat(onFailure.kind()).isEqualTo(Kind.STOP);
    assertThat(onFailure.message()).isNull();
  }

  @Test
  void anExpressionThatFailsEndsTheRetryNodeInError() {
    RetryPlan plan = withExpression("3", null, "asInt(lastRetry.duration) < 120");

    Decision decision = plan.next(Phase.FAILED, 1, START, FIRST_ENDED, FIRST_ENDED, last("2", Phase.FAILED, "1.5"));

    assertThat(decision.kind()).isEqualTo(Kind.STOP);
    assertThat(decision.phase()).isEqualTo(Phase.ERROR);
    assertThat(decision.message()).isEqualTo(
        "unable to evaluate expression 'asInt(lastRetry.duration) < 120': invalid operation: int(\"1.5\")");
  }
}
