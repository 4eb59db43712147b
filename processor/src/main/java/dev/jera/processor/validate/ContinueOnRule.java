package dev.jera.processor.validate;

import dev.jera.Style;
import dev.jera.processor.diagnostic.DependsMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.model.ScriptModel;

/**
 * {@code @Script(continueOn)} is a field of a step of a STEPS template. Argo rejects it in a DAG whose
 * tasks use {@code depends}, and Jera's DAGs always do; a library's scripts are templates, not steps.
 * The exit handler's case is {@link ExitHandlerRule}'s.
 */
final class ContinueOnRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().scripts()) {
      if (script.continueOn().isEmpty() || context.graph().exitHandler().filter(exit -> exit == script).isPresent()) {
        continue;
      }
      if (context.workflow().library()) {
        diagnostics.report(script.continueOnSite(), DependsMessages.continueOnInLibrary(script.methodName()));
      } else if (context.workflow().style() != Style.STEPS) {
        diagnostics.report(
            script.continueOnSite(), DependsMessages.continueOnInDag(script.methodName(), script.name().value()));
      }
    }
  }
}
