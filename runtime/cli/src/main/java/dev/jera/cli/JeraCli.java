package dev.jera.cli;

import dev.jera.argo.DidYouMean;
import dev.jera.local.InvalidRunException;
import dev.jera.local.manifest.ManifestException;
import dev.jera.local.record.RunHome;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code jera} command line: {@code list}, {@code show}, {@code graph}, {@code run}, {@code runs}, {@code pin}
 * and {@code help}; {@code jera help COMMAND} and {@code jera COMMAND --help} print a command's options.
 * Exit codes: 0 done (for {@code run}, the workflow Succeeded), 1 the workflow Failed or ended in Error,
 * 2 bad usage or input, reported as one line on stderr before any step runs.
 */
public final class JeraCli {
  /** The workflow succeeded, or the command did its job. */
  public static final int OK = 0;
  /** The workflow failed or ended in error. */
  public static final int FAILED = 1;
  /** The command line or its input is wrong. */
  public static final int BAD_USAGE = 2;

  /** Every command, in the order the general help lists them. */
  private static final List<CommandHelp> COMMANDS = List.of(
      ListCommand.HELP, ShowCommand.HELP, GraphCommand.HELP, RunCommand.HELP, RunsCommand.HELP, PinCommand.HELP);

  static final String USAGE = usage();

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;
  private final ClassLoader loader;
  private final boolean terminal;

  /**
   * A command line writing its output to {@code out} and its messages and progress to {@code err}.
   *
   * @param environment where {@code JERA_HOME}, {@code JERA_SECRET_*} and {@code JERA_CONFIGMAP_*} come from
   * @param loader the class path whose workflows the commands see
   * @param terminal whether {@code err} is a terminal, for a live progress view
   */
  public JeraCli(PrintStream out, PrintStream err, Map<String, String> environment, ClassLoader loader, boolean terminal) {
    this.out = out;
    this.err = err;
    this.environment = environment;
    this.loader = loader;
    this.terminal = terminal;
  }

  /** Runs one command and returns its exit code. */
  public int run(String... args) {
    if (args.length == 0) {
      err.println(USAGE);
      return BAD_USAGE;
    }
    String command = args[0];
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    Workflows workflows = new Workflows(loader);
    try {
      if (command.equals("-h") || command.equals("--help") || command.equals("help")) {
        return help(rest);
      }
      CommandHelp help = find(command);
      if (CommandLine.asksForHelp(rest, help.options())) {
        out.print(help.text());
        return OK;
      }
      switch (command) {
        case "list":
          return new ListCommand(workflows, out, err).run(rest);
        case "show":
          return new ShowCommand(workflows, out).run(rest);
        case "graph":
          return new GraphCommand(workflows, out).run(rest);
        case "run":
          return new RunCommand(workflows, out, err, environment, RunHome.from(environment), terminal).run(rest);
        case "runs":
          return new RunsCommand(RunHome.from(environment), out, err).run(rest);
        case "pin":
          return new PinCommand(out).run(rest);
        default:
          throw new IllegalStateException("command '" + command + "' has help but no implementation");
      }
    } catch (UsageException | InvalidRunException | ManifestException e) {
      err.println("jera: " + oneLine(e.getMessage()));
      return BAD_USAGE;
    } catch (RuntimeException e) {
      err.println("jera: internal error: " + oneLine(String.valueOf(e)));
      return FAILED;
    }
  }

  /** {@code jera help [COMMAND]}: the general help, or one command's. */
  private int help(List<String> args) {
    if (args.isEmpty()) {
      out.println(USAGE);
      return OK;
    }
    if (args.size() > 1) {
      throw new UsageException("'help' takes one command, got " + args.size() + " (" + String.join(" ", args)
          + "): jera help [COMMAND]");
    }
    out.print(find(args.get(0)).text());
    return OK;
  }

  /** The command named {@code name}, or a usage error naming the closest. */
  private static CommandHelp find(String name) {
    List<String> names = new ArrayList<>();
    for (CommandHelp command : COMMANDS) {
      if (command.name().equals(name)) {
        return command;
      }
      names.add(command.name());
    }
    throw new UsageException("unknown command '" + name + "'" + DidYouMean.hint(name, names)
        + " (commands: " + String.join(", ", names) + ")");
  }

  /** The general help: the commands, each with its summary, and where to read more. */
  private static String usage() {
    String nl = System.lineSeparator();
    StringBuilder text = new StringBuilder("usage: jera COMMAND [options]").append(nl).append(nl)
        .append("commands:").append(nl);
    for (CommandHelp command : COMMANDS) {
      text.append("  ").append(command.name()).append(" ".repeat(8 - command.name().length()))
          .append(command.summary()).append(nl);
    }
    return text.append(nl)
        .append("jera help COMMAND (or jera COMMAND --help) tells a command's options and exit codes.").append(nl)
        .append("Run records go to $JERA_HOME/runs/ (default .jera/runs/). Exit codes: 0 succeeded, 1 failed,")
        .append(" 2 bad usage or input.")
        .toString();
  }

  private static String oneLine(String message) {
    return message.replace("\r", " ").replace("\n", " ");
  }
}
