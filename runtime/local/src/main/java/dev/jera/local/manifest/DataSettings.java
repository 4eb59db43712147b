package dev.jera.local.manifest;

import java.util.List;

/**
 * A {@code data} template (Argo's {@code executor/data.go}): the files of its source, the input file
 * {@code source} (its {@code source.artifactPaths}), listed, then each transformation applied to that list,
 * {@code data}; the result is the last list, as JSON.
 *
 * @param source the name of the input file that is the source
 * @param transformations the expr-lang expressions, in order
 */
public record DataSettings(String source, List<String> transformations) {
  public DataSettings {
    transformations = List.copyOf(transformations);
  }
}
