package dev.jera.runtime.cli;

import dev.jera.runtime.local.RunReport;
import dev.jera.runtime.local.StepReport;

/**
 * The table that ends a run: each step (and each item of a loop), its phase ("not run" for a step that
 * has no node), attempts, time and result, or why it did not succeed.
 */
final class SummaryTable {
  private static final int RESULT_WIDTH = 60;
  private static final int NAME_WIDTH = 40;
  /** The phase column of a step that has no node: it never ran (a step after a failed steps group). */
  static final String NOT_RUN = "not run";

  private SummaryTable() {}

  static String of(RunReport report) {
    TextTable table = new TextTable("STEP", "PHASE", "ATTEMPTS", "DURATION", "RESULT");
    for (StepReport step : report.steps().values()) {
      add(table, step.name(), step);
      for (StepReport item : step.children()) {
        add(table, "  " + cut(item.name(), NAME_WIDTH), item);
      }
    }
    return table + outcome(report) + "; record: " + report.folder() + System.lineSeparator();
  }

  /** How the run ended, in one line: {@code diamond-x7k2p Succeeded in 0.13s[: message]}. */
  static String outcome(RunReport report) {
    return report.workflowName() + " " + report.phase().argoName() + " in "
        + Durations.between(report.startedAt(), report.finishedAt())
        + (report.message() == null ? "" : ": " + report.message());
  }

  private static void add(TextTable table, String name, StepReport step) {
    String shown = step.result() != null ? step.result() : explanation(step);
    table.row(name, step.hasNode() ? step.phase().argoName() : NOT_RUN, Integer.toString(step.attempts()),
        step.attempts() == 0 ? "-" : Durations.between(step.startedAt(), step.finishedAt()),
        cut(shown.replace("\n", "\\n"), RESULT_WIDTH));
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
