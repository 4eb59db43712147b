package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.CallMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;

/** A library script's parameters are filled by the calling step: no wiring annotations of their own. */
final class LibrarySourceRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().scripts()) {
      for (InputModel input : script.inputs()) {
        for (InputSource source : input.sources()) {
          boolean fixed = source instanceof InputSource.Secret || source instanceof InputSource.External;
          if (!fixed) {
            diagnostics.report(source.site(), CallMessages.librarySource(SourceRule.annotation(source), input.name(), script.methodName()));
          }
        }
      }
    }
  }
}
