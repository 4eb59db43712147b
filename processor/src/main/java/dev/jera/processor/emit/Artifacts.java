package dev.jera.processor.emit;

import dev.jera.processor.emit.argo.Artifact;
import dev.jera.processor.emit.argo.EnvVar;
import dev.jera.processor.emit.argo.Outputs;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.KeyRef;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
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
    InputSource.External external = (InputSource.External) source;
    switch (external.kind()) {
      case "http":
        return Artifact.http(input.name(), path, new Artifact.Http(text(external, "value")));
      case "git":
        return Artifact.git(input.name(), path,
            new Artifact.Git(
                text(external, "repo"), text(external, "revision"), external.depth().orElse(null),
                secret(external, "usernameSecret"), secret(external, "passwordSecret"),
                secret(external, "sshPrivateKeySecret")));
      case "s3":
        return Artifact.s3(input.name(), path,
            new Artifact.S3(
                text(external, "endpoint"), text(external, "bucket"), text(external, "region"), text(external, "key"),
                secret(external, "accessKeySecret"), secret(external, "secretKeySecret")));
      default:
        return Artifact.gcs(input.name(), path,
            new Artifact.Gcs(text(external, "bucket"), text(external, "key"), secret(external, "serviceAccountKeySecret")));
    }
  }

  /** The returned file, archived as {@code @Archive} says; none for a script that returns no Path. */
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
    return new Outputs(List.of(Artifact.output(RESULT, OUTPUT_PATH, archive)));
  }

  private static String text(InputSource.External external, String attribute) {
    return external.attribute(attribute).map(Text::value).orElse(null);
  }

  /** A {@code "secret/key"} credential as a Secret key reference. */
  private static EnvVar.KeyRef secret(InputSource.External external, String attribute) {
    return external.secret(attribute).map(parsed -> {
      KeyRef ref = parsed.value();
      return new EnvVar.KeyRef(ref.name(), ref.key());
    }).orElse(null);
  }
}
