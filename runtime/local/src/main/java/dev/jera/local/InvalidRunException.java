package dev.jera.local;

/**
 * A run that cannot start as asked: an unknown or missing parameter, a value of the wrong type or
 * outside its {@code enum}, a missing secret. The message says what and where, on one line.
 */
public final class InvalidRunException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** With a one-line message. */
  public InvalidRunException(String message) {
    super(message);
  }
}
