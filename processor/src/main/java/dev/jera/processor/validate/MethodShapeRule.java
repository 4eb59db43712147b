package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.Messages;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.WorkflowModel;

/** The generated runner can call every script: not private, not generic, and constructible if not static. */
final class MethodShapeRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel workflow = context.workflow();
    if (!workflow.reachable()) {
      diagnostics.error(workflow.site(), Messages.privateWorkflowClass(workflow.simpleName()));
      return;
    }
    for (ScriptModel script : workflow.scripts()) {
      if (!script.runsJava()) {
        continue; // A container's command or a called template runs; the method is never called.
      }
      if (script.visibility() == ScriptModel.Visibility.PRIVATE) {
        diagnostics.error(script.site(), Messages.privateScript(script.methodName()));
      } else if (script.generic()) {
        diagnostics.error(script.site(), Messages.genericScript(script.methodName()));
      } else if (!script.isStatic() && workflow.construction() == WorkflowModel.ConstructorAccess.UNAVAILABLE) {
        diagnostics.error(script.site(), Messages.noConstructor(script.methodName(), workflow.simpleName()));
      }
    }
  }
}
