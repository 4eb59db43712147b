package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.processor.diagnostic.CallMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.TemplateMessages;
import dev.jera.processor.model.CallModel;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.PodSettings;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
      if (callee.isLocal()) {
        checkStubSettings(context, script, callee, diagnostics);
      }
      checkInputs(script, call, callee, diagnostics);
      checkResult(script, callee, diagnostics);
      if (callee.isLibrary()) {
        context.lookup().byStepName(callee.template())
            .filter(step -> !step.isCall())
            .ifPresent(step -> diagnostics.report(call.template().site(), CallMessages.libraryTemplateClash(callee.template(), script.methodName())));
      }
    }
  }

  /**
   * A step that calls a {@code @Template} is only the call: the pod's settings are the template's, and
   * Argo would ignore them here (a step has no image, timeout or retry of its own in Jera's model).
   */
  private static void checkStubSettings(Context context, ScriptModel script, CallModel.Callee callee, Diagnostics diagnostics) {
    String template = context.workflow().templates().stream()
        .filter(t -> t.name().value().equals(callee.template())).map(ScriptModel::methodName).findFirst().orElse(callee.template());
    List<Map.Entry<String, Site>> written = new ArrayList<>();
    script.image().ifPresent(image -> written.add(Map.entry("image", image.site())));
    script.timeout().ifPresent(timeout -> written.add(Map.entry("timeout", timeout.site())));
    script.deadline().ifPresent(deadline -> written.add(Map.entry("deadline", deadline.site())));
    script.retry().ifPresent(retry -> written.add(Map.entry("@Retry", retry.site())));
    script.resources().ifPresent(resources -> written.add(Map.entry("@Resources", resources.site())));
    script.memoize().ifPresent(memoize -> written.add(Map.entry("@Memoize", memoize.site())));
    script.archive().ifPresent(archive -> written.add(Map.entry("@Archive", archive.site())));
    PodSettings settings = script.settings();
    settings.env().stream().findFirst().ifPresent(env -> written.add(Map.entry("@Env", env.site())));
    settings.envFrom().stream().findFirst().ifPresent(env -> written.add(Map.entry("@EnvFrom", env.site())));
    settings.volumes().stream().findFirst().ifPresent(volume -> written.add(Map.entry("@Volume", volume.site())));
    settings.placement().ifPresent(placement -> written.add(Map.entry("@Pod", placement.site())));
    settings.sync().ifPresent(sync -> written.add(Map.entry("@Synchronized", sync.site())));
    script.sidecars().stream().findFirst().ifPresent(sidecar -> written.add(Map.entry("@Sidecar", sidecar.site())));
    script.initContainers().stream().findFirst().ifPresent(init -> written.add(Map.entry("@InitContainer", init.site())));
    script.daemon().ifPresent(daemon -> written.add(Map.entry("@Daemon", daemon.site())));
    for (Map.Entry<String, Site> entry : written) {
      diagnostics.report(entry.getValue(), TemplateMessages.stubTemplateSetting(entry.getKey(), script.methodName(), template));
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
      Optional<CallModel.CalleeInput> target = callee.inputFor(input.name());
      if (target.isEmpty()) {
        diagnostics.report(
            input.site(),
            CallMessages.callUnknownInput(
                input.name(), script.methodName(), callee.template(), call.describedAs(), DidYouMean.closest(input.name(), accepted)));
        continue;
      }
      given.add(target.get().name());
      String expected = target.get().canonical();
      boolean fits = input.type().canonical().equals(expected) || expected.equals("java.lang.String") && !input.isArtifact();
      if (!fits) {
        diagnostics.report(
            input.site(),
            CallMessages.callInputType(input.name(), script.methodName(), input.type().display(), callee.template(), target.get().name(), target.get().display()));
      }
    }
    List<String> missing = new ArrayList<>(accepted);
    missing.removeAll(given);
    callee.inputs().stream().filter(CallModel.CalleeInput::optional).forEach(input -> missing.remove(input.name()));
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
          Site.of(script.site().element()),
          CallMessages.callResultType(script.methodName(), script.returns().display(), callee.template(), callee.returnsDisplay()));
    }
  }
}
