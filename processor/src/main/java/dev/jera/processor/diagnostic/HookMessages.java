package dev.jera.processor.diagnostic;

import java.util.Optional;

/** Messages about {@code @Hook} stubs: lifecycle hooks of steps and of the workflow. */
public final class HookMessages {
  private HookMessages() {}

  public static Message hookOutsideWorkflow(String method, String type) {
    return MessageId.HOOK_OUTSIDE_WORKFLOW.with(
        "@Hook on " + method + "() has no effect: " + type + " is not a @Workflow; move the hook into the workflow class");
  }

  public static Message hookOnStep(String method, String annotation) {
    return MessageId.HOOK_ON_STEP.with(
        method + "() is both a " + annotation + " and a @Hook; a hook is a stub of its own:"
        + " write @Hook @Call(template = \"…\") on a method that is neither");
  }

  public static Message hookWithoutCall(String method) {
    return MessageId.HOOK_WITHOUT_CALL.with(
        "@Hook " + method + "() runs nothing: add @Call(template = \"…\") naming the @Template (or the template of"
        + " another workflow) it runs");
  }

  public static Message unknownHookedStep(String ref, String type, Optional<String> suggestion) {
    return MessageId.UNKNOWN_HOOKED_STEP.with(
        "@Hook(on) names no step '" + ref + "' of " + type + Hints.suggest(suggestion));
  }

  public static Message hookOnExitHandler(String ref) {
    return MessageId.UNKNOWN_HOOKED_STEP.with(
        "@Hook(on) names '" + ref + "', the exit handler, which is not a step of the graph; hook the workflow"
        + " instead (leave 'on' out)");
  }

  public static Message hookWithoutExpression(String method, String name) {
    return MessageId.HOOK_WITHOUT_EXPRESSION.with(
        "the hook '" + name + "' of " + method + "() has no expression, so it would never run; give"
        + " @Hook(expression = \"…\") the condition that runs it, or name it 'exit' to run it when its step ends");
  }

  public static Message invalidHookExpression(String expression, String reason, int column) {
    return MessageId.INVALID_HOOK_EXPRESSION.with(
        "expression \"" + expression + "\" of @Hook does not parse: " + reason
        + (column > 0 ? " (column " + column + ")" : ""));
  }

  public static Message duplicateHook(String name, String owner, String other) {
    return MessageId.DUPLICATE_HOOK.with(
        owner + " has two hooks named '" + name + "', here and in " + other + "(); give one another name");
  }

  public static Message twoExitHandlers(String type, String onExit, String method) {
    return MessageId.TWO_EXIT_HANDLERS.with(
        type + " has two exit handlers: @Workflow(onExit = \"" + onExit + "\") and @Hook " + method
        + "(); keep one");
  }

  public static Message hookReadsLaterStep(String method, String step, String hooked) {
    return MessageId.HOOK_READS_LATER_STEP.with(
        "hook " + method + "() reads step '" + step + "', which has not run when the hook of '" + hooked
        + "' does; a hook may read its own step and the steps that step waits for");
  }

  public static Message hookReadsStepOfWorkflowHook(String method, String step) {
    return MessageId.HOOK_READS_LATER_STEP.with(
        "hook " + method + "() hooks the workflow, whose steps it cannot read ('" + step + "'); read"
        + " {{workflow.status}} or {{workflow.failures}} with @Value, or hook the step with @Hook(on = \"" + step + "\")");
  }

  public static Message hookReadsOwnResult(String method, String step, String what) {
    return MessageId.HOOK_READS_OWN_RESULT.with(
        "hook " + method + "() reads " + what + " of step '" + step + "', which Argo does not give that step's hook"
        + " (only its status and named outputs: the tag would stay unresolved); export the value with @Output and"
        + " read it with @From(value = \"" + step + "\", output = \"…\")");
  }

  public static Message hookLoop(String method, String what) {
    return MessageId.HOOK_LOOP.with(
        "hook " + method + "() has " + what + ", but a hook runs its template once; remove it");
  }
}
