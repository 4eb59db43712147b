package dev.jera.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A workflow parameter declared with {@code @Param} on the class; with {@code configMap}, its value comes
 * from that ConfigMap's key, and {@code defaultValue} is taken when the key does not exist. {@code type}
 * is the class {@code @Param(type)} names when written (its canonical name): {@code java.nio.file.Path}
 * makes it an input file of a nested graph.
 */
public record ParamModel(
    Site site,
    Text name,
    Optional<Text> defaultValue,
    Optional<Text> description,
    List<Text> allowed,
    Optional<Parsed<KeyRef>> configMap,
    Optional<Text> type) {
  public ParamModel {
    allowed = List.copyOf(allowed);
  }
}
