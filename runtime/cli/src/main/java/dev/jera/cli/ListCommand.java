package dev.jera.cli;

import dev.jera.local.Catalog;
import dev.jera.local.console.TextTable;
import dev.jera.runner.index.WorkflowIndex;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code jera list}: every workflow on the class path, its kind and its steps. {@code jera list --cluster} is
 * another command, the Workflows on the cluster ({@link dev.jera.cli.cluster.ClusterListCommand}).
 */
final class ListCommand {
  static final String CLUSTER = "--cluster";
  static final CommandHelp HELP = new CommandHelp("list", "[--cluster]", "the workflows compiled onto the class path",
      List.of("Lists the workflows compiled onto the class path (the index each jar or class folder built with",
          "Jera's processor holds): name, kind, entrypoint and steps. With --cluster, the Workflows on the cluster instead",
          "(see jera help list --cluster)."),
      List.of(CommandLine.Option.flag(CLUSTER, "the Workflows on the cluster instead (jera help list --cluster)")),
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

  /** Whether {@code args} ask for the cluster's list: {@code --cluster} where an option may stand. */
  static boolean wantsCluster(List<String> args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      }
      if (arg.equals(CLUSTER)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lists; {@code cluster} is the cluster's list, whose options and operand given here without
   * {@code --cluster} get a hint to add it.
   */
  int run(List<String> args, CommandHelp cluster) {
    for (int i = 0; i < args.size() && !args.get(i).equals("--"); i++) {
      String arg = args.get(i);
      String name = arg.startsWith("--") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      for (CommandLine.Option option : cluster.parsed()) {
        if (name.equals(option.name()) || name.equals(option.alias())) {
          throw new UsageException("'list' lists the workflows compiled here and takes no '" + name + "'; the"
              + " Workflows on the cluster take it: jera list --cluster " + String.join(" ", args));
        }
      }
    }
    CommandLine line = CommandLine.parse("list", args, HELP.options());
    if (!line.operands().isEmpty()) {
      throw new UsageException("'list' takes no arguments, got '" + line.operands().get(0) + "': " + USAGE
          + "; the runs of a workflow on the cluster: jera list --cluster " + line.operands().get(0));
    }
    TextTable table = new TextTable("NAME", "KIND", "ENTRYPOINT", "STEPS");
    for (WorkflowIndex.Workflow workflow : workflows.catalog().workflows()) {
      List<String> steps = new ArrayList<>();
      workflow.steps().forEach(step -> steps.add(step.name()));
      table.row(Catalog.key(workflow), workflow.kind(), workflow.shownEntrypoint(), String.join(", ", steps));
    }
    if (table.isEmpty()) {
      err.println("jera: there are no compiled workflows on the class path");
      return 0;
    }
    out.print(table);
    return 0;
  }
}
