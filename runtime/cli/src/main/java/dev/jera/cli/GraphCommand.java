package dev.jera.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** {@code jera graph NAME [--format mermaid|dot]}: the workflow's steps and dependencies as a diagram. */
final class GraphCommand {
  static final CommandHelp HELP = new CommandHelp("graph", "NAME [--format mermaid|dot]",
      "a workflow's steps and dependencies, as a diagram",
      List.of("Prints the steps of workflow NAME and their dependencies as a Mermaid flowchart or a Graphviz",
          "digraph; loops, conditions and the exit handler are noted on their steps."),
      List.of(CommandLine.Option.valued("--format", null, "mermaid|dot", "the diagram's language (default mermaid)")),
      List.of("0  printed", "2  bad usage, or no workflow NAME on the class path"));
  static final String USAGE = HELP.usage();

  private final Workflows workflows;
  private final PrintStream out;

  GraphCommand(Workflows workflows, PrintStream out) {
    this.workflows = workflows;
    this.out = out;
  }

  int run(List<String> args) {
    CommandLine line = CommandLine.parse("graph", args, HELP.options());
    String name = line.single("a workflow name", USAGE);
    String format = line.value("--format").orElse("mermaid");
    GraphFormat chosen;
    switch (format.toLowerCase(Locale.ROOT)) {
      case "mermaid":
        chosen = GraphFormat.MERMAID;
        break;
      case "dot":
        chosen = GraphFormat.DOT;
        break;
      default:
        throw new UsageException("--format '" + format + "' is not one of mermaid, dot");
    }
    out.print(chosen.render(ManifestGraph.of(name, workflows.manifest(name))));
    return 0;
  }
}
