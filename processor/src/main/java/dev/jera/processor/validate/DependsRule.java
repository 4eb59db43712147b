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
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * An outcome condition ({@code @Script(depends)}) parses, names steps of the workflow with results
 * Argo knows, uses loop results only on steps that fan out, and names every step the script reads
 * from, or a step that waits for it (Argo asks for an ancestor).
 */
final class DependsRule implements Rule {

  /** The steps {@code script} waits for through what its dependencies wait for, its direct ones left out. */
  private static Set<ScriptModel> ancestors(Context context, ScriptModel script) {
    Set<ScriptModel> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<ScriptModel> next = new ArrayDeque<>();
    context.graph().node(script).ifPresent(node -> node.dependsOn().forEach(direct ->
        context.graph().node(direct).ifPresent(of -> next.addAll(of.dependsOn()))));
    while (!next.isEmpty()) {
      ScriptModel step = next.pop();
      if (step != script && seen.add(step)) {
        context.graph().node(step).ifPresent(node -> next.addAll(node.dependsOn()));
      }
    }
    return seen;
  }
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
      Set<ScriptModel> ancestors = ancestors(context, script);
      for (ScriptModel producer : Wiring.readsFromSteps(script, context.workflow().style(), context.lookup())) {
        // A step that one it depends on waits for is fulfilled too before it starts, as Argo's lint asks (ancestors).
        if (producer != script && !named.contains(producer.name().value()) && !ancestors.contains(producer)) {
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
