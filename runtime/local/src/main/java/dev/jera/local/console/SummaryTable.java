package dev.jera.local.console;

import dev.jera.local.RunReport;
import dev.jera.local.StepReport;

/**
 * The table that ends a run: each step (and each item of a loop), its phase ("not run" for a step that
 * has no node), attempts, time and result, or why it did not succeed. A step that fans out shows no
 * attempts ({@code -}): its items, listed under it, each show theirs. Public for the commands that
 * follow a run elsewhere (on a cluster) and print the same table.
 */
public final class SummaryTable {
  private static final int RESULT_WIDTH = 60;
  private static final int NAME_WIDTH = 40;
  /** The phase column of a step that has no node: it never ran (a step after a failed steps group). */
  static final String NOT_RUN = "not run";

  private SummaryTable() {}

  public static String of(RunReport report) {
    TextTable table = new TextTable("STEP", "PHASE", "ATTEMPTS", "DURATION", "RESULT");
    for (StepReport step : report.steps().values()) {
      add(table, step.name(), step);
      for (StepReport item : step.children()) {
        add(table, "  " + cut(item.name(), NAME_WIDTH), item);
      }
    }
    return table + outcome(report) + (report.folder() == null ? "" : "; record: " + report.folder())
        + System.lineSeparator();
  }

  /**
   * How the run ended, in one line: {@code diamond-x7k2p Succeeded in 0.13s}, or for a run that did not
   * succeed, which steps failed and why ({@link RunReport#failure}).
   */
  public static String outcome(RunReport report) {
    String failure = report.failure();
    return report.workflowName() + " " + report.phase().argoName() + " in "
        + Durations.between(report.startedAt(), report.finishedAt())
        + (failure == null || failure.equals(report.phase().argoName()) ? "" : ": " + failure);
  }

  private static void add(TextTable table, String name, StepReport step) {
    String shown = step.result() != null ? step.result() : explanation(step);
    table.row(name, step.hasNode() ? step.phase().argoName() : NOT_RUN,
        step.fansOut() ? "-" : Integer.toString(step.attempts()),
        ran(step) ? Durations.between(step.startedAt(), step.finishedAt()) : "-",
        cut(shown.replace("\n", "\\n"), RESULT_WIDTH));
  }

  /** Whether the step ran: an attempt started, or for a step that fans out, an item did. */
  static boolean ran(StepReport step) {
    return step.attempts() > 0 || step.children().stream().anyMatch(SummaryTable::ran);
  }

  /** Argo's message and, for people, what the step said: {@code main: Error (exit code 1): boom}. */
  static String explanation(StepReport step) {
    if (step.message() == null) {
      return step.detail() == null ? "" : step.detail();
    }
    return step.detail() == null ? step.message() : step.message() + ": " + step.detail();
  }

  private static String cut(String text, int width) {
    return text.length() > width ? text.substring(0, width - 3) + "..." : text;
  }
}
