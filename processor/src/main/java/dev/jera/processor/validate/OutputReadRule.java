package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.OutputMessages;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.JavaType;
import dev.jera.processor.model.JsonShape;
import dev.jera.processor.model.OutputModel;
import dev.jera.processor.model.ScriptModel;
import java.util.List;
import java.util.Optional;

/**
 * {@code @From(value = "s", output = "x")} names an output {@code s} has, into a parameter of its type: a
 * {@code Path} for a file, else the value's type ({@code T} of an {@code Optional<T>}). From a producer that
 * fans out it is the list Argo aggregates: of the values' texts, or of the values themselves when they are
 * JSON objects or lists.
 */
final class OutputReadRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    for (ScriptModel script : context.workflow().scripts()) {
      for (InputModel input : script.inputs()) {
        for (InputSource source : input.sources()) {
          if (source instanceof InputSource.FromStep from && from.output().isPresent()) {
            check(context, script, input, from, diagnostics);
          }
        }
      }
    }
  }

  private static void check(Context context, ScriptModel script, InputModel input, InputSource.FromStep from, Diagnostics diagnostics) {
    Optional<ScriptModel> found = context.lookup().find(from.ref().value());
    if (found.isEmpty() || found.get() == script) {
      return; // ReferenceRule reports these.
    }
    ScriptModel producer = found.get();
    Optional<List<OutputModel>> outputs = producer.readableOutputs();
    if (outputs.isEmpty()) {
      return; // a template from a jar's index: its outputs are not known here.
    }
    String name = from.output().get().value();
    Optional<OutputModel> output = outputs.get().stream().filter(candidate -> candidate.name().value().equals(name)).findFirst();
    String described = producer.name().value();
    if (output.isEmpty()) {
      List<String> names = outputs.get().stream().map(candidate -> candidate.name().value()).distinct().toList();
      diagnostics.report(from.output().get().site(), OutputMessages.unknown(described, name, names, DidYouMean.closest(name, names)));
      return;
    }
    if (!reads(input.type(), output.get(), producer.fansOut())) {
      String expected = expected(output.get(), producer.fansOut());
      diagnostics.report(input.site(), OutputMessages.typeMismatch(
          input.name(), script.methodName(), input.type().display(), described, name, expected));
    }
  }

  private static boolean reads(JavaType consumer, OutputModel output, boolean fansOut) {
    if (output.isArtifact() || consumer.shape() instanceof JsonShape.Artifact) {
      return !fansOut && output.isArtifact() && consumer.shape() instanceof JsonShape.Artifact;
    }
    JavaType value = value(output);
    if (!fansOut) {
      return Compatibility.accepts(consumer, value);
    }
    Optional<JavaType> element = Compatibility.element(consumer);
    return element.isPresent() && (aggregatedAsJson(value) ? element.get().canonical().equals(value.canonical()) : element.get().isString());
  }

  /** What a reader declares, for the message. */
  private static String expected(OutputModel output, boolean fansOut) {
    if (output.isArtifact()) {
      return fansOut ? "file of each run, which cannot be read as one" : "Path";
    }
    JavaType value = value(output);
    if (!fansOut) {
      return value.display();
    }
    return "List<" + (aggregatedAsJson(value) ? value.boxedDisplay() : "String") + ">";
  }

  private static JavaType value(OutputModel output) {
    return output.type().shape() instanceof JsonShape.Optional optional ? optional.value() : output.type();
  }

  /** Argo's {@code tryJSONUnmarshal}: a loop's values are a list of JSON objects or lists, else of their texts. */
  private static boolean aggregatedAsJson(JavaType value) {
    JsonShape shape = value.shape();
    return shape instanceof JsonShape.Record || shape instanceof JsonShape.Map || shape instanceof JsonShape.Collection
        || shape instanceof JsonShape.Array || shape instanceof JsonShape.Databind;
  }
}
