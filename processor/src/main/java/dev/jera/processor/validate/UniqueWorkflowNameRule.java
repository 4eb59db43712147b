package dev.jera.processor.validate;

import com.squareup.javapoet.ClassName;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.NameMessages;
import dev.jera.processor.model.ManifestNames;
import dev.jera.processor.model.WorkflowModel;

/**
 * No two classes of a compilation have one workflow name and kind (Kubernetes keeps a name per kind; the
 * manifest's file name holds the kind when kinds share a name).
 * The class that keeps it is the same under every compiler ({@link dev.jera.processor.model.WorkflowNames});
 * the others are told who has it.
 */
final class UniqueWorkflowNameRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel workflow = context.workflow();
    String name = workflow.name().value();
    ClassName owner = context.names().ownerOf(name, workflow.kind());
    if (!owner.equals(workflow.className())) {
      diagnostics.report(workflow.name().site(),
          NameMessages.duplicateWorkflowName(name, ManifestNames.kind(workflow.kind()), owner.canonicalName()));
    }
  }
}
