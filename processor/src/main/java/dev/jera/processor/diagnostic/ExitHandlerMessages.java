package dev.jera.processor.diagnostic;

/** Messages about the exit handler. */
public final class ExitHandlerMessages {
  private ExitHandlerMessages() {}

  public static Message exitHandlerFrom(String param, String method) {
    return MessageId.EXIT_HANDLER_FROM.with(
        "parameter '" + param + "' of " + method + "() takes a step's result with @From, but "
        + method + "() is the exit handler, which runs after the graph; read {{workflow.status}} or"
        + " {{workflow.failures}} with @Value instead");
  }

  public static Message exitHandlerAttribute(String attribute, String method) {
    return MessageId.EXIT_HANDLER_ATTRIBUTE.with(
        "@Script(" + attribute + " = …) does not apply to " + method
        + "(), the exit handler, which runs once when the workflow ends; remove it");
  }

  public static Message exitHandlerItem(String param, String method) {
    return MessageId.EXIT_HANDLER_ITEM.with(
        "parameter '" + param + "' of " + method + "() is @Item, but " + method
        + "() is the exit handler, which does not fan out");
  }
}
