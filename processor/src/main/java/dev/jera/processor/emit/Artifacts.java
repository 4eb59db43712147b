package dev.jera.processor.emit;

import dev.jera.processor.emit.argo.Absent;
import dev.jera.processor.emit.argo.Artifact;
import dev.jera.processor.emit.argo.OutputParameter;
import dev.jera.processor.emit.argo.Outputs;
import dev.jera.processor.model.ArchiveModel;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.JsonShape;
import dev.jera.processor.model.OutputModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.runner.StepInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The files of a script's template: each Path parameter and a returned Path, where the runner expects them. */
final class Artifacts {
  /** The name of the file a step returns. */
  static final String RESULT = "result";

  private Artifacts() {}

  /** Where a step finds input file {@code name}: the runner's convention. */
  private static String inputPath(String name) {
    return StepInputs.ARTIFACTS_ROOT + "/inputs/" + name;
  }

  /** A Path parameter: from another step (passed as an argument), or from a location outside. */
  static Artifact input(InputModel input) {
    String path = inputPath(input.name());
    InputSource source = input.source();
    boolean optional = JsonShape.optionalFile(input.type().shape());
    if (!(source instanceof InputSource.External)) {
      return Artifact.at(input.name(), path).withOptional(optional);
    }
    return Artifact.located(input.name(), path, ArtifactLocations.of((InputSource.External) source)).withOptional(optional);
  }

  /**
   * What a template leaves: the returned file as the artifact {@code result} (unless an {@code @Output}
   * names it), and each {@code @Output}, a parameter read from the file the runner writes or an artifact.
   * A returned file is archived as {@code @Archive} says and stored where its location annotation says
   * (else at the repository's default key). None for a script that leaves nothing.
   */
  static Outputs outputs(ScriptModel script) {
    List<OutputParameter> parameters = new ArrayList<>();
    List<Artifact> artifacts = new ArrayList<>();
    if (script.returnsResultArtifact()) {
      artifacts.add(returnedFile(script, RESULT).withOptional(JsonShape.optionalFile(script.returns().shape())));
    }
    for (OutputModel output : script.outputs()) {
      String global = output.global().map(Text::value).orElse(null);
      String name = output.name().value();
      if (output.isArtifact()) {
        Artifact file = output.component().isEmpty()
            ? returnedFile(script, name)
            : output.locations().isEmpty()
                ? Artifact.output(name, outputPath(name), archive(output.archive()))
                : Artifact.output(name, outputPath(name), archive(output.archive()),
                    ArtifactLocations.of(output.locations().get(0)));
        artifacts.add(file.withGlobalName(global).withGc(output.gc().map(Text::value).orElse(null))
            .withOptional(JsonShape.optionalFile(output.type().shape())));
      } else {
        String defaultValue = output.defaultValue().map(Text::value).orElse(null);
        // A resource template's outputs are read from its object, not from a file its pod leaves.
        OutputParameter.ValueFrom from = script.isSuspend()
            ? OutputParameter.ValueFrom.supplied(defaultValue)
            : output.readsObject()
            ? new OutputParameter.ValueFrom(null, output.jsonPath().map(Text::value).orElse(null),
                output.jqFilter().map(Text::value).orElse(null), defaultValue)
            : new OutputParameter.ValueFrom(parameterPath(name), defaultValue);
        parameters.add(new OutputParameter(name, from, global));
      }
    }
    if (parameters.isEmpty() && artifacts.isEmpty()) {
      return null;
    }
    return new Outputs(Absent.ifEmpty(parameters), Absent.ifEmpty(artifacts));
  }

  /** Where the runner leaves output file {@code name}. */
  static String outputPath(String name) {
    return StepInputs.ARTIFACTS_ROOT + "/outputs/" + name;
  }

  /** Where the runner leaves the value of output parameter {@code name}. */
  static String parameterPath(String name) {
    return StepInputs.ARTIFACTS_ROOT + "/" + StepInputs.PARAMETERS + "/" + name;
  }

  /** The file the method returns, named {@code name}, archived and located as its annotations say. */
  private static Artifact returnedFile(ScriptModel script, String name) {
    Artifact.Archive archive = archive(script.archive());
    if (script.outputLocations().isEmpty()) {
      return Artifact.output(name, outputPath(name), archive);
    }
    return Artifact.output(name, outputPath(name), archive, ArtifactLocations.of(script.outputLocations().get(0)));
  }

  /** {@code archive} as {@code @Archive} says; {@code null} (Argo's default tarball) without one. */
  private static Artifact.Archive archive(Optional<ArchiveModel> archive) {
    return archive.map(given -> {
      switch (given.format()) {
        case "NONE":
          return Artifact.Archive.unarchived();
        case "ZIP":
          return Artifact.Archive.zipped();
        default:
          return Artifact.Archive.tarred(given.compressionLevel() >= 0 ? given.compressionLevel() : null);
      }
    }).orElse(null);
  }
}
