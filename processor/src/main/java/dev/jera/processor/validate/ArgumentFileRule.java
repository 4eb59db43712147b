package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.processor.diagnostic.ArtifactMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;
import java.util.List;
import java.util.Optional;

/**
 * The components of a {@code @Workflow} record are its argument files ({@code spec.arguments.artifacts}):
 * each a {@code Path} with a location, which Argo gives the entrypoint template's input of the same
 * name ({@code operator.go} calls the entrypoint with the workflow's arguments), so that input must exist.
 */
final class ArgumentFileRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    String record = context.workflow().simpleName();
    for (InputModel file : context.workflow().argumentFiles()) {
      if (!file.isArtifact() || !(file.source() instanceof InputSource.External)) {
        diagnostics.report(file.site(), ArtifactMessages.componentNotArgumentFile(file.name(), record, file.type().display()));
        continue;
      }
      Optional<ScriptModel> entry = context.workflow().entryTemplate();
      if (entry.isEmpty()) {
        diagnostics.report(file.site(), ArtifactMessages.argumentFileWithoutTemplate(file.name(), record));
        continue;
      }
      List<String> files = entry.get().inputs().stream().filter(InputModel::isArtifact).map(InputModel::name).toList();
      if (!files.contains(file.name())) {
        diagnostics.report(file.site(), ArtifactMessages.unusedArgumentFile(
            file.name(), record, entry.get().methodName(), DidYouMean.closest(file.name(), files)));
      }
    }
  }
}
