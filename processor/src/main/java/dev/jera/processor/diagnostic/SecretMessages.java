package dev.jera.processor.diagnostic;

import java.util.Optional;

/** Messages about secrets. */
public final class SecretMessages {
  private SecretMessages() {}

  public static Message invalidSecretName(String name, String problem) {
    return MessageId.INVALID_SECRET_NAME.with(
        "secret name '" + name + "' is not a valid Kubernetes name: " + problem);
  }

  public static Message invalidSecretKey(String key, String problem) {
    return MessageId.INVALID_SECRET_KEY.with(
        "secret key '" + key + "' is not valid: " + problem);
  }

  public static Message undeclaredSecret(String name, String key, String workflowClass, Optional<String> suggestion) {
    return MessageId.UNDECLARED_SECRET.with(
        "secret " + name + "/" + key + " is not declared on " + workflowClass + Hints.suggest(suggestion)
        + (suggestion.isPresent() ? "" : "; declare it with @Secret(name = \"" + name + "\", key = \"" + key
            + "\") on the class"));
  }

  public static Message secretClash(String first, String second, String variable) {
    return MessageId.SECRET_CLASH.with(
        "secrets " + first + " and " + second + " would both reach the step as " + variable
        + "; rename one of the keys");
  }
}
