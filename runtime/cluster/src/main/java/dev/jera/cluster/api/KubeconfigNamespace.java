package dev.jera.cluster.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The namespace of the kubeconfig's current context, which the {@code argo} CLI uses when
 * {@code ARGO_NAMESPACE} is not set: the first file of {@code KUBECONFIG} that names a current
 * context, else {@code ~/.kube/config}. A missing or unreadable file gives none.
 */
final class KubeconfigNamespace {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private KubeconfigNamespace() {}

  static Optional<String> read(Map<String, String> environment) {
    String paths = environment.get("KUBECONFIG");
    if (paths == null || paths.isBlank()) {
      String home = environment.getOrDefault("HOME", environment.get("USERPROFILE"));
      if (home == null) {
        return Optional.empty();
      }
      paths = Path.of(home, ".kube", "config").toString();
    }
    for (String path : paths.split(File.pathSeparator)) {
      if (path.isBlank() || !Files.isRegularFile(Path.of(path))) {
        continue;
      }
      JsonNode config;
      try {
        config = YAML.readTree(Files.readString(Path.of(path)));
      } catch (IOException | RuntimeException e) {
        continue;
      }
      String current = config == null ? "" : config.path("current-context").asText("");
      if (current.isEmpty()) {
        continue;
      }
      for (JsonNode context : config.path("contexts")) {
        if (current.equals(context.path("name").asText())) {
          String namespace = context.path("context").path("namespace").asText("");
          return namespace.isEmpty() ? Optional.empty() : Optional.of(namespace);
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }
}
