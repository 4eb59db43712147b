package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.ParamMessages;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;

/**
 * {@code defaultValue}, {@code description}, {@code allowed} and {@code configMap} declare a workflow parameter on the
 * class; on a script's {@code @Param} they would be silently ignored, so they are errors there.
 */
final class ParamAttributeRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().scripts()) {
      for (InputModel input : script.inputs()) {
        for (InputSource source : input.sources()) {
          if (source instanceof InputSource.Parameter) {
            for (Text attribute : ((InputSource.Parameter) source).declaring()) {
              diagnostics.report(
                  attribute.site(), ParamMessages.paramAttributeOnScript(attribute.value(), input.name(), script.methodName()));
            }
          }
        }
      }
    }
  }
}
