package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.argo.GoDuration;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.ResourceMessages;
import dev.jera.processor.model.CallModel;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.TimeLimit;
import java.util.List;
import java.util.Optional;

/**
 * A timeout that names an input ({@code "{{inputs.parameters.timeout}}"}) names an input parameter of its
 * own template, and every literal value that input can get parses as a duration, as Argo parses the
 * substituted timeout when the pod starts: the input's {@code @Value} or default, and the {@code @Value} of
 * each step that calls the template.
 */
final class TimeLimitRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().pods()) {
      Optional<String> input = inputOf(script);
      if (input.isEmpty()) {
        continue;
      }
      List<String> names = script.inputs().stream().filter(i -> !i.isArtifact()).map(InputModel::name).toList();
      String annotation = context.workflow().templates().contains(script) ? "@Template" : "@Script";
      if (!names.contains(input.get())) {
        diagnostics.report(script.timeout().get().site(), ResourceMessages.unknownTimeoutInput(
            annotation + "(timeout)", input.get(), script.methodName(), DidYouMean.closest(input.get(), names)));
        continue;
      }
      for (InputModel parameter : script.inputs()) {
        if (parameter.name().equals(input.get())) {
          literal(parameter).ifPresent(value -> checkValue(value, input.get(), script.name().value(), diagnostics));
        }
      }
    }
    for (ScriptModel step : context.workflow().scripts()) {
      checkCall(context, step, diagnostics);
    }
  }

  /** A step that calls a {@code @Template} of this workflow passes values for its timeout's input. */
  private static void checkCall(Context context, ScriptModel step, Diagnostics diagnostics) {
    if (step.call().isEmpty() || !(step.call().get().target() instanceof CallModel.Resolved resolved)
        || !resolved.callee().isLocal()) {
      return;
    }
    CallModel.Callee callee = resolved.callee();
    Optional<ScriptModel> template = context.workflow().templates().stream()
        .filter(t -> t.name().value().equals(callee.template())).findFirst();
    Optional<String> input = template.flatMap(TimeLimitRule::inputOf);
    if (input.isEmpty()) {
      return;
    }
    for (InputModel argument : step.inputs()) {
      boolean forTimeout = callee.inputFor(argument.name()).filter(i -> i.name().equals(input.get())).isPresent();
      if (forTimeout && argument.source() instanceof InputSource.Value value && !value.template().value().contains("{{")) {
        checkValue(value.template(), input.get(), callee.template(), diagnostics);
      }
    }
  }

  private static Optional<String> inputOf(ScriptModel script) {
    return script.timeout()
        .flatMap(timeout -> timeout.result())
        .filter(TimeLimit.FromInput.class::isInstance)
        .map(limit -> ((TimeLimit.FromInput) limit).input());
  }

  /** The literal the input gets when nothing else is passed: its {@code @Value}, or its default. */
  private static Optional<Text> literal(InputModel parameter) {
    InputSource source = parameter.source();
    if (source instanceof InputSource.Value value) {
      return Optional.of(value.template()).filter(text -> !text.value().contains("{{"));
    }
    if (source instanceof InputSource.Caller caller) {
      return caller.defaultValue();
    }
    return Optional.empty();
  }

  private static void checkValue(Text value, String input, String template, Diagnostics diagnostics) {
    Optional<String> problem = GoDuration.problem(value.value());
    if (problem.isEmpty() && GoDuration.isBareInteger(value.value())) {
      problem = Optional.of(ResourceMessages.bareNumber(value.value()));
    }
    problem.ifPresent(p -> diagnostics.report(value.site(),
        ResourceMessages.timeoutArgumentNotDuration(value.value(), input, template, p)));
  }
}
