package dev.jera.local.manifest;

/**
 * A compiled workflow that cannot be read or that uses what the local executor does not run; the
 * message says which workflow, where and why, on one line.
 */
public final class ManifestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a one-line message. */
  public ManifestException(String message) {
    super(message);
  }

  /** With a one-line message and the cause. */
  public ManifestException(String message, Throwable cause) {
    super(message, cause);
  }
}
