package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.FanOutMessages;
import dev.jera.processor.model.CallModel;
import dev.jera.processor.model.ForEachParameter;
import dev.jera.processor.model.ForEachTag;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.ItemFields;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.JavaType;
import dev.jera.processor.model.JsonTrees;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import java.util.List;
import java.util.Optional;

/**
 * A fan-out has one source ({@code forEach} or {@code items}) and one {@code @Item}, whose type is
 * the element type of the list fanned out over; {@code @Item} appears only in a fan-out.
 */
final class FanOutRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().scripts()) {
      if (context.graph().exitHandler().filter(exit -> exit == script).isPresent()) {
        continue; // ExitHandlerRule speaks for the exit handler.
      }
      if (script.forEach().isPresent() && !script.items().isEmpty() && script.sequence().isEmpty()) {
        diagnostics.report(script.itemsSite(), FanOutMessages.forEachAndItems(script.methodName()));
        continue;
      }
      Optional<InputModel> item = Optional.empty();
      for (InputModel input : script.inputs()) {
        if (input.sources().stream().noneMatch(s -> s instanceof InputSource.Item)) {
          continue;
        }
        if (!script.fansOut()) {
          diagnostics.report(input.site(), FanOutMessages.itemWithoutLoop(input.name(), script.methodName()));
        } else if (item.isPresent()) {
          diagnostics.report(input.site(), FanOutMessages.twoItems(input.name(), script.methodName()));
        } else {
          item = Optional.of(input);
        }
      }
      if (!script.fansOut()) {
        continue;
      }
      if (item.isEmpty() && !callsTemplateWithoutInputs(script) && !ItemFields.readsItem(script) && !repeats(script)) {
        diagnostics.report(script.site(), FanOutMessages.loopWithoutItem(script.methodName()));
      }
      Optional<Text> field = item.flatMap(FanOutRule::field);
      Optional<ParamModel> parameter = ForEachParameter.of(context.workflow(), script,
          script.forEach().flatMap(ref -> context.lookup().find(ref.value())).isPresent());
      if (parameter.isPresent()) {
        checkParameter(parameter.get(), item, field, diagnostics);
      } else if (field.isPresent()) {
        checkField(context, script, item.get(), field.get(), diagnostics);
      } else if (script.forEach().isPresent() && ForEachTag.of(script).isEmpty()) {
        checkForEach(context, script, script.forEach().get(), item, diagnostics);
      } else if (item.isPresent()) {
        checkItems(script, item.get(), diagnostics);
      }
    }
  }

  /**
   * Whether the step calls a template that takes nothing from it: such a loop only runs the template once
   * per item (Argo's examples do, e.g. parallelism-template-limit.yaml), which is no mistake.
   */
  /**
   * Whether the step loops over {@code @Sequence(count)} alone: "run it N times", the same pod each time on
   * purpose (Argo's steps-daemon-retry-strategy.yaml runs its client ten times so), which is no mistake.
   */
  private static boolean repeats(ScriptModel script) {
    return script.sequence().filter(sequence -> sequence.count().isPresent()).isPresent()
        && script.forEach().isEmpty() && script.items().isEmpty();
  }

  private static boolean callsTemplateWithoutInputs(ScriptModel script) {
    return script.call()
        .map(call -> call.target() instanceof CallModel.Resolved resolved
            && resolved.callee().inputs().stream().noneMatch(CallModel.CalleeInput::fromCaller))
        .orElse(false);
  }

  private static void checkForEach(
      Context context, ScriptModel script, Text ref, Optional<InputModel> item, Diagnostics diagnostics) {
    Optional<ScriptModel> producer = context.lookup().find(ref.value());
    if (producer.isEmpty() || producer.get() == script || producer.get().returns().isVoid()) {
      if (producer.isPresent() && producer.get().returns().isVoid() && producer.get() != script) {
        diagnostics.report(
            ref.site(), FanOutMessages.forEachNotList(ref.value(), producer.get().methodName(), "void"));
      }
      return;
    }
    if (producer.get().itemWithoutLoop()) {
      return; // Reported on its @Item; whether it gives one list or a list per element is in doubt.
    }
    // A producer that fans out itself gives the list of its results: one element per result.
    Optional<JavaType> element =
        producer.get().fansOut()
            ? Optional.of(producer.get().returns())
            : Compatibility.element(producer.get().returns());
    if (element.isEmpty()) {
      diagnostics.report(
          ref.site(),
          FanOutMessages.forEachNotList(ref.value(), producer.get().methodName(), producer.get().returns().display()));
      return;
    }
    if (item.isPresent() && !Compatibility.accepts(item.get().type(), element.get())) {
      diagnostics.report(
          item.get().site(),
          FanOutMessages.itemTypeMismatch(
              item.get().name(), script.methodName(), item.get().type().display(),
              producer.get().methodName(), element.get().display()));
    }
  }

  /**
   * {@code forEach} over a workflow parameter: Argo needs its value to be a JSON list, so the default, when
   * there is one, is a JSON list whose elements decode into the {@code @Item}'s type (or, for a field, are
   * objects that have it).
   */
  private static void checkParameter(ParamModel parameter, Optional<InputModel> item, Optional<Text> field,
      Diagnostics diagnostics) {
    if (parameter.defaultValue().isEmpty()) {
      return;
    }
    Text value = parameter.defaultValue().get();
    com.fasterxml.jackson.databind.JsonNode list;
    try {
      list = JsonTrees.read(value.value());
    } catch (java.io.IOException notJson) {
      list = null;
    }
    if (list == null || !list.isArray()) {
      diagnostics.report(value.site(), FanOutMessages.forEachParamNotList(parameter.name().value(), value.value(),
          "is not a JSON list such as [\"a\", \"b\"]"));
      return;
    }
    if (item.isEmpty()) {
      return;
    }
    int index = 0;
    for (com.fasterxml.jackson.databind.JsonNode element : list) {
      index++;
      String text = element.isTextual() ? element.asText() : element.toString();
      Optional<String> problem = field.isPresent()
          ? (element.isObject() && element.has(field.get().value().split("\\.", 2)[0])
              ? Optional.empty() : Optional.of("has no field '" + field.get().value() + "'"))
          : ShapeCodecs.problem(text, item.get().type());
      if (problem.isPresent()) {
        diagnostics.report(value.site(), FanOutMessages.forEachParamNotList(parameter.name().value(), value.value(),
            "has element " + index + ", " + text + ", that is no " + item.get().type().display() + ": " + problem.get()));
        return;
      }
    }
  }

  /** The field an {@code @Item("field")} reads, when it names one. */
  private static Optional<Text> field(InputModel item) {
    return item.sources().stream()
        .filter(InputSource.Item.class::isInstance)
        .map(source -> ((InputSource.Item) source).field())
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * {@code @Item("field")}: every literal item has the field; a sequence's numbers have none; over a
   * producer's outputs, the field is one of them. (Its value decodes at run time: Argo's outputs are text.)
   */
  private static void checkField(Context context, ScriptModel script, InputModel item, Text field, Diagnostics diagnostics) {
    String name = field.value();
    if (script.sequence().isPresent()) {
      diagnostics.report(field.site(), FanOutMessages.itemFieldOfNumber(name, item.name(), script.methodName()));
      return;
    }
    if (script.forEach().isEmpty()) {
      for (Text value : script.items()) {
        if (!ItemFields.allHave(List.of(value), name)) {
          diagnostics.report(value.site(), FanOutMessages.itemWithoutField(name, item.name(), script.methodName(), value.value()));
          return;
        }
      }
      return;
    }
    Optional<ScriptModel> producer = context.lookup().find(script.forEach().get().value());
    if (producer.isEmpty() || !ItemFields.overOutputs(script, producer.get())) {
      return; // fields of the producer's results: their JSON is checked at run time, as Argo does
    }
    List<String> outputs = ItemFields.outputValues(producer.get());
    String first = name.split("\\.", 2)[0];
    if (!outputs.contains(first)) {
      diagnostics.report(field.site(), FanOutMessages.itemFieldNotAnOutput(name, item.name(), script.methodName(),
          producer.get().name().value(), outputs, DidYouMean.closest(first, outputs)));
    }
  }

  private static void checkItems(ScriptModel script, InputModel item, Diagnostics diagnostics) {
    for (Text value : script.items()) {
      ShapeCodecs.problem(value.value(), item.type())
          .ifPresent(problem -> diagnostics.report(
              value.site(), FanOutMessages.itemNotParsing(value.value(), item.name(), item.type().display(), problem)));
    }
  }
}
