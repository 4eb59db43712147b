package dev.jera.processor.diagnostic;

/** Messages about where a script's parameters come from. */
public final class SourceMessages {
  private SourceMessages() {}

  public static Message noSource(String param, String method) {
    return MessageId.NO_SOURCE.with(
        "parameter '" + param + "' of " + method
        + "() has no source; annotate it with @Param, @From, @Item, @Value or @Secret");
  }

  public static Message twoSources(String param, String method, String first, String second) {
    return MessageId.TWO_SOURCES.with(
        "parameter '" + param + "' of " + method + "() has two sources, @" + first + " and @" + second
        + "; keep one");
  }

  public static Message twoLocations(String param, String method, String first, String second) {
    return MessageId.TWO_SOURCES.with(
        "parameter '" + param + "' of " + method + "() has both @" + first + " and @" + second
        + "; a file comes from one location, so keep one");
  }
}
