package dev.jera.cluster.api;

/** What went wrong with a request, as far as a user can act on it. */
public enum Fault {
  /** The server could not be reached: no connection was made, so nothing was sent. */
  UNREACHABLE(true),
  /** The server's host name does not resolve: retrying will not help. */
  UNKNOWN_HOST(false),
  /** The TLS handshake failed: certificate, host name, or a server that does not speak TLS. */
  TLS(false),
  /** The request was sent and its answer was lost (connection dropped, timed out): it may have been done. */
  LOST(true),
  /** 401: no credentials, or the server refused them. */
  UNAUTHENTICATED(false),
  /** 403: the credentials may not do this. */
  FORBIDDEN(false),
  /** 404. */
  NOT_FOUND(false),
  /** 409: it exists already, or changed since it was read. */
  CONFLICT(false),
  /** 400 and other 4xx: the server refused the request as invalid. */
  INVALID(false),
  /** 429: too many requests for now. */
  THROTTLED(true),
  /** 5xx: the server failed. */
  SERVER(true),
  /** An answer that is not what the API defines. */
  PROTOCOL(false);

  private final boolean transient_;

  Fault(boolean transientFault) {
    this.transient_ = transientFault;
  }

  /** Whether trying again later may succeed. */
  public boolean isTransient() {
    return transient_;
  }
}
