package dev.jera.processor.model;

import java.util.List;
import java.util.Optional;

/** A workflow parameter declared with {@code @Param} on the class. */
public record ParamModel(
    Site site, Text name, Optional<Text> defaultValue, Optional<Text> description, List<Text> allowed) {
  public ParamModel {
    allowed = List.copyOf(allowed);
  }
}
