package dev.jera.processor.validate;

import dev.jera.argo.variables.ArtifactReference;
import dev.jera.processor.diagnostic.ArtifactMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.OutputMessages;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;
import java.util.Optional;

/**
 * Files ({@code java.nio.file.Path}) travel as Argo artifacts: a Path parameter is filled by a script
 * returning a Path or by a location outside ({@code @Http}, {@code @S3}, …), locations fill only Paths,
 * there is no fan-in of files, and archives are set on returned files only.
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
      if (!input.isArtifact()) {
        diagnostics.report(source.site(), ArtifactMessages.locationOnNonPath(SourceRule.annotation(source), input.name(), method, input.type().display()));
      }
      return; // LocationRule checks the location's own attributes.
    }
    if (source instanceof InputSource.FromStep from) {
      if (from.output().isPresent()) {
        return; // OutputReadRule checks what reads a named output.
      }
      Optional<ScriptModel> producer = context.lookup().find(((InputSource.FromStep) source).ref().value());
      if (producer.isEmpty() || !producer.get().returnsArtifact()) {
        return; // TypeFlowRule compares the types of values.
      }
      Optional<String> named = producer.get().outputs().stream()
          .filter(output -> output.component().isEmpty() && output.isArtifact())
          .map(output -> output.name().value())
          .findFirst();
      if (named.isPresent()) {
        diagnostics.report(source.site(), OutputMessages.namedFile(producer.get().name().value(), named.get()));
        return;
      }
      if (!input.isArtifact()) {
        diagnostics.report(input.site(), ArtifactMessages.fileAsValue(input.name(), method, producer.get().methodName()));
      } else if (producer.get().fansOut()) {
        diagnostics.report(input.site(), ArtifactMessages.fileFanIn(input.name(), method, producer.get().methodName()));
      }
      return;
    }
    // A call may pass a file by its reference (an argument's `from`): a global output, another step's or the graph's input file.
    if (input.isArtifact() && script.isCall() && source instanceof InputSource.Value value) {
      if (!ArtifactReference.is(value.template().value())) {
        diagnostics.report(source.site(), ArtifactMessages.fileValueNotAReference(input.name(), method, value.template().value()));
      }
      return;
    }
    // A template's input file is passed by the step that calls it (its @Param only names it).
    if (input.isArtifact() && !(source instanceof InputSource.Caller)) {
      diagnostics.report(source.site(), ArtifactMessages.fileWithoutSource(input.name(), method, SourceRule.annotation(source)));
    }
  }
}
