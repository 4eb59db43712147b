package dev.jera.processor.diagnostic;

/** Messages about Jera's annotations where they have no effect. */
public final class PlacementMessages {
  private PlacementMessages() {}

  public static Message scriptOutsideWorkflow(String method, String type) {
    return MessageId.SCRIPT_OUTSIDE_WORKFLOW.with(
        "@Script method " + method + "() is in " + type + ", which is not a @Workflow; annotate "
        + type + " with @Workflow");
  }

  public static Message settingOutsideWorkflow(String annotation, String type) {
    return MessageId.SETTING_OUTSIDE_WORKFLOW.with(
        "@" + annotation + " on " + type + " has no effect, because " + type
        + " is not a @Workflow; annotate it with @Workflow");
  }

  public static Message sourceOutsideScript(String annotation, String method) {
    return MessageId.SOURCE_OUTSIDE_SCRIPT.with(
        "@" + annotation + " only works on a parameter of a @Script method, and " + method
        + "() is not one; annotate it with @Script");
  }

  public static Message locationOutsideScript(String annotation, String method) {
    return MessageId.SOURCE_OUTSIDE_SCRIPT.with(
        "@" + annotation + " on " + method + "() has no effect, because " + method
        + "() is not a @Script; annotate it with @Script to store the file it returns there");
  }
}
