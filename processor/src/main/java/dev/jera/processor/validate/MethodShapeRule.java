package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.TypeMessages;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.WorkflowModel;

/** The generated runner can call every script: not private, not generic, and constructible if not static. */
final class MethodShapeRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel workflow = context.workflow();
    if (!workflow.reachable()) {
      diagnostics.report(workflow.site(), TypeMessages.privateWorkflowClass(workflow.simpleName()));
      return;
    }
    for (ScriptModel script : workflow.pods()) {
      if (!script.runsJava()) {
        continue; // A container's command or a called template runs; the method is never called.
      }
      if (script.visibility() == ScriptModel.Visibility.PRIVATE) {
        diagnostics.report(script.site(), TypeMessages.privateScript(script.methodName()));
      } else if (script.generic()) {
        diagnostics.report(script.site(), TypeMessages.genericScript(script.methodName()));
      } else if (!script.isStatic() && workflow.construction() == WorkflowModel.ConstructorAccess.UNAVAILABLE) {
        diagnostics.report(script.site(), TypeMessages.noConstructor(script.methodName(), workflow.simpleName()));
      }
    }
  }
}
