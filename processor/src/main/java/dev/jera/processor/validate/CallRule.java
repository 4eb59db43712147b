package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.processor.diagnostic.CallMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.model.CallModel;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.ScriptModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code @Call} resolves, passes each input of the called template by name with its type, and
 * takes the template's result type; library templates do not take a step's name.
 */
final class CallRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().scripts()) {
      if (script.call().isEmpty()) {
        continue;
      }
      CallModel call = script.call().get();
      if (script.container().isPresent()) {
        diagnostics.report(call.site(), CallMessages.callWithContainer(script.methodName()));
      }
      if (call.target() instanceof CallModel.Missing) {
        diagnostics.report(call.template().site(), CallMessages.callProblem(((CallModel.Missing) call.target()).problem()));
        continue;
      }
      if (!(call.target() instanceof CallModel.Resolved)) {
        continue;
      }
      CallModel.Callee callee = ((CallModel.Resolved) call.target()).callee();
      checkInputs(script, call, callee, diagnostics);
      checkResult(script, callee, diagnostics);
      if (callee.isLibrary()) {
        context.lookup().byStepName(callee.template())
            .filter(step -> !step.isCall())
            .ifPresent(step -> diagnostics.report(call.template().site(), CallMessages.libraryTemplateClash(callee.template(), script.methodName())));
      }
    }
  }

  private static void checkInputs(ScriptModel script, CallModel call, CallModel.Callee callee, Diagnostics diagnostics) {
    List<String> accepted = new ArrayList<>();
    for (CallModel.CalleeInput input : callee.inputs()) {
      if (input.fromCaller()) {
        accepted.add(input.name());
      }
    }
    List<String> given = new ArrayList<>();
    for (InputModel input : script.inputs()) {
      Optional<CallModel.CalleeInput> target =
          callee.inputs().stream().filter(i -> i.fromCaller() && i.name().equals(input.name())).findFirst();
      if (target.isEmpty()) {
        diagnostics.report(
            input.site(),
            CallMessages.callUnknownInput(
                input.name(), script.methodName(), callee.template(), call.describedAs(), DidYouMean.closest(input.name(), accepted)));
        continue;
      }
      given.add(input.name());
      String expected = target.get().canonical();
      boolean fits = input.type().canonical().equals(expected) || expected.equals("java.lang.String") && !input.isArtifact();
      if (!fits) {
        diagnostics.report(
            input.site(),
            CallMessages.callInputType(input.name(), script.methodName(), input.type().display(), callee.template(), target.get().display()));
      }
    }
    List<String> missing = new ArrayList<>(accepted);
    missing.removeAll(given);
    if (!missing.isEmpty()) {
      diagnostics.report(call.site(), CallMessages.callMissingInput(script.methodName(), callee.template(), call.describedAs(), missing));
    }
  }

  private static void checkResult(ScriptModel script, CallModel.Callee callee, Diagnostics diagnostics) {
    if (script.returns().isVoid()) {
      return;
    }
    // As with @From, the stub is typed as Java would: a String stub does not hide an int result.
    if (!script.returns().canonical().equals(callee.returnsCanonical())) {
      diagnostics.report(
          dev.jera.processor.model.Site.of(script.site().element()),
          CallMessages.callResultType(script.methodName(), script.returns().display(), callee.template(), callee.returnsDisplay()));
    }
  }
}
