package dev.jera.processor.model;

import java.util.Optional;

/** A data template's source: its one {@code Path} parameter with a location, whose files Argo lists. */
public final class DataSource {
  private DataSource() {}

  /** The source of {@code script}'s {@code @Data}, when it is one and has one. */
  public static Optional<InputModel> of(ScriptModel script) {
    if (!script.isData()) {
      return Optional.empty();
    }
    return script.inputs().stream()
        .filter(input -> input.isArtifact() && input.sources().stream().anyMatch(s -> s instanceof InputSource.External))
        .findFirst();
  }
}
