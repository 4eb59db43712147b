package dev.jera.processor.validate;

import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
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
    context.workflow().artifactRepository().ifPresent(ref -> {
      if (!KeyReference.valid(ref.value())) {
        diagnostics.error(ref.site(), Messages.invalidArtifactRepository(ref.value()));
      }
    });
    for (ScriptModel script : context.workflow().scripts()) {
      script.archive().ifPresent(archive -> {
        if (!script.returnsArtifact()) {
          diagnostics.error(archive.site(), Messages.archiveWithoutFile(script.methodName()));
        }
        if (archive.compressionLevel() < -1 || archive.compressionLevel() > 9) {
          diagnostics.error(archive.levelSite(), Messages.compressionLevel(archive.compressionLevel()));
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
        diagnostics.error(source.site(), Messages.locationOnNonPath(SourceRule.annotation(source), input.name(), method, input.type().display()));
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
        diagnostics.error(input.site(), Messages.fileAsValue(input.name(), method, producer.get().methodName()));
      } else if (producer.get().fansOut()) {
        diagnostics.error(input.site(), Messages.fileFanIn(input.name(), method, producer.get().methodName()));
      }
      return;
    }
    if (input.isArtifact()) {
      diagnostics.error(source.site(), Messages.fileWithoutSource(input.name(), method, SourceRule.annotation(source)));
    }
  }

  private static void location(InputSource.External external, Diagnostics diagnostics) {
    switch (external.kind()) {
      case "http":
        external.attribute("value").ifPresent(url -> {
          String value = url.value();
          if (!value.startsWith("{{") && !value.startsWith("http://") && !value.startsWith("https://")) {
            diagnostics.error(url.site(), Messages.invalidUrl(value));
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
                || external.attribute("accessKeySecret").isPresent() || external.attribute("secretKeySecret").isPresent())) {
          diagnostics.error(external.site(), Messages.keyOnlyWithLocation("S3"));
        }
        secretRefs(external, List.of("accessKeySecret", "secretKeySecret"), diagnostics);
        break;
      default:
        required(external, "Gcs", "key", diagnostics);
        if (external.attribute("bucket").isEmpty() && external.attribute("serviceAccountKeySecret").isPresent()) {
          diagnostics.error(external.site(), Messages.keyOnlyWithLocation("Gcs"));
        }
        secretRefs(external, List.of("serviceAccountKeySecret"), diagnostics);
    }
  }

  private static void required(InputSource.External external, String annotation, String attribute, Diagnostics diagnostics) {
    if (external.attribute(attribute).isEmpty()) {
      diagnostics.error(external.site(), Messages.emptyLocation(annotation, attribute));
    }
  }

  private static void secretRefs(InputSource.External external, List<String> attributes, Diagnostics diagnostics) {
    for (String attribute : attributes) {
      Optional<Text> value = external.attribute(attribute);
      if (value.isEmpty()) {
        continue;
      }
      if (!KeyReference.valid(value.get().value())) {
        diagnostics.error(value.get().site(), Messages.invalidSecretRef(attribute, value.get().value()));
      }
    }
  }
}
