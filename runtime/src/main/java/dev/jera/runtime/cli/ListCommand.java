package dev.jera.runtime.cli;

import dev.jera.runtime.index.WorkflowIndex;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** {@code jera list}: every workflow on the class path, its kind and its steps. */
final class ListCommand {
  static final String USAGE = "jera list";

  private final Workflows workflows;
  private final PrintStream out;
  private final PrintStream err;

  ListCommand(Workflows workflows, PrintStream out, PrintStream err) {
    this.workflows = workflows;
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) {
    CommandLine.parse("list", args, List.of()).noOperands(USAGE);
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
