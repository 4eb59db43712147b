package dev.jera.cli;

import dev.jera.local.console.TextTable;
import dev.jera.runner.index.WorkflowIndex;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** {@code jera list}: every workflow on the class path, its kind and its steps. */
final class ListCommand {
  static final CommandHelp HELP = new CommandHelp("list", "", "the workflows compiled onto the class path",
      List.of("Lists the workflows compiled onto the class path (the index each jar or class folder built with",
          "Jera's processor holds): name, kind and steps."),
      List.of(),
      List.of("0  listed (none: a note on stderr)", "2  bad usage"));
  static final String USAGE = HELP.usage();

  private final Workflows workflows;
  private final PrintStream out;
  private final PrintStream err;

  ListCommand(Workflows workflows, PrintStream out, PrintStream err) {
    this.workflows = workflows;
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) {
    CommandLine.parse("list", args, HELP.options()).noOperands(USAGE);
    TextTable table = new TextTable("NAME", "KIND", "STEPS");
    for (WorkflowIndex.Workflow workflow : workflows.catalog().workflows()) {
      List<String> steps = new ArrayList<>();
      workflow.steps().forEach(step -> steps.add(step.name()));
      table.row(workflow.name(), workflow.kind(), String.join(", ", steps));
    }
    if (table.isEmpty()) {
      err.println("jera: there are no compiled workflows on the class path");
      return 0;
    }
    out.print(table);
    return 0;
  }
}
