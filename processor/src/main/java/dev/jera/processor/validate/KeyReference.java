package dev.jera.processor.validate;

import dev.jera.argo.KubeNames;

/** A {@code "name/key"} reference to a key of a Secret or ConfigMap, as several attributes take one. */
final class KeyReference {
  private KeyReference() {}

  /** Whether {@code value} is a resource name, one slash and a key Kubernetes accepts. */
  static boolean valid(String value) {
    String[] parts = value.split("/", -1);
    return parts.length == 2 && KubeNames.dns1123Subdomain(parts[0]).isEmpty() && KubeNames.secretKey(parts[1]).isEmpty();
  }
}
