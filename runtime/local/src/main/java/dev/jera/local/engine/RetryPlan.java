package dev.jera.local.engine;

import dev.jera.argo.GoDuration;
import dev.jera.argo.expr.ExpressionException;
import dev.jera.argo.expr.RetryExpression;
import dev.jera.local.Phase;
import dev.jera.local.manifest.RetrySettings;
import java.time.Duration;
import java.time.Instant;

/**
 * A template's {@code retryStrategy}, decided after each attempt in the order Argo's
 * {@code operator.go:processNodeRetries} decides: a succeeded attempt ends the retry node; past the
 * workflow's deadline no retry starts; with a backoff, past {@code maxDuration} since the first attempt
 * started no retry starts ("Max duration limit exceeded"), nor when the wait would end past it
 * ("Backoff would exceed max duration limit"); the wait before retry n is {@code duration * factor^(n-1)},
 * at most {@code cap}, and is waited only while {@code limit} allows another attempt; the retry policy
 * (OnFailure, the default: Failed; OnError: Error; Always: both; OnTransientError: none, as no local
 * failure is a transient Kubernetes one) ends it with the attempt's own message; then {@code limit}
 * ("No more retries left", {@code limit + 1} attempts in all; none set: no limit); then the
 * {@code expression}, evaluated with the last attempt's {@code lastRetry} values: false ends it with
 * "retryStrategy.expression evaluated to false", an expression that fails ends the retry node in Error
 * with the failure. With an expression and no policy, the policy is Always ({@code RetryPolicyActual}).
 * Every attempt after the first must end by the first one's start plus {@code maxDuration} (its execution
 * deadline).
 */
public final class RetryPlan {
  static final String NO_MORE_RETRIES = "No more retries left";
  static final String MAX_DURATION_EXCEEDED = "Max duration limit exceeded";
  static final String BACKOFF_EXCEEDS_MAX_DURATION = "Backoff would exceed max duration limit";
  static final String EXPRESSION_FALSE = "retryStrategy.expression evaluated to false";
  /** Go's {@code time.Duration} holds at most this many nanoseconds. */
  private static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE);

  private final Integer limit;
  private final String policy;
  private final Duration duration;
  private final Integer factor;
  private final Duration maxDuration;
  private final Duration cap;
  /** The expression, its tags substituted; {@code null} for none. */
  private final String expression;

  private RetryPlan(Integer limit, String policy, Duration duration, Integer factor, Duration maxDuration, Duration cap,
      String expression) {
    this.limit = limit;
    this.policy = policy;
    this.duration = duration;
    this.factor = factor;
    this.maxDuration = maxDuration;
    this.cap = cap;
    this.expression = expression;
  }

  /**
   * Reads {@code strategy}, or returns {@code null} for none.
   *
   * @throws IllegalArgumentException on a value Argo would reject; the step then ends in Error
   */
  public static RetryPlan of(RetrySettings strategy) {
    if (strategy == null) {
      return null;
    }
    String expression = strategy.expression() == null || strategy.expression().isEmpty() ? null : strategy.expression();
    String policy = strategy.retryPolicy() != null && !strategy.retryPolicy().isEmpty() ? strategy.retryPolicy()
        : expression == null ? "OnFailure" : "Always";
    if (!policy.matches("Always|OnFailure|OnError|OnTransientError")) {
      throw new IllegalArgumentException(policy + " is not a valid RetryPolicy");
    }
    boolean backoff = strategy.backoffDuration() != null || strategy.backoffFactor() != null
        || strategy.backoffMaxDuration() != null || strategy.backoffCap() != null;
    if (backoff && strategy.backoffDuration() == null) {
      throw new IllegalArgumentException("no base duration specified for retryStrategy");
    }
    return new RetryPlan(
        integer(strategy.limit(), "retryStrategy.limit"),
        policy,
        duration(strategy.backoffDuration()),
        integer(strategy.backoffFactor(), "retryStrategy.backoff.factor"),
        duration(strategy.backoffMaxDuration()),
        duration(strategy.backoffCap()),
        expression);
  }

  /**
   * What to do once an attempt has failed.
   *
   * @param phase the last attempt's phase, Failed or Error
   * @param attempts how many attempts there were so far
   * @param firstStarted when the first attempt started
   * @param lastFinished when the last one ended
   * @param now the time of the decision
   * @param last what the expression reads of the last attempt; only needed with an expression
   */
  public Decision next(Phase phase, int attempts, Instant firstStarted, Instant lastFinished, Instant now,
      RetryExpression.LastRetry last) {
    Instant executionDeadline = null;
    if (duration != null) {
      if (maxDuration != null) {
        executionDeadline = firstStarted.plus(maxDuration);
        if (now.isAfter(executionDeadline)) {
          return Decision.stop(MAX_DURATION_EXCEEDED);
        }
      }
      // Go's time.Duration saturates at its longest; so do Argo's waits.
      Duration wait = duration.compareTo(LONGEST) > 0 ? LONGEST : duration;
      if (factor != null && factor > 0) {
        double multiple = Math.pow(factor, attempts - 1);
        wait = multiple > Long.MAX_VALUE / (double) Math.max(1, wait.toNanos())
            ? LONGEST
            : Duration.ofNanos(wait.toNanos() * (long) multiple);
      }
      if (cap != null && wait.compareTo(cap) > 0) {
        wait = cap;
      }
      Instant waitEnds = lastFinished.plus(wait);
      if (executionDeadline != null && waitEnds.isAfter(executionDeadline)) {
        return Decision.stop(BACKOFF_EXCEEDS_MAX_DURATION);
      }
      if (now.isBefore(waitEnds) && limit != null && attempts <= limit) {
        return Decision.waitFor(wait, waitEnds);
      }
    }
    if (!retryable(phase)) {
      return Decision.stop(null);
    }
    if (limit != null && attempts > limit) {
      return Decision.stop(NO_MORE_RETRIES);
    }
    if (expression != null) {
      try {
        if (!RetryExpression.parse(expression).evaluate(last)) {
          return Decision.stop(EXPRESSION_FALSE);
        }
      } catch (ExpressionException e) {
        return new Decision(Decision.Kind.STOP, e.getMessage(), null, Duration.ZERO, Phase.ERROR);
      }
    }
    return Decision.retry(executionDeadline);
  }

  /**
   * Whether a failed attempt that ended in {@code phase} is retried once the backoff is over: the policy
   * retries the phase and {@code limit} allows another attempt.
   */
  public boolean retries(Phase phase, int attempts, RetryExpression.LastRetry last) {
    if (!retryable(phase) || limit != null && attempts > limit) {
      return false;
    }
    try {
      return expression == null || RetryExpression.parse(expression).evaluate(last);
    } catch (ExpressionException e) {
      return false;
    }
  }

  private boolean retryable(Phase phase) {
    return policy.equals("Always") && phase.failedOrError()
        || policy.equals("OnFailure") && phase == Phase.FAILED
        || policy.equals("OnError") && phase == Phase.ERROR;
  }

  /** Go's {@code ParseStringToDuration}: a whole number of seconds, or a Go duration. */
  private static Duration duration(String text) {
    if (text == null) {
      return null;
    }
    if (GoDuration.isBareInteger(text)) {
      return Duration.ofSeconds(Long.parseLong(text));
    }
    return GoDuration.parse(text);
  }

  private static Integer integer(String text, String field) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " '" + text + "' is not a whole number");
    }
  }

  /**
   * The outcome of a decision.
   *
   * @param kind what to do
   * @param message the retry node's message when it stops ({@code null}: the last attempt's own)
   * @param at when the backoff ends ({@link Kind#WAIT}), or the next attempt's execution deadline
   *     ({@link Kind#RETRY}; {@code null} for none)
   * @param backoff the backoff Argo waits before it decides again ({@link Kind#WAIT}), else zero
   * @param phase the retry node's phase when it stops ({@code null}: the last attempt's)
   */
  public record Decision(Kind kind, String message, Instant at, Duration backoff, Phase phase) {
    public enum Kind { STOP, WAIT, RETRY }

    static Decision stop(String message) {
      return new Decision(Kind.STOP, message, null, Duration.ZERO, null);
    }

    static Decision waitFor(Duration backoff, Instant until) {
      return new Decision(Kind.WAIT, null, until, backoff, null);
    }

    static Decision retry(Instant executionDeadline) {
      return new Decision(Kind.RETRY, null, executionDeadline, Duration.ZERO, null);
    }
  }
}
