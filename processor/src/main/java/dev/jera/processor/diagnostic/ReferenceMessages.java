package dev.jera.processor.diagnostic;

import java.util.Optional;

/** Messages about references between scripts and the cycles they make. */
public final class ReferenceMessages {
  private ReferenceMessages() {}

  public static Message unknownScript(String ref, String workflowClass, Optional<String> suggestion) {
    return MessageId.UNKNOWN_SCRIPT.with(
        "no script named '" + ref + "' in " + workflowClass + Hints.suggest(suggestion));
  }

  public static Message fromVoid(String producer, String param, String method) {
    return MessageId.FROM_VOID.with(
        "script " + producer + "() returns void, so parameter '" + param + "' of " + method
        + "() has nothing to take with @From; return a value from " + producer + "(), or write after = \""
        + producer + "\" to only wait for it");
  }

  public static Message selfReference(String method, String how) {
    return MessageId.SELF_REFERENCE.with(
        "script " + method + "() depends on itself through " + how + "; a step cannot wait for its own result");
  }

  public static Message cycle(String path, String closing) {
    return MessageId.DEPENDENCY_CYCLE.with(
        "steps depend on each other in a cycle: " + path + " (each waits for the next); " + closing
        + " closes it: remove it, or another of these dependencies");
  }

  public static Message referenceToExitHandler(String ref, String method) {
    return MessageId.REFERENCE_TO_EXIT_HANDLER.with(
        "script " + method + "() refers to '" + ref + "', the exit handler, which runs after all steps;"
        + " a step cannot wait for it");
  }
}
