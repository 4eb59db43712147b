package dev.jera.processor.diagnostic;

import java.util.List;

/** Messages about fan-out and fan-in, and the types that flow between steps. */
public final class FanOutMessages {
  private FanOutMessages() {}

  public static Message forEachAndItems(String method) {
    return MessageId.FOR_EACH_AND_ITEMS.with(
        "script " + method + "() sets both forEach and items; a step fans out over one of them");
  }

  public static Message itemWithoutLoop(String param, String method) {
    return MessageId.ITEM_WITHOUT_LOOP.with(
        "parameter '" + param + "' of " + method + "() is @Item, but the script does not fan out;"
        + " add forEach = \"…\" or items = {…} to its @Script");
  }

  public static Message twoItems(String param, String method) {
    return MessageId.TWO_ITEMS.with(
        "parameter '" + param + "' of " + method + "() is a second @Item; a fan-out has one item");
  }

  public static Message loopWithoutItem(String method) {
    return MessageId.LOOP_WITHOUT_ITEM.with(
        "script " + method + "() fans out but no parameter is @Item, so every pod gets the same inputs;"
        + " take the element with an @Item parameter");
  }

  public static Message fanInOfText(String param, String method, String producer, String tag) {
    return MessageId.FAN_IN_OF_TEXT.with(
        "parameter '" + param + "' of " + method + "() reads the results of container step " + producer
        + "() as a list, but " + producer + "() returns String: Argo builds that list (" + tag + ") by parsing"
        + " what each item printed as JSON, so plain text such as 'hello a' ends " + method + "() in Error, on"
        + " the cluster and locally; make the command print JSON (a quoted string, a number, or an object for a"
        + " record return type)");
  }

  public static Message forEachNotList(String ref, String producer, String type) {
    return MessageId.FOR_EACH_NOT_LIST.with(
        "forEach = \"" + ref + "\" needs a script that returns a List, Set or array, but " + producer
        + "() returns " + type);
  }

  public static Message itemTypeMismatch(String param, String method, String type, String producer, String element) {
    return MessageId.ITEM_TYPE_MISMATCH.with(
        "parameter '" + param + "' of " + method + "() is " + type + ", but " + producer
        + "() gives elements of type " + element + "; declare it as " + element);
  }

  public static Message itemNotParsing(String value, String param, String type, String problem) {
    return MessageId.ITEM_NOT_PARSING.with(
        "item '" + value + "' is not a valid " + type + " for @Item parameter '" + param + "': " + problem);
  }

  public static Message typeMismatch(String param, String method, String type, String producer, String produced) {
    return MessageId.TYPE_MISMATCH.with(
        "parameter '" + param + "' of " + method + "() is " + type + ", but " + producer + "() returns "
        + produced + "; declare it as " + produced);
  }

  /** {@link #typeMismatch} with, for a {@code String} parameter, the way to read the result's text. */
  public static Message typeMismatch(
      String param, String method, String type, String producer, String produced, String textTag) {
    Message message = typeMismatch(param, method, type, producer, produced);
    return type.equals("String") ? message.append(", or read its text with @Value(\"" + textTag + "\")") : message;
  }

  public static Message valueNotParsing(String value, String param, String method, String type, String problem) {
    return MessageId.VALUE_NOT_PARSING.with(
        "@Value(\"" + value + "\") of parameter '" + param + "' of " + method + "() is not a valid " + type
        + ": " + problem);
  }

  public static Message fanInMismatch(
      String param, String method, String type, String producer, String element, String textTag) {
    String message = "parameter '" + param + "' of " + method + "() is " + type + ", but " + producer
        + "() fans out, so @From(\"" + producer + "\") gives the list of all its results; declare it as List<"
        + element + ">";
    return MessageId.FAN_IN_MISMATCH.with(
        type.equals("String") ? message + ", or read the JSON list's text with @Value(\"" + textTag + "\")" : message);
  }

  public static Message itemWithoutField(String field, String param, String method, String item) {
    return MessageId.UNKNOWN_ITEM_FIELD.with(
        "@Item(\"" + field + "\") on parameter '" + param + "' of " + method + "() reads field '" + field
        + "' of each item, but item " + item + " has none; give every item that field, or take the whole item with @Item");
  }

  public static Message itemFieldOfNumber(String field, String param, String method) {
    return MessageId.UNKNOWN_ITEM_FIELD.with(
        "@Item(\"" + field + "\") on parameter '" + param + "' of " + method + "() reads a field, but the items of a"
        + " @Sequence are numbers; take the whole item with @Item");
  }

  public static Message itemFieldNotAnOutput(String field, String param, String method, String producer,
      java.util.List<String> outputs, java.util.Optional<String> suggestion) {
    return MessageId.UNKNOWN_ITEM_FIELD.with(
        "@Item(\"" + field + "\") on parameter '" + param + "' of " + method + "() reads output '" + field
        + "' of each run of " + producer + ", which leaves " + (outputs.isEmpty() ? "no named outputs" : "only " + String.join(", ", outputs))
        + Hints.suggest(suggestion));
  }

  public static Message forEachParamNotList(String param, String value, String problem) {
    return MessageId.FOR_EACH_PARAM_NOT_LIST.with(
        "forEach = \"" + param + "\" fans out over the workflow parameter's value, a JSON list, but its default \""
        + value + "\" " + problem);
  }
}
