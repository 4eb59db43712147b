package dev.jera.cluster.api;

/**
 * A request to Argo Server failed. The message is one line: what failed, why, and what to check. It
 * never holds the token.
 */
public final class ArgoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Fault fault;
  private final int status;
  private final String serverMessage;

  /**
   * @param fault what kind of failure
   * @param status the HTTP status, or 0 when there was no answer
   * @param serverMessage the server's own message (gRPC-gateway {@code message}), or {@code null}
   * @param message the whole one-line message
   */
  public ArgoException(Fault fault, int status, String serverMessage, String message, Throwable cause) {
    super(message, cause);
    this.fault = fault;
    this.status = status;
    this.serverMessage = serverMessage;
  }

  /** What kind of failure. */
  public Fault fault() {
    return fault;
  }

  /** The HTTP status, or 0 when there was no answer. */
  public int status() {
    return status;
  }

  /** The server's own message, or {@code null}. */
  public String serverMessage() {
    return serverMessage;
  }
}
