package dev.jera.cluster.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks that a digest-pinned copy ({@code jera pin}) is the compiled manifest with images pinned and
 * nothing else changed; otherwise it is left from an earlier build and would deploy old code.
 */
final class PinnedCopy {
  private static final Pattern PINNED = Pattern.compile("(.+)@sha256:[0-9a-f]{64}");

  private PinnedCopy() {}

  /** The path of the first difference that pinning does not explain, if any. */
  static Optional<String> difference(JsonNode compiled, JsonNode pinned) {
    return difference(compiled, pinned, "", null);
  }

  private static Optional<String> difference(JsonNode compiled, JsonNode pinned, String path, String key) {
    if (compiled.isObject() && pinned.isObject()) {
      if (compiled.size() != pinned.size()) {
        return Optional.of(path.isEmpty() ? "the top level" : path);
      }
      for (Map.Entry<String, JsonNode> field : compiled.properties()) {
        String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        if (!pinned.has(field.getKey())) {
          return Optional.of(at);
        }
        Optional<String> inner = difference(field.getValue(), pinned.get(field.getKey()), at, field.getKey());
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    if (compiled.isArray() && pinned.isArray()) {
      if (compiled.size() != pinned.size()) {
        return Optional.of(path);
      }
      for (int i = 0; i < compiled.size(); i++) {
        Optional<String> inner = difference(compiled.get(i), pinned.get(i), path + "[" + i + "]", key);
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    if (compiled.equals(pinned) || "image".equals(key) && pins(compiled.asText(), pinned.asText())) {
      return Optional.empty();
    }
    return Optional.of(path);
  }

  /** Whether {@code pinned} is {@code image}'s repository at a digest: {@code r:1.0} pinned as {@code r@sha256:…}. */
  private static boolean pins(String image, String pinned) {
    var matcher = PINNED.matcher(pinned);
    if (!matcher.matches()) {
      return false;
    }
    String repository = matcher.group(1);
    if (!image.startsWith(repository)) {
      return false;
    }
    String rest = image.substring(repository.length());
    return rest.isEmpty() || rest.startsWith("@") || rest.startsWith(":") && !rest.contains("/");
  }
}
