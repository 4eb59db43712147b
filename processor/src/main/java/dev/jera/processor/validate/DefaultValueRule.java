package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.ParamMessages;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import java.util.HashSet;
import java.util.Set;

/**
 * A workflow parameter's default and allowed values decode into the Java type of every script
 * parameter that takes it, as the runner will decode them.
 */
final class DefaultValueRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ParamModel param : context.workflow().params()) {
      // A value is told once per type it does not decode into, not once per script that takes it.
      Set<String> types = new HashSet<>();
      for (ScriptModel script : context.workflow().scripts()) {
        for (InputModel input : script.inputs()) {
          if (takes(input, param.name().value()) && types.add(input.type().canonical())) {
            check(param, input, script, diagnostics);
          }
        }
      }
      // The entrypoint @Template's input of the parameter's name takes its value.
      context.workflow().entryTemplate().ifPresent(entry -> entry.inputs().stream()
          .filter(input -> input.name().equals(param.name().value()) && !input.isArtifact())
          .filter(input -> input.source() instanceof InputSource.Caller && types.add(input.type().canonical()))
          .forEach(input -> check(param, input, entry, diagnostics)));
    }
  }

  /** Whether the input takes the parameter, as its one source: two sources are TWO_SOURCES's to report. */
  private static boolean takes(InputModel input, String param) {
    if (input.sources().size() != 1) {
      return false;
    }
    for (InputSource source : input.sources()) {
      if (source instanceof InputSource.Parameter && ((InputSource.Parameter) source).name().value().equals(param)) {
        return true;
      }
    }
    return false;
  }

  private static void check(ParamModel param, InputModel input, ScriptModel script, Diagnostics diagnostics) {
    String where = "parameter '" + input.name() + "' of " + script.methodName() + "()";
    String type = input.type().display();
    String name = param.name().value();
    if (param.defaultValue().isPresent() && !param.defaultValue().get().value().contains("{{")) {
      Text value = param.defaultValue().get();
      ShapeCodecs.problem(value.value(), input.type())
          .ifPresent(problem -> diagnostics.report(
              value.site(), ParamMessages.defaultNotParsing(value.value(), name, type, where, problem)));
    }
    for (Text value : param.allowed()) {
      ShapeCodecs.problem(value.value(), input.type())
          .ifPresent(problem -> diagnostics.report(
              value.site(), ParamMessages.allowedNotParsing(value.value(), name, type, where, problem)));
    }
  }
}
