package dev.jera.runtime.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code jera show NAME}: the workflow's manifest, as compiled. */
final class ShowCommand {
  static final String USAGE = "jera show NAME";

  private final Workflows workflows;
  private final PrintStream out;

  ShowCommand(Workflows workflows, PrintStream out) {
    this.workflows = workflows;
    this.out = out;
  }

  int run(List<String> args) {
    String name = CommandLine.parse("show", args, List.of()).single("a workflow name", USAGE);
    workflows.find(name);
    String text = workflows.catalog().manifestText(name);
    out.print(text.endsWith("\n") ? text : text + "\n");
    return 0;
  }
}
