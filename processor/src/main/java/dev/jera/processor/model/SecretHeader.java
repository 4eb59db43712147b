package dev.jera.processor.model;

import java.util.Optional;

/**
 * A request header whose value is a Secret's key ({@code @HttpRequest(secretHeaders)}), written
 * {@code "Name: secret/key"}; whether the Secret's name and key are ones Kubernetes accepts is a rule's to judge.
 */
public record SecretHeader(String name, String secret, String key) {

  /** The header {@code written} says, or empty when it is not of the form {@code "Name: secret/key"}. */
  public static Optional<SecretHeader> parse(String written) {
    return HttpHeader.parse(written).flatMap(header -> {
      String[] parts = header.value().split("/", -1);
      return parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()
          ? Optional.of(new SecretHeader(header.name(), parts[0], parts[1]))
          : Optional.empty();
    });
  }
}
