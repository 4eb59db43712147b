package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.ArtifactMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;
import java.util.List;
import java.util.Optional;

/**
 * Files ({@code java.nio.file.Path}) travel as Argo artifacts: a Path parameter is filled by a script
 * returning a Path or by a location outside ({@code @Http}, {@code @Git}, {@code @S3}, {@code @Gcs}),
 * locations fill only Paths, there is no fan-in of files, and the settings of each are complete.
 */
final class ArtifactRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    context.workflow().artifactRepository().filter(ref -> !ref.isValid())
        .ifPresent(ref -> diagnostics.report(ref.site(), ArtifactMessages.invalidArtifactRepository(ref.written())));
    for (ScriptModel script : context.workflow().pods()) {
      script.archive().ifPresent(archive -> {
        if (!script.returnsArtifact()) {
          diagnostics.report(archive.site(), ArtifactMessages.archiveWithoutFile(script.methodName()));
        }
        if (archive.compressionLevel() < -1 || archive.compressionLevel() > 9) {
          diagnostics.report(archive.levelSite(), ArtifactMessages.compressionLevel(archive.compressionLevel()));
        }
      });
      for (InputModel input : script.inputs()) {
        for (InputSource source : input.sources()) {
          check(context, script, input, source, diagnostics);
        }
      }
    }
  }

  private static void check(Context context, ScriptModel script, InputModel input, InputSource source, Diagnostics diagnostics) {
    String method = script.methodName();
    if (source instanceof InputSource.External) {
      InputSource.External external = (InputSource.External) source;
      if (!input.isArtifact()) {
        diagnostics.report(source.site(), ArtifactMessages.locationOnNonPath(SourceRule.annotation(source), input.name(), method, input.type().display()));
      } else {
        location(external, diagnostics);
      }
      return;
    }
    if (source instanceof InputSource.FromStep) {
      Optional<ScriptModel> producer = context.lookup().find(((InputSource.FromStep) source).ref().value());
      if (producer.isEmpty() || !producer.get().returnsArtifact()) {
        return; // TypeFlowRule compares the types of values.
      }
      if (!input.isArtifact()) {
        diagnostics.report(input.site(), ArtifactMessages.fileAsValue(input.name(), method, producer.get().methodName()));
      } else if (producer.get().fansOut()) {
        diagnostics.report(input.site(), ArtifactMessages.fileFanIn(input.name(), method, producer.get().methodName()));
      }
      return;
    }
    // A template's input file is passed by the step that calls it (its @Param only names it).
    if (input.isArtifact() && !(source instanceof InputSource.Caller)) {
      diagnostics.report(source.site(), ArtifactMessages.fileWithoutSource(input.name(), method, SourceRule.annotation(source)));
    }
  }

  private static void location(InputSource.External external, Diagnostics diagnostics) {
    switch (external.kind()) {
      case "http":
        external.attribute("value").ifPresent(url -> {
          String value = url.value();
          if (!value.startsWith("{{") && !value.startsWith("http://") && !value.startsWith("https://")) {
            diagnostics.report(url.site(), ArtifactMessages.invalidUrl(value));
          }
        });
        break;
      case "git":
        required(external, "Git", "repo", diagnostics);
        secretRefs(external, List.of("usernameSecret", "passwordSecret", "sshPrivateKeySecret"), diagnostics);
        break;
      case "s3":
        required(external, "S3", "key", diagnostics);
        if (external.attribute("bucket").isEmpty()
            && (external.attribute("endpoint").isPresent() || external.attribute("region").isPresent()
                || external.secret("accessKeySecret").isPresent() || external.secret("secretKeySecret").isPresent())) {
          diagnostics.report(external.site(), ArtifactMessages.keyOnlyWithLocation("S3"));
        }
        secretRefs(external, List.of("accessKeySecret", "secretKeySecret"), diagnostics);
        break;
      default:
        required(external, "Gcs", "key", diagnostics);
        if (external.attribute("bucket").isEmpty() && external.secret("serviceAccountKeySecret").isPresent()) {
          diagnostics.report(external.site(), ArtifactMessages.keyOnlyWithLocation("Gcs"));
        }
        secretRefs(external, List.of("serviceAccountKeySecret"), diagnostics);
    }
  }

  private static void required(InputSource.External external, String annotation, String attribute, Diagnostics diagnostics) {
    if (external.attribute(attribute).isEmpty()) {
      diagnostics.report(external.site(), ArtifactMessages.emptyLocation(annotation, attribute));
    }
  }

  private static void secretRefs(InputSource.External external, List<String> attributes, Diagnostics diagnostics) {
    for (String attribute : attributes) {
      external.secret(attribute).filter(ref -> !ref.isValid())
          .ifPresent(ref -> diagnostics.report(ref.site(), ArtifactMessages.invalidSecretRef(attribute, ref.written())));
    }
  }
}
