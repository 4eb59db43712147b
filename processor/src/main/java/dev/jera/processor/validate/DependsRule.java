package dev.jera.processor.validate;

import dev.jera.Style;
import dev.jera.argo.KubeNames;
import dev.jera.argo.expr.DependsExpression;
import dev.jera.argo.expr.ExpressionException;
import dev.jera.argo.expr.TaskReference;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.wiring.Wiring;
import java.util.Optional;
import java.util.Set;

/**
 * An outcome condition ({@code @Script(depends)}) parses, names steps of the workflow with results
 * Argo knows, uses loop results only on steps that fan out, and names every step the script reads
 * from.
 */
final class DependsRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().scripts()) {
      if (script.depends().isEmpty()) {
        continue;
      }
      Text written = script.depends().get();
      if (context.workflow().style() == Style.STEPS) {
        diagnostics.error(written.site(), Messages.dependsInSteps(script.methodName()));
        continue;
      }
      if (!script.after().isEmpty()) {
        diagnostics.error(written.site(), Messages.dependsAndAfter(script.methodName()));
      }
      DependsExpression depends;
      try {
        depends = DependsExpression.parse(written.value());
      } catch (ExpressionException e) {
        if (!namesAnInvalidStep(context, written.value())) {
          diagnostics.error(written.site(), Messages.invalidDepends(written.value(), e.reason()));
        } // else StepNameRule reports the name, which depends cannot parse either.
        continue;
      }
      for (TaskReference reference : depends.references()) {
        Optional<ScriptModel> step = context.lookup().byStepName(reference.task());
        if (step.isEmpty()) {
          diagnostics.error(
              written.site(),
              Messages.dependsUnknownStep(
                  reference.task(), context.workflow().simpleName(), context.lookup().suggestStepName(reference.task())));
          continue;
        }
        if (reference.result().isPresent() && reference.result().get().needsLoop() && !step.get().fansOut()
            && !step.get().itemWithoutLoop()) {
          diagnostics.error(written.site(), Messages.dependsNeedsLoop(reference.task(), reference.result().get().argoName()));
        }
      }
      Set<String> named = depends.taskNames();
      for (ScriptModel producer : Wiring.readsFromSteps(script, context.workflow().style(), context.lookup())) {
        if (producer != script && !named.contains(producer.name().value())) {
          diagnostics.error(written.site(), Messages.dependsMissesInput(script.methodName(), producer.name().value()));
        }
      }
    }
  }

  /** Whether {@code depends} names a step whose name Argo rejects (and so depends cannot parse). */
  private static boolean namesAnInvalidStep(Context context, String depends) {
    for (ScriptModel script : context.workflow().scripts()) {
      String name = script.name().value();
      if (!name.isEmpty() && depends.contains(name) && KubeNames.argoTemplateName(name).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
