package dev.jera.processor.model;

/** Where a script parameter's value comes from: one of the annotations on it. */
public sealed interface InputSource {
  Site site();

  /** {@code @Param("x")}: workflow parameter {@code x}. */
  record Parameter(Site site, Text name) implements InputSource {}

  /** {@code @From("s")}: the result of script {@code s}. */
  record FromStep(Site site, Text ref) implements InputSource {}

  /** {@code @Item}: the current element of the fan-out. */
  record Item(Site site) implements InputSource {}

  /** {@code @Value("…")}: an Argo template string. */
  record Value(Site site, Text template) implements InputSource {}

  /** {@code @Secret(name, key)}: a key of a Kubernetes Secret. */
  record Secret(Site site, SecretModel secret) implements InputSource {}
}
