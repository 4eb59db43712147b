package dev.jera.cli;

/** A command line that does not say what to do; the message says what is wrong, on one line. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a one-line message. */
  public UsageException(String message) {
    super(message);
  }
}
