package dev.jera.cluster.api;

/** The connection settings are missing or malformed; the message says which and how to fix it, on one line. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a one-line message. */
  public ConfigException(String message) {
    super(message);
  }
}
