package dev.jera.processor.diagnostic;

import dev.jera.Kind;
/** Messages about workflow and step names. */
public final class NameMessages {
  private NameMessages() {}

  public static Message invalidWorkflowName(String name, String problem) {
    return MessageId.INVALID_WORKFLOW_NAME.with(
        "workflow name '" + name + "' is not a valid Kubernetes name: " + problem);
  }

  public static Message workflowNameTooLong(String name, int max, Kind kind, boolean fixed) {
    return MessageId.WORKFLOW_NAME_TOO_LONG.with(
        "workflow name '" + name + "' has " + name.length() + " characters, but " + why(kind, fixed) + " at most "
        + max + "; shorten @Workflow(name = …)");
  }

  /** A name that is both too long for its kind and not a valid name otherwise: one message says both. */
  public static Message invalidAndTooLongWorkflowName(String name, String problem, int max, Kind kind, boolean fixed) {
    return invalidWorkflowName(name, problem + " (" + why(kind, fixed) + " at most " + max + ")");
  }

  private static String why(Kind kind, boolean fixed) {
    if (fixed) {
      return "a Workflow with generateName = false keeps exactly its name, and its pods' labels allow";
    }
    return kind == Kind.CRON_WORKFLOW
        ? "Argo adds a timestamp to a CronWorkflow's runs, so it allows"
        : kind == Kind.WORKFLOW
            ? "Kubernetes adds a random suffix to a Workflow's generateName, so it allows"
            : "Argo allows";
  }

  public static Message versionWithoutOption(String name, String placeholder) {
    return MessageId.VERSION_WITHOUT_OPTION.with(
        "workflow name '" + name + "' uses " + placeholder + ", but the processor option jera.appVersion is not"
        + " set; pass -Ajera.appVersion=… to javac (in Maven, -Ajera.appVersion=${project.version})");
  }

  public static Message legacyVersionPlaceholder(String name) {
    return MessageId.LEGACY_VERSION_PLACEHOLDER.with(
        "workflow name '" + name + "' uses ${jera.version}, the old name of ${jera.appVersion} (your"
        + " application's version, not Jera's); write ${jera.appVersion}");
  }

  public static Message duplicateWorkflowName(String name, String kind, String otherClass) {
    return MessageId.DUPLICATE_WORKFLOW_NAME.with(
        "workflow name '" + name + "' is already used by " + otherClass + ", also a " + kind
        + "; give one of them another @Workflow(name = …), since Kubernetes keeps one " + kind + " of a name");
  }

  public static Message invalidStepName(String name, String method, String problem) {
    return MessageId.INVALID_STEP_NAME.with(
        "step name '" + name + "' of " + method + "() is not valid for Argo: " + problem
        + "; set @Script(name = …) to letters, digits and '-'");
  }

  public static Message stepNameStartsWithDigit(String name, String method) {
    return MessageId.STEP_NAME_STARTS_WITH_DIGIT.with(
        "step name '" + name + "' of " + method + "() starts with a digit, which Argo rejects in a"
        + " workflow with dependencies; set @Script(name = …) to a name that starts with a letter");
  }

  public static Message reservedStepName(String name, String method) {
    return MessageId.RESERVED_STEP_NAME.with(
        "step name '" + name + "' of " + method + "() is reserved for the workflow's entry template;"
        + " set @Script(name = …) to another name");
  }

  public static Message duplicateStepName(String name, String method, String other) {
    return MessageId.DUPLICATE_STEP_NAME.with(
        "step name '" + name + "' of " + method + "() is already used by " + other
        + "(); give one of them another @Script(name = …)");
  }

  public static Message stepNameTooLong(String name, String method) {
    return MessageId.STEP_NAME_TOO_LONG.with(
        "step name '" + name + "' of " + method + "() has " + name.length()
        + " characters, but Argo allows at most 128; set a shorter @Script(name = …)");
  }
}
