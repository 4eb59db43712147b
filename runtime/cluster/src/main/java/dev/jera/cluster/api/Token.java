package dev.jera.cluster.api;

import java.util.Objects;

/**
 * The value of the {@code Authorization} header, as {@code ARGO_TOKEN} holds it ({@code Bearer …}).
 * It is sent and never shown: {@link #toString} hides it, and no message quotes it.
 */
public final class Token {
  private final String header;

  private Token(String header) {
    this.header = header;
  }

  /** The token {@code header}, as given (it is the whole header value, {@code Bearer …}). */
  public static Token of(String header) {
    return new Token(Objects.requireNonNull(header, "header"));
  }

  /** The header value to send. */
  String header() {
    return header;
  }

  /** Whether it looks like a whole header value ({@code Bearer …} or {@code Basic …}), as Argo Server expects. */
  public boolean hasScheme() {
    return header.startsWith("Bearer ") || header.startsWith("Basic ");
  }

  @Override
  public String toString() {
    return "Token[hidden]";
  }
}
