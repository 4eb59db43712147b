package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.SourceMessages;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;

/** Every parameter of a script has exactly one source. */
final class SourceRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().scripts()) {
      for (InputModel input : script.inputs()) {
        if (input.sources().isEmpty()) {
          diagnostics.report(input.site(), SourceMessages.noSource(input.name(), script.methodName()));
        } else if (input.sources().size() > 1) {
          InputSource first = input.sources().get(0);
          InputSource second = input.sources().get(1);
          boolean locations = first instanceof InputSource.External && second instanceof InputSource.External;
          diagnostics.report(
              second.site(),
              locations
                  ? SourceMessages.twoLocations(input.name(), script.methodName(), annotation(first), annotation(second))
                  : SourceMessages.twoSources(input.name(), script.methodName(), annotation(first), annotation(second)));
        }
      }
    }
  }

  static String annotation(InputSource source) {
    if (source instanceof InputSource.Parameter) {
      return "Param";
    }
    if (source instanceof InputSource.FromStep) {
      return "From";
    }
    if (source instanceof InputSource.Item) {
      return "Item";
    }
    if (source instanceof InputSource.Value) {
      return "Value";
    }
    if (source instanceof InputSource.External) {
      return ((InputSource.External) source).store().annotation();
    }
    return "Secret";
  }
}
