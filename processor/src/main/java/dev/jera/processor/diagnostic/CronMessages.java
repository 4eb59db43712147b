package dev.jera.processor.diagnostic;

import java.util.List;
import java.util.Optional;

/** Messages about CronWorkflows: schedules, time zones and their settings. */
public final class CronMessages {
  /** What the numbers of a CronWorkflow count, for {@link #negativeCronNumber}. */
  public static final String STARTING_DEADLINE = "seconds after a missed schedule during which the run still starts";
  public static final String SUCCEEDED_RUNS = "succeeded runs to keep";
  public static final String FAILED_RUNS = "failed runs to keep";

  private CronMessages() {}

  public static Message scheduleRequired(String workflowClass) {
    return MessageId.SCHEDULE_REQUIRED.with(
        "workflow " + workflowClass + " is a CRON_WORKFLOW but has no schedule; add"
        + " @Workflow(schedule = \"*/5 * * * *\")");
  }

  public static Message outsideCron(String attribute, String kind) {
    return MessageId.OUTSIDE_CRON.with(
        "@Workflow(" + attribute + " = …) only applies to kind = CRON_WORKFLOW, but this workflow is a "
        + kind + "; remove it or set kind = Kind.CRON_WORKFLOW");
  }

  public static Message unknownConcurrencyPolicy(String policy, Optional<String> meant) {
    return MessageId.UNKNOWN_CONCURRENCY_POLICY.with(
        "concurrencyPolicy = \"" + policy + "\" is not one Argo knows (Allow, Forbid or Replace)"
        + meant.map(m -> "; did you mean \"" + m + "\"?").orElse(""));
  }

  public static Message negativeCronNumber(String attribute, int value, String meaning) {
    return MessageId.NEGATIVE_CRON_NUMBER.with(
        attribute + " = " + value + " is negative, but it counts " + meaning + "; use 0 or more, or leave it"
        + " out for Argo's default");
  }

  public static Message invalidCronWhen(String when, String problem) {
    return MessageId.INVALID_CRON_WHEN.with(
        "when = \"" + when + "\" cannot be evaluated by Argo before a scheduled run: " + problem);
  }

  public static Message invalidSchedule(String schedule, String problem) {
    return MessageId.INVALID_SCHEDULE.with(
        "schedule '" + schedule + "' is not a valid cron schedule: " + problem);
  }

  public static Message invalidTimezone(String zone, String problem) {
    return MessageId.INVALID_TIMEZONE.with(
        "timezone '" + zone + "' is not valid: " + problem);
  }

  // Why a CronWorkflow's when cannot be evaluated: the part after the colon of invalidCronWhen

  public static String emptyStopStrategy() {
    return "is empty; write a condition such as \"cronworkflow.failed >= 3\"";
  }

  public static String tagInStopStrategy() {
    return "holds a {{…}} tag, but Argo evaluates stopStrategy as an expression as it is; write cronworkflow.failed"
        + " >= 3, without {{ }}";
  }

  public static String unterminatedWhenTag(String problem) {
    return problem + "; close the tag, e.g. {{= cronworkflow.succeeded < 10 }}";
  }

  public static String bareTag(String tag) {
    return tag + " is substituted as bare text, which Argo's evaluator then reads as a variable"
        + " it does not have; quote it: '" + tag + "'";
  }

  public static String bareWord(String word) {
    return "'" + word + "' is a bare word, which a CronWorkflow's when reads as a variable it does"
        + " not have (unlike a step's when, it does not turn words into strings); quote it: '" + word + "'";
  }

  public static String plainTagOfNonString(String tag, String variable, String example) {
    return tag + " is not a string, and a plain tag substitutes only strings; use an"
        + " expression tag, e.g. {{= cronworkflow." + variable + " " + example + " }}";
  }

  public static String notDefinedBeforeRun(String what, List<String> variables) {
    return what + " is not defined when a CronWorkflow decides whether to run (no workflow exists yet);"
        + " use the cronworkflow variables: " + String.join(", ", variables);
  }

  public static String unknownCronVariable(String written, String variable, Optional<String> meant, List<String> variables) {
    return written + " names no cronworkflow variable '" + variable + "'"
        + meant.map(s -> "; did you mean 'cronworkflow." + s + "'?").orElse("; Argo defines " + String.join(", ", variables));
  }
}
