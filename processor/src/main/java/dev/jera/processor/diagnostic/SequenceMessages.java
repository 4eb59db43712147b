package dev.jera.processor.diagnostic;

/** Messages about {@code @Sequence}. */
public final class SequenceMessages {
  private SequenceMessages() {}

  public static Message sequenceBounds(String method) {
    return MessageId.SEQUENCE_BOUNDS.with(
        "@Sequence on " + method + "() needs count or end, and not both");
  }

  public static Message sequenceNotANumber(String attribute, String value) {
    return MessageId.SEQUENCE_NOT_A_NUMBER.with(
        "@Sequence(" + attribute + " = \"" + value + "\") is not a whole number");
  }

  public static Message sequenceFormat(String format) {
    return MessageId.SEQUENCE_FORMAT.with(
        "@Sequence(format = \"" + format + "\") must hold one integer verb such as %d or %03d");
  }

  public static Message twoFanOuts(String method) {
    return MessageId.TWO_FAN_OUTS.with(
        "script " + method + "() fans out twice; keep one of forEach, items and @Sequence");
  }

  public static Message sequenceItemType(String param, String method, String type) {
    return MessageId.SEQUENCE_ITEM_TYPE.with(
        "parameter '" + param + "' of " + method + "() is " + type
        + ", but a sequence gives numbers as text; declare it as int, long or String");
  }
}
