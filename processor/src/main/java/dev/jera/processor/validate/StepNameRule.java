package dev.jera.processor.validate;

import dev.jera.argo.KubeNames;
import dev.jera.processor.emit.ManifestBuilder;
import dev.jera.processor.model.ScriptModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Step names are valid Argo names, unique in the workflow, and not the entry template's. */
final class StepNameRule implements Rule {
  /** The name of the DAG or steps template the workflow starts at. */

  @Override
  public void check(Context context, Diagnostics diagnostics) {
    Map<String, ScriptModel> seen = new HashMap<>();
    for (ScriptModel script : context.workflow().scripts()) {
      String name = script.name().value();
      Optional<String> problem = KubeNames.argoTemplateName(name);
      if (name.length() > 128) {
        diagnostics.error(script.name().site(), Messages.stepNameTooLong(name, script.methodName()));
      } else if (problem.isPresent()) {
        diagnostics.error(script.name().site(), Messages.invalidStepName(name, script.methodName(), problem.get()));
      } else if (Character.isDigit(name.charAt(0))) {
        diagnostics.error(script.name().site(), Messages.stepNameStartsWithDigit(name, script.methodName()));
      } else if (name.equals(ManifestBuilder.ENTRY_TEMPLATE)) {
        diagnostics.error(script.name().site(), Messages.reservedStepName(name, script.methodName()));
      }
      ScriptModel other = seen.putIfAbsent(name, script);
      if (other != null) {
        diagnostics.error(
            script.name().site(), Messages.duplicateStepName(name, script.methodName(), other.methodName()));
      }
    }
  }
}
