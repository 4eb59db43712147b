package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.ArtifactMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.LocationKind;
import dev.jera.processor.model.OutputModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import java.util.Optional;
import java.util.Set;

/**
 * {@code @Output(gc)} deletes a stored file: only files are stored, and Argo's drivers delete only from
 * some stores (S3, GCS, Azure, OSS, plugins; the HTTP, Git, HDFS and raw drivers return
 * {@code ErrDeleteNotSupported}, Artifactory is HTTP).
 */
final class ArtifactGcRule implements Rule {
  private static final Set<LocationKind> DELETABLE =
      Set.of(LocationKind.S3, LocationKind.GCS, LocationKind.AZURE, LocationKind.OSS, LocationKind.PLUGIN);

  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().pods()) {
      for (OutputModel output : script.outputs()) {
        if (output.gc().isPresent()) {
          check(script, output, output.gc().get(), diagnostics);
        }
      }
    }
  }

  private static void check(ScriptModel script, OutputModel output, Text gc, Diagnostics diagnostics) {
    if (!output.isArtifact()) {
      diagnostics.report(gc.site(), ArtifactMessages.gcOnValue(output.name().value(), script.methodName(), output.type().display()));
      return;
    }
    Optional<InputSource.External> location = output.component().isEmpty()
        ? script.outputLocations().stream().findFirst()
        : output.location();
    location.filter(where -> !DELETABLE.contains(where.store())).ifPresent(where ->
        diagnostics.report(gc.site(), ArtifactMessages.gcUnsupportedStore(output.name().value(), script.methodName(),
            where.store().annotation())));
  }
}
