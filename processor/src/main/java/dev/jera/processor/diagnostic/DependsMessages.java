package dev.jera.processor.diagnostic;

import java.util.Optional;

/** Messages about outcome conditions ({@code @Script(depends)}). */
public final class DependsMessages {
  private DependsMessages() {}

  public static Message dependsInSteps(String method) {
    return MessageId.DEPENDS_IN_STEPS.with(
        "@Script(depends = …) of " + method + "() needs the DAG style; in the STEPS style use when = \"…\"");
  }

  public static Message invalidDepends(String depends, String problem) {
    return MessageId.INVALID_DEPENDS.with(
        "depends = \"" + depends + "\" is not a valid outcome condition: " + problem);
  }

  public static Message dependsUnknownStep(String step, String workflowClass, Optional<String> suggestion) {
    return MessageId.DEPENDS_UNKNOWN_STEP.with(
        "depends names no step '" + step + "' of " + workflowClass + Hints.suggest(suggestion)
        + (suggestion.isPresent() ? "" : "; it uses step names, the method name in kebab-case"));
  }

  public static Message dependsNeedsLoop(String step, String result) {
    return MessageId.DEPENDS_NEEDS_LOOP.with(
        step + "." + result + " only applies to a step that fans out, and " + step + " does not");
  }

  public static Message dependsMissesInput(String method, String producer) {
    return MessageId.DEPENDS_MISSES_INPUT.with(
        method + "() reads from " + producer + ", so its depends must name '" + producer
        + "' (or a step that waits for it), or it may start before that result exists");
  }

  public static Message dependsAndAfter(String method) {
    return MessageId.DEPENDS_AND_AFTER.with(
        "script " + method + "() sets both depends and after; name every step in depends");
  }

  public static Message continueOnInDag(String method, String step) {
    return MessageId.CONTINUE_ON_IN_DAG.with(
        "@Script(continueOn = …) of " + method + "() needs the STEPS style; in a DAG say in the next step's depends"
        + " which outcomes of " + step + " it accepts, e.g. depends = \"" + step + ".Succeeded || " + step + ".Failed\"");
  }

  public static Message continueOnInLibrary(String method) {
    return MessageId.CONTINUE_ON_IN_LIBRARY.with(
        "@Script(continueOn = …) does not apply to " + method + "() of a @Library, which is a template, not a step;"
        + " set it on the @Call step that runs it");
  }
}
