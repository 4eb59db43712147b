package dev.jera.processor.diagnostic;

/** Messages about {@code @Suspend} templates. */
public final class SuspendMessages {
  private SuspendMessages() {}

  public static Message suspendWithCommand(String method, String what) {
    return MessageId.SUSPEND_WITH_COMMAND.with(
        method + "() is a @Suspend template, which waits and runs nothing, but it also has " + what + "; remove one of them");
  }

  public static Message invalidDuration(String duration, String problem) {
    return MessageId.INVALID_SUSPEND_DURATION.with(
        "@Suspend(duration = \"" + duration + "\") is not a duration: " + problem
        + "; write a number of seconds (\"20\") or a Go duration (\"20s\", \"2m\", \"6h\")");
  }

  public static Message fileOutput(String name, String method) {
    return MessageId.SUSPEND_FILE_OUTPUT.with(
        "output '" + name + "' of " + method + "() is a file, but a @Suspend template's outputs are values supplied when"
        + " it is resumed; return a value (String, number, JSON) instead");
  }

  public static Message resultOfSuspend(String method, String producer, String outputs) {
    return MessageId.SUSPEND_RESULT.with(
        method + "() reads the result of " + producer + ", a @Suspend template, which has no result; read one of its"
        + " outputs with @From(value = \"" + producer + "\", output = …)" + (outputs.isEmpty() ? ", after giving it an @Output"
        + " (a value supplied when it is resumed)" : " (" + outputs + ")"));
  }
}
