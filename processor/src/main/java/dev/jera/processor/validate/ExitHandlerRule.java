package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.ExitHandlerMessages;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;

/**
 * The exit handler runs once, after the graph, outside of it: it cannot read step results, fan out,
 * wait for steps or be conditional.
 */
final class ExitHandlerRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    if (context.graph().exitHandler().isEmpty()) {
      return;
    }
    ScriptModel exit = context.graph().exitHandler().get();
    String method = exit.methodName();
    for (InputModel input : exit.inputs()) {
      for (InputSource source : input.sources()) {
        if (source instanceof InputSource.FromStep) {
          diagnostics.report(source.site(), ExitHandlerMessages.exitHandlerFrom(input.name(), method));
        } else if (source instanceof InputSource.Item) {
          diagnostics.report(source.site(), ExitHandlerMessages.exitHandlerItem(input.name(), method));
        }
      }
    }
    exit.forEach().ifPresent(ref -> diagnostics.report(ref.site(), ExitHandlerMessages.exitHandlerAttribute("forEach", method)));
    if (!exit.items().isEmpty()) {
      diagnostics.report(exit.itemsSite(), ExitHandlerMessages.exitHandlerAttribute("items", method));
    }
    if (!exit.after().isEmpty()) {
      diagnostics.report(exit.after().get(0).site(), ExitHandlerMessages.exitHandlerAttribute("after", method));
    }
    exit.when().ifPresent(when -> diagnostics.report(when.site(), ExitHandlerMessages.exitHandlerAttribute("when", method)));
    exit.depends().ifPresent(depends -> diagnostics.report(depends.site(), ExitHandlerMessages.exitHandlerAttribute("depends", method)));
    if (!exit.continueOn().isEmpty()) {
      diagnostics.report(exit.continueOnSite(), ExitHandlerMessages.exitHandlerAttribute("continueOn", method));
    }
    exit.sequence().ifPresent(sequence -> diagnostics.report(sequence.site(), ExitHandlerMessages.exitHandlerAttribute("@Sequence", method)));
  }
}
