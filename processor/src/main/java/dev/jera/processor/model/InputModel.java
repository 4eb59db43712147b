package dev.jera.processor.model;

import java.util.List;

/**
 * A parameter of a script method: its Java name (also the template input's name), type, and the
 * sources its annotations give it (a valid one has exactly one).
 */
public record InputModel(Site site, String name, JavaType type, List<InputSource> sources) {
  public InputModel {
    sources = List.copyOf(sources);
  }

  /** Where the value comes from: the first source, or the calling step's for a library script's input. */
  public InputSource source() {
    return sources.isEmpty() ? new InputSource.Caller(site) : sources.get(0);
  }

  /** Whether the parameter is a file, an Argo input artifact. */
  public boolean isArtifact() {
    return type.shape() instanceof JsonShape.Artifact;
  }
}
