package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.ReferenceMessages;
import dev.jera.processor.model.ForEachParameter;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.wiring.Wiring;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Names in {@code @From}, {@code forEach}, {@code after} and {@code onExit} are scripts of the
 * workflow; a step does not name itself or the exit handler; {@code @From} reads a script that
 * returns something.
 */
final class ReferenceRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    // onExit may name a @Template too; the graph has found it when it names anything.
    context.workflow().onExit()
        .filter(ref -> context.graph().exitHandler().isEmpty() && context.workflow().exitGraph().isEmpty())
        .ifPresent(ref -> {
      List<String> names = new ArrayList<>(context.lookup().names());
      context.workflow().templates().forEach(t -> names.add(t.name().value()));
      context.workflow().graphs().forEach(g -> names.add(g.name().value()));
      diagnostics.report(ref.site(), ReferenceMessages.unknownScript(
          ref.value(), context.workflow().simpleName(), DidYouMean.closest(ref.value(), names)));
    });
    Optional<ScriptModel> exitHandler = context.graph().exitHandler();
    for (ScriptModel script : context.workflow().scripts()) {
      for (Text ref : Wiring.references(script)) {
        if (script.forEach().filter(f -> f == ref).isPresent() && context.lookup().find(ref.value()).isEmpty()
            && ForEachParameter.namesParameter(context.workflow(), script)) {
          continue; // forEach names a workflow parameter (FanOutRule checks it); a step of that name would win
        }
        Optional<ScriptModel> target = resolve(ref, context, diagnostics);
        if (target.isEmpty()) {
          continue;
        }
        if (target.get() == script) {
          diagnostics.report(ref.site(), ReferenceMessages.selfReference(script.methodName(), how(script, ref)));
        } else if (exitHandler.isPresent() && exitHandler.get() == target.get() && exitHandler.get() != script) {
          diagnostics.report(ref.site(), ReferenceMessages.referenceToExitHandler(ref.value(), script.methodName()));
        }
      }
      for (InputModel input : script.inputs()) {
        for (InputSource source : input.sources()) {
          if (source instanceof InputSource.FromStep from && from.output().isEmpty()) {
            Text ref = from.ref();
            context.lookup().find(ref.value())
                // A resource template's or a daemon's step has no result for another reason: their rules say so.
                .filter(producer -> producer.returns().isVoid() && producer != script
                    && ResourceTemplateRule.resourceOf(context, producer).isEmpty()
                    && DaemonRule.daemonOf(context, producer).isEmpty())
                .ifPresent(producer -> diagnostics.report(
                    ref.site(), ReferenceMessages.fromVoid(producer.methodName(), input.name(), script.methodName())));
          }
        }
      }
    }
  }

  private static Optional<ScriptModel> resolve(Text ref, Context context, Diagnostics diagnostics) {
    Optional<ScriptModel> target = context.lookup().find(ref.value());
    if (target.isEmpty()) {
      diagnostics.report(
          ref.site(),
          ReferenceMessages.unknownScript(
              ref.value(), context.workflow().simpleName(), DidYouMean.closest(ref.value(), context.lookup().names())));
    }
    return target;
  }

  private static String how(ScriptModel script, Text ref) {
    if (script.forEach().filter(f -> f == ref).isPresent()) {
      return "forEach";
    }
    return script.after().contains(ref) ? "after" : "@From";
  }
}
