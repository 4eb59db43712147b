package dev.jera.processor.diagnostic;

import java.util.List;
import java.util.Optional;

/** Messages about calls of templates defined elsewhere ({@code @Call}, {@code @Workflow(runs)}) and libraries. */
public final class CallMessages {
  private CallMessages() {}

  public static Message callProblem(String problem) {
    return MessageId.UNRESOLVED_CALL.with(
        "@Call cannot be resolved: " + problem);
  }

  public static Message callUnknownInput(String param, String method, String template, String target, Optional<String> suggestion) {
    return MessageId.CALL_UNKNOWN_INPUT.with(
        "parameter '" + param + "' of " + method + "() is not an input of template '" + template + "' of " + target
        + Hints.suggest(suggestion));
  }

  public static Message callMissingInput(String method, String template, String target, List<String> missing) {
    return MessageId.CALL_MISSING_INPUT.with(
        method + "() calls template '" + template + "' of " + target + " without its input"
        + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + "; add a parameter of that name");
  }

  public static Message callInputType(String param, String method, String type, String template, String input, String expected) {
    return MessageId.CALL_INPUT_TYPE.with(
        "parameter '" + param + "' of " + method + "() is " + type + ", but input '" + input + "' of template '"
        + template + "' is " + expected + "; declare it as " + expected);
  }

  public static Message callResultType(String method, String type, String template, String expected) {
    return MessageId.CALL_RESULT_TYPE.with(
        method + "() returns " + type + ", but template '" + template + "' returns " + expected
        + "; declare " + expected + " (or void to ignore it)");
  }

  public static Message callWithContainer(String method) {
    return MessageId.CALL_WITH_CONTAINER.with(
        "script " + method + "() is both a @Call and a @Container; a step runs one of them");
  }

  public static Message libraryTemplateClash(String template, String method) {
    return MessageId.LIBRARY_TEMPLATE_CLASH.with(
        "library template '" + template + "' called by " + method + "() has the name of a step of this workflow;"
        + " rename the step with @Script(name = …)");
  }

  public static Message runsProblem(String problem) {
    return MessageId.UNRESOLVED_RUNS.with(
        "@Workflow(runs) cannot be resolved: " + problem);
  }

  public static Message runsWithScripts(String workflowClass) {
    return MessageId.RUNS_WITH_SCRIPTS.with(
        "workflow " + workflowClass + " runs a template, so its @Script methods would never run; remove them"
        + " or remove runs");
  }

  public static Message runsUnknownParam(String param, String template, Optional<String> suggestion) {
    return MessageId.RUNS_UNKNOWN_PARAM.with(
        "template " + template + " has no parameter '" + param + "'" + Hints.suggest(suggestion));
  }

  public static Message runsUnknownEntrypoint(String entrypoint, String template, List<String> templates, Optional<String> suggestion) {
    return MessageId.RUNS_UNKNOWN_ENTRYPOINT.with(
        "entrypoint '" + entrypoint + "' is not a template of " + template + Hints.suggest(suggestion)
        + (suggestion.isPresent() || templates.isEmpty() ? "" : " (its templates: " + String.join(", ", templates) + ")"));
  }

  public static Message librarySource(String annotation, String param, String method) {
    return MessageId.LIBRARY_SOURCE.with(
        "parameter '" + param + "' of library script " + method + "() is filled by the calling step, so @"
        + annotation + " has no place here; remove it");
  }

  // Why a @Call or runs does not resolve: the part after "cannot be resolved: "

  public static String oneTarget() {
    return "@Call needs exactly one of workflow, name and library";
  }

  public static String noTemplateNamed(String name) {
    return "no workflow template named '" + name + "' in this compilation or on the class path";
  }

  public static String whereItsJarHoldsIt(String entryPath) {
    return " (its jar would hold " + entryPath + ")";
  }

  public static String notReadable(String target) {
    return target + " is not a @Workflow or @Library class Jera can read";
  }

  public static String notAWorkflow(String target) {
    return target + " is not a @Workflow class Jera can read";
  }

  public static String notALibrary(String target) {
    return target + " is not a @Library; name a workflow template with @Call(workflow = …)";
  }

  public static String aLibrary(String target) {
    return target + " is a @Library; call it with @Call(library = …)";
  }

  /** A class of this compilation, by its {@code Kind} constant. */
  public static String notCallable(String target, String kind) {
    return target + " is a " + kind + "; only a WORKFLOW_TEMPLATE or CLUSTER_WORKFLOW_TEMPLATE can be called";
  }

  /** A workflow from a jar's index, by Argo's kind. */
  public static String notCallableEntry(String target, String kind) {
    return target + " is a " + kind + "; only a WorkflowTemplate or ClusterWorkflowTemplate can be called";
  }

  public static String noScript(String target, String template, String hint) {
    return target + " has no script '" + template + "'" + hint;
  }

  public static String noLocalTemplate(String workflowClass, String template, boolean isStep, Optional<String> meant) {
    return "no template named '" + template + "' in " + workflowClass
        + (isStep ? " ('" + template + "' is a step; a step calls a @Template)" : "")
        + Hints.suggest(meant);
  }

  public static String noTemplate(String target, String template, String hint) {
    return target + " has no template '" + template + "'" + hint;
  }

  public static String callsOnward(String template, String target) {
    return "'" + template + "' of " + target + " calls another template itself; call that template directly";
  }

  public static String notRunnable(String target) {
    return target + " is not a WORKFLOW_TEMPLATE or CLUSTER_WORKFLOW_TEMPLATE";
  }

  public static String notRunnableEntry(String name, String kind) {
    return "'" + name + "' is a " + kind + ", not a WorkflowTemplate";
  }
}
