package dev.jera.runner.json;

/** A value that does not decode into the expected Java type; the message says what and where. */
public final class JsonDecodingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JsonDecodingException(String message) {
    super(message, null, false, false);
  }
}
