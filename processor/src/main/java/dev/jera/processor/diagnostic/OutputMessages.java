package dev.jera.processor.diagnostic;

import java.util.List;
import java.util.Optional;

/** Messages about named outputs ({@code @Output}) and what reads them ({@code @From(output)}). */
public final class OutputMessages {
  private OutputMessages() {}

  public static Message withoutName(String method, String suggested) {
    return MessageId.OUTPUT_WITHOUT_NAME.with(
        "@Output on " + method + "() needs the output's name, e.g. @Output(\"" + suggested + "\")");
  }

  public static Message invalidName(String what, String name, String problem) {
    return MessageId.INVALID_OUTPUT_NAME.with(what + " '" + name + "' is not valid for Argo: " + problem);
  }

  public static Message duplicate(String kind, String name, String method) {
    return MessageId.DUPLICATE_OUTPUT.with(
        "two output " + kind + "s of " + method + "() are named '" + name + "'; rename one");
  }

  public static Message ofVoid(String method) {
    return MessageId.OUTPUT_OF_VOID.with(
        method + "() returns nothing, so @Output has no value to export; return the value (or the Path of the file)");
  }

  public static Message onCall(String method, String template) {
    return MessageId.OUTPUT_ON_CALL.with(
        method + "() calls template " + template + ", whose outputs are its own; put @Output on " + template
        + "'s method, and read it with @From(value = \"<this step>\", output = \"…\")");
  }

  public static Message fileDefault(String name) {
    return MessageId.FILE_OUTPUT_DEFAULT.with(
        "output '" + name + "' is a file (a Path), which has no default value; remove defaultValue");
  }

  public static Message defaultNotParsing(String name, String value, String type, String problem) {
    return MessageId.OUTPUT_DEFAULT_NOT_PARSING.with(
        "defaultValue of output '" + name + "': '" + value + "' does not decode as " + type + ": " + problem);
  }

  public static Message duplicateGlobal(String global, String first, String second) {
    return MessageId.DUPLICATE_GLOBAL_OUTPUT.with(
        "global output '" + global + "' is exported twice (" + first + "() and " + second + "()); give each its own global name");
  }

  public static Message unknown(String producer, String output, List<String> known, Optional<String> suggestion) {
    String has = known.isEmpty()
        ? producer + " has no named outputs; mark what it returns with @Output, or drop output to read its result"
        : producer + "'s outputs are " + String.join(", ", known);
    return MessageId.UNKNOWN_OUTPUT.with(
        producer + " has no output '" + output + "'" + suggestion.map(s -> "; did you mean '" + s + "'?").orElse("")
        + (suggestion.isPresent() ? "" : "; " + has));
  }

  public static Message namedFile(String producer, String output) {
    return MessageId.UNKNOWN_OUTPUT.with(
        producer + " returns its file as output '" + output + "', not as a result; read it with @From(value = \""
        + producer + "\", output = \"" + output + "\")");
  }

  public static Message typeMismatch(
      String parameter, String method, String parameterType, String producer, String output, String outputType) {
    return MessageId.OUTPUT_TYPE_MISMATCH.with(
        "parameter '" + parameter + "' of " + method + "() is a " + parameterType + ", but output '" + output + "' of "
        + producer + " is a " + outputType + "; declare it as " + outputType + " (or String, to take its text)");
  }

  public static Message graphOutputSource(String graph, String name) {
    return MessageId.GRAPH_OUTPUT_SOURCE.with(
        "@Output '" + name + "' of " + graph + " needs where its value comes from: from = \"<step>\" (with output = \"<its output>\","
        + " or none for its result), or expression = \"…\", not both");
  }

  public static Message graphOutputWithoutName(String graph) {
    return MessageId.GRAPH_OUTPUT_SOURCE.with("@Output on " + graph + " needs the output's name, e.g. @Output(value = \"result\", from = …)");
  }

  public static Message graphOutputUnknownStep(String graph, String step, Optional<String> meant) {
    return MessageId.GRAPH_OUTPUT_UNKNOWN_STEP.with(
        "@Output(from = \"" + step + "\") of " + graph + ": " + graph + " has no step '" + step + "'" + Hints.suggest(meant));
  }

  public static Message graphOutputWithoutValue(String graph, String step, String method) {
    return MessageId.GRAPH_OUTPUT_WITHOUT_VALUE.with(
        "@Output(from = \"" + step + "\") of " + graph + " takes the result of " + method + "(), which returns nothing;"
        + " return a value from it, or name one of its outputs with output = …");
  }

  public static Message graphOutputExpression(String graph, String expression, String problem) {
    return MessageId.GRAPH_OUTPUT_EXPRESSION.with(
        "@Output(expression) of " + graph + ": '" + expression + "' " + problem);
  }
}
