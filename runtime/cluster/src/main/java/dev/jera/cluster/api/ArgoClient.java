package dev.jera.cluster.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sends requests through a {@link Transport}, trying again with {@link RequestBackoff} where that is safe: a
 * read, a lint, or any request that never reached the server. A request that changes something is sent
 * {@link #once}; its caller decides what a lost answer means (see {@code WorkflowCreator}).
 */
public final class ArgoClient {
  private final Transport transport;
  private final RequestBackoff backoff;
  private final Consumer<String> notices;

  /**
   * @param notices receives a line for each retry, such as {@code the Argo Server failed …; trying again in 1s}
   */
  public ArgoClient(Transport transport, RequestBackoff backoff, Consumer<String> notices) {
    this.transport = transport;
    this.backoff = backoff;
    this.notices = notices;
  }

  /** The retry policy. */
  public RequestBackoff backoff() {
    return backoff;
  }

  /** Sends a request that changes nothing (a GET, a lint), trying again on transient faults. */
  public JsonNode read(ApiRequest request, String action) {
    return retrying(action, () -> transport.exchange(request, action));
  }

  /** Sends {@code request} once; the caller handles every fault. */
  public JsonNode once(ApiRequest request, String action) {
    return transport.exchange(request, action);
  }

  /** Opens a stream, trying again on transient faults. */
  public EventStream stream(ApiRequest request, String action) {
    return retrying(action, () -> transport.open(request, action));
  }

  /** Runs {@code call}, trying again on transient faults, up to {@link RequestBackoff#attempts} in all. */
  public <T> T retrying(String action, Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (ArgoException e) {
        if (!e.fault().isTransient() || attempt >= backoff.attempts() || Thread.currentThread().isInterrupted()) {
          throw attempt > 1 ? afterAttempts(e, attempt) : e;
        }
        pause(e, attempt);
      }
    }
  }

  /** Tells the user {@code line}, as retries are told. */
  public void notice(String line) {
    notices.accept(line);
  }

  /** Tells the user about {@code failure} and waits before try {@code attempt + 1}. */
  public void pause(ArgoException failure, int attempt) {
    Duration delay = backoff.delay(attempt);
    notices.accept(failure.getMessage() + "; trying again in " + RequestBackoff.describe(delay) + " (" + (attempt + 1) + " of "
        + backoff.attempts() + ")");
    RequestBackoff.sleep(delay);
  }

  /** {@code failure}, saying it was the last of {@code attempts} tries. */
  public static ArgoException afterAttempts(ArgoException failure, int attempts) {
    return new ArgoException(failure.fault(), failure.status(), failure.serverMessage(),
        failure.getMessage() + " (gave up after " + attempts + " tries)", failure);
  }
}
