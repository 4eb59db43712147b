package dev.jera.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code jera show NAME}: the workflow's manifest, as compiled. */
final class ShowCommand {
  static final CommandHelp HELP = new CommandHelp("show", "NAME", "a workflow's manifest, as compiled",
      List.of("Prints the manifest of workflow NAME exactly as the compiler wrote it."),
      List.of(),
      List.of("0  printed", "2  bad usage, or no workflow NAME on the class path"));
  static final String USAGE = HELP.usage();

  private final Workflows workflows;
  private final PrintStream out;

  ShowCommand(Workflows workflows, PrintStream out) {
    this.workflows = workflows;
    this.out = out;
  }

  int run(List<String> args) {
    String name = CommandLine.parse("show", args, HELP.options()).single("a workflow name", USAGE);
    workflows.find(name);
    String text = workflows.catalog().manifestText(name);
    out.print(text.endsWith("\n") ? text : text + "\n");
    return 0;
  }
}
