package dev.jera.processor.validate;

import dev.jera.Style;
import dev.jera.argo.KubeNames;
import dev.jera.argo.expr.DependsExpression;
import dev.jera.argo.expr.TaskReference;
import dev.jera.processor.diagnostic.DependsMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.model.Parsed;
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
      Parsed<DependsExpression> parsed = script.depends().get();
      Text written = parsed.text();
      if (context.workflow().style() == Style.STEPS) {
        diagnostics.report(written.site(), DependsMessages.dependsInSteps(script.methodName()));
        continue;
      }
      if (!script.after().isEmpty()) {
        diagnostics.report(written.site(), DependsMessages.dependsAndAfter(script.methodName()));
      }
      if (parsed.problem().isPresent()) {
        if (!namesAnInvalidStep(context, written.value())) {
          diagnostics.report(written.site(), DependsMessages.invalidDepends(written.value(), parsed.problem().get()));
        } // else StepNameRule reports the name, which depends cannot parse either.
        continue;
      }
      DependsExpression depends = parsed.value();
      for (TaskReference reference : depends.references()) {
        Optional<ScriptModel> step = context.lookup().byStepName(reference.task());
        if (step.isEmpty()) {
          diagnostics.report(
              written.site(),
              DependsMessages.dependsUnknownStep(
                  reference.task(), context.workflow().simpleName(), context.lookup().suggestStepName(reference.task())));
          continue;
        }
        if (reference.result().isPresent() && reference.result().get().needsLoop() && !step.get().fansOut()
            && !step.get().itemWithoutLoop()) {
          diagnostics.report(written.site(), DependsMessages.dependsNeedsLoop(reference.task(), reference.result().get().argoName()));
        }
      }
      Set<String> named = depends.taskNames();
      for (ScriptModel producer : Wiring.readsFromSteps(script, context.workflow().style(), context.lookup())) {
        if (producer != script && !named.contains(producer.name().value())) {
          diagnostics.report(written.site(), DependsMessages.dependsMissesInput(script.methodName(), producer.name().value()));
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
