package dev.jera.processor.validate;

import dev.jera.argo.KubeNames;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.NameMessages;
import dev.jera.processor.model.ScriptModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Step names are valid Argo names, unique in the workflow, and not the name of the steps' graph (the entrypoint). */
final class StepNameRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    Map<String, ScriptModel> seen = new HashMap<>();
    for (ScriptModel script : context.workflow().steps()) {
      String name = script.name().value();
      Optional<String> problem = KubeNames.argoTemplateName(name);
      if (name.length() > 128) {
        diagnostics.report(script.name().site(), NameMessages.stepNameTooLong(name, script.methodName()));
      } else if (problem.isPresent()) {
        diagnostics.report(script.name().site(), NameMessages.invalidStepName(name, script.methodName(), problem.get()));
      } else if (Character.isDigit(name.charAt(0))) {
        diagnostics.report(script.name().site(), NameMessages.stepNameStartsWithDigit(name, script.methodName()));
      } else if (!context.workflow().nested() && name.equals(context.workflow().entryName())) {
        // (A nested graph's step that runs a template of its own is in TemplateRule's namespace of names.)
        diagnostics.report(script.name().site(), NameMessages.reservedStepName(name, script.methodName()));
      }
      ScriptModel other = seen.putIfAbsent(name, script);
      if (other != null) {
        diagnostics.report(
            script.name().site(), NameMessages.duplicateStepName(name, script.methodName(), other.methodName()));
      }
    }
  }
}
