package dev.jera.processor.model;

import java.util.List;

/** Where a script parameter's value comes from: one of the annotations on it. */
public sealed interface InputSource {
  Site site();

  /**
   * {@code @Param("x")}: workflow parameter {@code x}. {@code declaring} holds the attributes that only
   * mean something on the class ({@code defaultValue}, {@code description}, {@code allowed}), each
   * placed on its value, when the user wrote them here too.
   */
  record Parameter(Site site, Text name, List<Text> declaring) implements InputSource {
    public Parameter {
      declaring = List.copyOf(declaring);
    }
  }

  /** {@code @From("s")}: the result of script {@code s}. */
  record FromStep(Site site, Text ref) implements InputSource {}

  /** {@code @Item}: the current element of the fan-out. */
  record Item(Site site) implements InputSource {}

  /** {@code @Value("…")}: an Argo template string. */
  record Value(Site site, Text template) implements InputSource {}

  /**
   * A file from outside the workflow, for a {@code Path} parameter: {@code kind} is {@code http},
   * {@code git}, {@code s3} or {@code gcs}, and {@code attributes} what the annotation sets.
   */
  record External(Site site, String kind, java.util.Map<String, Text> attributes) implements InputSource {
    public External {
      attributes = java.util.Map.copyOf(attributes);
    }

    public java.util.Optional<Text> attribute(String name) {
      return java.util.Optional.ofNullable(attributes.get(name));
    }
  }

  /** No annotation: a library script's input, passed by the step that calls it. */
  record Caller(Site site) implements InputSource {}

  /** {@code @Secret(name, key)}: a key of a Kubernetes Secret. */
  record Secret(Site site, SecretModel secret) implements InputSource {}
}
