package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.TypeMessages;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.JsonShape;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Site;

/**
 * Every value that crosses a pod boundary has a JSON form: parameters and results. Secrets arrive as
 * text and must be {@code String}s.
 */
final class JsonTravelRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().pods()) {
      if (script.returns().shape() instanceof JsonShape.Unsupported) {
        diagnostics.report(
            Site.of(script.site().element()),
            TypeMessages.resultNotJson(
                script.methodName(), script.returns().display(),
                ((JsonShape.Unsupported) script.returns().shape()).reason()));
      }
      for (InputModel input : script.inputs()) {
        boolean secret = input.sources().stream().anyMatch(s -> s instanceof InputSource.Secret);
        if (secret) {
          if (!input.type().isString()) {
            diagnostics.report(
                input.site(), TypeMessages.secretNotString(input.name(), script.methodName(), input.type().display()));
          }
        } else if (input.type().shape() instanceof JsonShape.Unsupported) {
          diagnostics.report(
              input.site(),
              TypeMessages.parameterNotJson(
                  input.name(), script.methodName(), input.type().display(),
                  ((JsonShape.Unsupported) input.type().shape()).reason()));
        }
      }
    }
  }
}
