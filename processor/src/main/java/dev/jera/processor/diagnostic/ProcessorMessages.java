package dev.jera.processor.diagnostic;

import dev.jera.argo.DidYouMean;
import java.util.List;

/** Messages about the processor itself: its options, files it cannot write, its own failures. */
public final class ProcessorMessages {
  private ProcessorMessages() {}

  public static Message internalError(String workflowClass, String problem) {
    return MessageId.INTERNAL_ERROR.with(
        "Jera could not process " + workflowClass + " (" + problem
            + "); this is a bug in Jera, please report it with this class");
  }

  public static Message invalidRunAsUser(String option, String value) {
    return MessageId.INVALID_OPTION.with(
        "processor option " + option + "=" + value + " is not a non-root numeric user id; use e.g. 65532");
  }

  public static Message invalidRunners(String option, String value, String classes, String source) {
    return MessageId.INVALID_OPTION.with(
        "processor option " + option + "=" + value + " is neither '" + classes + "' (class files, the default) nor '"
            + source + "' (Java source, compiled with yours)" + Hints.suggest(DidYouMean.closest(value.strip(), List.of(classes, source))));
  }

  public static Message conflictingVersions(String option, String value, String legacyOption, String legacyValue) {
    return MessageId.CONFLICTING_OPTIONS.with(
        "processor options " + option + "=" + value + " and " + legacyOption + "=" + legacyValue
            + " disagree; remove -A" + legacyOption + ", the old name of " + option);
  }

  public static Message deprecatedVersionOption(String legacyOption, String option) {
    return MessageId.DEPRECATED_OPTION.with(
        "processor option " + legacyOption + " is deprecated: your application's version is now " + option
            + " (-A" + option + "=${project.version}), since " + legacyOption + " names Jera's own version in a pom");
  }

  /** The compiler refused to create the runner because its source, written by an earlier build, is compiled again. */
  public static Message staleRunnerSource(String workflowClass, String runnerClass) {
    return MessageId.CANNOT_WRITE.with(
        "cannot write the runner of " + workflowClass + ": the source of " + runnerClass + ", which an earlier build"
            + " wrote, is compiled again; delete the generated sources (target/generated-sources/annotations) or"
            + " build with mvn clean");
  }

  /** The compiler refused to create the runner because a class of that name exists (the user's own). */
  public static Message runnerNameTaken(String workflowClass, String runnerClass) {
    return MessageId.CANNOT_WRITE.with(
        "cannot write the runner of " + workflowClass + ": a class " + runnerClass + " exists already, and Jera"
            + " generates that class; rename yours");
  }

  public static Message cannotWrite(String what, String problem) {
    return MessageId.CANNOT_WRITE.with("cannot write " + what + ": " + problem);
  }
}
