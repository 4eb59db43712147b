package dev.jera.processor.emit.argo;

import java.util.List;

/**
 * A template's {@code data}: the files of {@code source.artifactPaths} listed, then transformed in order.
 */
public record DataTemplate(Source source, List<Step> transformation) {
  /** {@code source}: the artifact whose files are listed. */
  public record Source(Artifact artifactPaths) {}

  /** A {@code transformation} step. */
  public record Step(String expression) {}
}
