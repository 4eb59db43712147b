package dev.jera.processor.diagnostic;

/** Messages about the workflow as a whole: its scripts, parallelism, service account and labels. */
public final class WorkflowMessages {
  private WorkflowMessages() {}

  public static Message noScripts(String workflowClass) {
    return MessageId.NO_SCRIPTS.with(
        "workflow " + workflowClass + " has no @Script methods; add at least one");
  }

  public static Message onlyExitHandler(String workflowClass) {
    return MessageId.ONLY_EXIT_HANDLER.with(
        "workflow " + workflowClass + " has no steps besides its exit handler; add a @Script to run");
  }

  public static Message negativeParallelism(int parallelism) {
    return MessageId.NEGATIVE_PARALLELISM.with(
        "@Workflow(parallelism = " + parallelism + ") is negative; use 1 or more, or 0 for no limit");
  }

  public static Message invalidServiceAccount(String name, String problem) {
    return MessageId.INVALID_SERVICE_ACCOUNT.with(
        "service account '" + name + "' is not a valid Kubernetes name: " + problem);
  }

  public static Message labelWithoutEquals(String label) {
    return MessageId.LABEL_WITHOUT_EQUALS.with(
        "label '" + label + "' is not of the form key=value");
  }

  public static Message invalidLabel(String label, String problem) {
    return MessageId.INVALID_LABEL.with(
        "label '" + label + "' is not a valid Kubernetes label: " + problem);
  }

  public static Message duplicateLabel(String key) {
    return MessageId.DUPLICATE_LABEL.with(
        "label key '" + key + "' is given twice; keep one");
  }

  public static Message reservedLabel(String key) {
    return MessageId.RESERVED_LABEL.with(
        "label key '" + key + "' is set by Jera from the processor option jera.appVersion; remove it here");
  }

  public static Message tooMany(String what, int count, int max) {
    return MessageId.TOO_MANY_TEMPLATES.with(
        "this workflow has " + count + " " + what + ", but Argo accepts at most " + max
        + "; split it into several workflows");
  }

  public static Message negativeGraphParallelism(int value) {
    return MessageId.NEGATIVE_GRAPH_PARALLELISM.with(
        "@Graph(parallelism = " + value + ") is negative; give how many steps may run at once, or 0 for no limit");
  }

  public static Message graphWithoutSteps(String workflowClass, String why) {
    return MessageId.GRAPH_WITHOUT_STEPS.with(
        "@Graph has no graph to set in " + workflowClass + ", " + why + "; remove @Graph");
  }

  public static Message targetInSteps(String workflowClass) {
    return MessageId.GRAPH_TARGET_IN_STEPS.with(
        "@Graph(target) chooses tasks of a DAG, but " + workflowClass + " is of the STEPS style; remove target, or use"
        + " the DAG style");
  }

  public static Message unknownTarget(String target, java.util.Optional<String> meant) {
    return MessageId.UNKNOWN_GRAPH_TARGET.with(
        "@Graph(target) names '" + target + "', which is no step of the workflow"
        + meant.map(m -> "; did you mean '" + m + "'?").orElse("; name steps, separated by spaces"));
  }

  public static Message graphNameOnWorkflow(String attribute, String workflowClass) {
    return MessageId.GRAPH_NAME_ON_WORKFLOW.with(
        "@Graph(" + attribute + ") on the @Workflow class " + workflowClass + ": the workflow's own graph is "
        + (attribute.equals("name") ? "named by @Workflow(entrypoint)" : "laid out by @Workflow(style)")
        + "; write it there, or put @Graph on a nested class to declare another graph");
  }

  public static Message nestedGraphWithoutSteps(String graphClass, String name) {
    return MessageId.NESTED_GRAPH_WITHOUT_STEPS.with(
        "@Graph " + graphClass + " ('" + name + "') has no steps; give it @Script methods, or make it a @Template method"
        + " of the workflow");
  }

  public static Message uncalledGraph(String graphClass, String name) {
    return MessageId.UNCALLED_GRAPH.with(
        "@Graph " + graphClass + " ('" + name + "') is never called: no step calls it and it is neither the entrypoint"
        + " nor onExit; call it with @Call(template = \"" + name + "\") or remove it");
  }
}
