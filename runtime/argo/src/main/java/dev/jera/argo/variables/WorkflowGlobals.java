package dev.jera.argo.variables;

import java.util.List;

/**
 * The {@code workflow.*} variables Argo defines for every workflow (its {@code util/variables/keys}), in
 * one place: the processor accepts exactly these in a tag and the local executor defines every one of
 * them, so a tag that compiles is never left as written by a local run.
 *
 * <p>Variables that exist only sometimes are not listed here: {@code workflow.parameters.<name>} and
 * {@code workflow.labels.<key>} (when declared, by labels or labelsFrom), {@code workflow.annotations.<key>}
 * (when declared), {@code workflow.failures} (exit handler only), {@code workflow.scheduledTime} (a cron-started
 * run, or the {@code workflows.argoproj.io/scheduled-time} annotation) and {@code workflow.priority} (when set).
 */
public final class WorkflowGlobals {

  /** Argo's {@code util/strftime.FormatChars}: the letters of {@code workflow.creationTimestamp.<letter>}. */
  public static final String STRFTIME_LETTERS = "BbmAadHIMSYypZzL";

  /** Every variable defined for any workflow, without the {@code workflow.} prefix. */
  public static final List<String> ALWAYS = always();

  private WorkflowGlobals() {}

  /** Whether {@code name} (without the {@code workflow.} prefix) is defined for any workflow. */
  public static boolean isAlwaysDefined(String name) {
    return ALWAYS.contains(name);
  }

  private static List<String> always() {
    List<String> names = new java.util.ArrayList<>(List.of(
        "name", "namespace", "uid", "mainEntrypoint", "serviceAccountName", "status", "duration",
        "creationTimestamp", "creationTimestamp.s", "creationTimestamp.RFC3339",
        "parameters", "parameters.json", "labels", "labels.json", "annotations", "annotations.json"));
    for (char letter : STRFTIME_LETTERS.toCharArray()) {
      names.add("creationTimestamp." + letter);
    }
    return List.copyOf(names);
  }
}
