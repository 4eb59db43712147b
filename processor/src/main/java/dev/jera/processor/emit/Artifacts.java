package dev.jera.processor.emit;

import dev.jera.processor.emit.argo.Artifact;
import dev.jera.processor.emit.argo.Outputs;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;
import dev.jera.runner.StepInputs;
import java.util.List;

/** The files of a script's template: each Path parameter and a returned Path, where the runner expects them. */
final class Artifacts {
  /** The name of the file a step returns. */
  static final String RESULT = "result";

  private static final String OUTPUT_PATH = StepInputs.ARTIFACTS_ROOT + "/outputs/" + RESULT;

  private Artifacts() {}

  /** Where a step finds input file {@code name}: the runner's convention. */
  private static String inputPath(String name) {
    return StepInputs.ARTIFACTS_ROOT + "/inputs/" + name;
  }

  /** A Path parameter: from another step (passed as an argument), or from a location outside. */
  static Artifact input(InputModel input) {
    String path = inputPath(input.name());
    InputSource source = input.source();
    if (!(source instanceof InputSource.External)) {
      return Artifact.at(input.name(), path);
    }
    return Artifact.located(input.name(), path, ArtifactLocations.of((InputSource.External) source));
  }

  /**
   * The returned file, archived as {@code @Archive} says and stored where its location annotation says
   * (else at the repository's default key); none for a script that returns no Path.
   */
  static Outputs outputs(ScriptModel script) {
    if (!script.returnsArtifact()) {
      return null;
    }
    Artifact.Archive archive = script.archive().map(given -> {
      switch (given.format()) {
        case "NONE":
          return Artifact.Archive.unarchived();
        case "ZIP":
          return Artifact.Archive.zipped();
        default:
          return Artifact.Archive.tarred(given.compressionLevel() >= 0 ? given.compressionLevel() : null);
      }
    }).orElse(null);
    if (script.outputLocations().isEmpty()) {
      return new Outputs(List.of(Artifact.output(RESULT, OUTPUT_PATH, archive)));
    }
    Object location = ArtifactLocations.of(script.outputLocations().get(0));
    return new Outputs(List.of(Artifact.output(RESULT, OUTPUT_PATH, archive, location)));
  }
}
