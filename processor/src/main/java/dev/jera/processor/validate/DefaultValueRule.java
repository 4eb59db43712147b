package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.ParamMessages;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;

/**
 * A workflow parameter's default and allowed values decode into the Java type of every script
 * parameter that takes it, as the runner will decode them.
 */
final class DefaultValueRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ParamModel param : context.workflow().params()) {
      for (ScriptModel script : context.workflow().scripts()) {
        for (InputModel input : script.inputs()) {
          if (takes(input, param.name().value())) {
            check(param, input, script, diagnostics);
          }
        }
      }
    }
  }

  private static boolean takes(InputModel input, String param) {
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
