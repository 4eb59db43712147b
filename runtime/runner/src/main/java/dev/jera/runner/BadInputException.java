package dev.jera.runner;

/** An input of a step that is missing or does not fit its Java type; the message says which and why. */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message, null, false, false);
  }
}
