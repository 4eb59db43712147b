package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.Messages;
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
          diagnostics.error(source.site(), Messages.exitHandlerFrom(input.name(), method));
        } else if (source instanceof InputSource.Item) {
          diagnostics.error(source.site(), Messages.exitHandlerItem(input.name(), method));
        }
      }
    }
    exit.forEach().ifPresent(ref -> diagnostics.error(ref.site(), Messages.exitHandlerAttribute("forEach", method)));
    if (!exit.items().isEmpty()) {
      diagnostics.error(exit.itemsSite(), Messages.exitHandlerAttribute("items", method));
    }
    if (!exit.after().isEmpty()) {
      diagnostics.error(exit.after().get(0).site(), Messages.exitHandlerAttribute("after", method));
    }
    exit.when().ifPresent(when -> diagnostics.error(when.site(), Messages.exitHandlerAttribute("when", method)));
    exit.depends().ifPresent(depends -> diagnostics.error(depends.site(), Messages.exitHandlerAttribute("depends", method)));
    exit.sequence().ifPresent(sequence -> diagnostics.error(sequence.site(), Messages.exitHandlerAttribute("@Sequence", method)));
  }
}
