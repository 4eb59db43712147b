package dev.jera.cli;

import dev.jera.argo.DidYouMean;
import dev.jera.cli.cluster.ClusterCommands;
import dev.jera.cli.cluster.ClusterContext;
import dev.jera.local.InvalidRunException;
import dev.jera.local.manifest.ManifestException;
import dev.jera.local.record.RunHome;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The {@code jera} command line. On this machine: {@code list}, {@code show}, {@code graph}, {@code run},
 * {@code runs}, {@code pin}; on the cluster, through Argo Server ({@link ClusterCommands}): {@code lint},
 * {@code apply}, {@code submit}, {@code watch}, {@code logs}, {@code get} and {@code list --cluster}
 * ({@code jera list} alone stays the compiled workflows, as it always was); and {@code help}.
 * {@code jera help COMMAND} and {@code jera COMMAND --help} print a command's options.
 * Exit codes: 0 done (for {@code run}, {@code watch} and {@code submit --watch}, the workflow Succeeded), 1 the
 * workflow Failed or ended in Error, 2 bad usage or input, reported as one line on stderr before any step runs
 * or any request is sent, 3 (cluster commands) the server could not be used.
 */
public final class JeraCli {
  /** The workflow succeeded, or the command did its job. */
  public static final int OK = 0;
  /** The workflow failed or ended in error. */
  public static final int FAILED = 1;
  /** The command line or its input is wrong. */
  public static final int BAD_USAGE = 2;

  /** The server could not be used (cluster commands only). */
  public static final int UNAVAILABLE = 3;

  /** The commands that work on this machine, in the order the general help lists them. */
  private static final List<CommandHelp> LOCAL = List.of(
      ListCommand.HELP, ShowCommand.HELP, GraphCommand.HELP, RunCommand.HELP, RunsCommand.HELP, PinCommand.HELP);
  /** Every command: the local ones, then the cluster's. */
  private static final List<CommandHelp> COMMANDS = all();

  static final String USAGE = usage();

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;
  private final ClassLoader loader;
  private final boolean terminal;
  private final UnaryOperator<ClusterContext.Builder> clusterTuning;

  /**
   * A command line writing its output to {@code out} and its messages and progress to {@code err}.
   *
   * @param environment where {@code JERA_HOME}, {@code JERA_SECRET_*} and {@code JERA_CONFIGMAP_*} come from
   * @param loader the class path whose workflows the commands see
   * @param terminal whether {@code err} is a terminal, for a live progress view
   */
  public JeraCli(PrintStream out, PrintStream err, Map<String, String> environment, ClassLoader loader, boolean terminal) {
    this(out, err, environment, loader, terminal, UnaryOperator.identity());
  }

  private JeraCli(PrintStream out, PrintStream err, Map<String, String> environment, ClassLoader loader, boolean terminal,
      UnaryOperator<ClusterContext.Builder> clusterTuning) {
    this.out = out;
    this.err = err;
    this.environment = environment;
    this.loader = loader;
    this.terminal = terminal;
    this.clusterTuning = clusterTuning;
  }

  /**
   * This command line with each cluster command's context adjusted before it is built (retries, timeouts and
   * drawn names, for tests and for code that embeds the commands).
   */
  public JeraCli withClusterTuning(UnaryOperator<ClusterContext.Builder> tuning) {
    return new JeraCli(out, err, environment, loader, terminal, tuning);
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
      CommandHelp help = find(command, rest);
      if (CommandLine.asksForHelp(rest, help.parsed())) {
        out.print(help.text());
        return OK;
      }
      if (ClusterCommands.ALL.contains(help)) {
        return new ClusterCommands(out, err, environment, loader, clusterTuning).run(help, rest);
      }
      switch (command) {
        case "list":
          return new ListCommand(workflows, out, err).run(rest, ClusterCommands.LIST);
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

  /** {@code jera help [COMMAND]}: the general help, or one command's ({@code jera help list --cluster} too). */
  private int help(List<String> args) {
    if (args.isEmpty()) {
      out.println(USAGE);
      return OK;
    }
    boolean clusterList = args.size() == 2 && args.get(0).equals("list") && args.get(1).equals("--cluster");
    if (args.size() > 1 && !clusterList) {
      throw new UsageException("'help' takes one command, got " + args.size() + " (" + String.join(" ", args)
          + "): jera help [COMMAND]");
    }
    out.print(find(args.get(0), args.subList(1, args.size())).text());
    return OK;
  }

  /**
   * The command named {@code name}, given {@code args}: {@code list} is the cluster's list when they hold
   * {@code --cluster}; an unknown name is a usage error naming the closest.
   */
  private static CommandHelp find(String name, List<String> args) {
    if (name.equals(ListCommand.HELP.name()) && ListCommand.wantsCluster(args)) {
      return ClusterCommands.LIST;
    }
    for (CommandHelp command : COMMANDS) {
      if (command.name().equals(name)) {
        return command;
      }
    }
    List<String> names = names();
    throw new UsageException("unknown command '" + name + "'" + DidYouMean.hint(name, names)
        + " (commands: " + String.join(", ", names) + ")");
  }

  /** The words that start a command, each once: {@code list} stands for {@code list --cluster} too. */
  private static List<String> names() {
    Set<String> names = new LinkedHashSet<>();
    COMMANDS.forEach(command -> names.add(command.name().split(" ")[0]));
    return new ArrayList<>(names);
  }

  private static List<CommandHelp> all() {
    List<CommandHelp> all = new ArrayList<>(LOCAL);
    all.addAll(ClusterCommands.ALL);
    return List.copyOf(all);
  }

  /** The general help: the commands in two groups, each with its summary, and where to read more. */
  private static String usage() {
    String nl = System.lineSeparator();
    int width = 0;
    for (CommandHelp command : COMMANDS) {
      width = Math.max(width, command.name().length());
    }
    StringBuilder text = new StringBuilder("usage: jera COMMAND [options]").append(nl).append(nl)
        .append("local commands (this machine, the workflows compiled onto the class path):").append(nl);
    append(text, LOCAL, width);
    text.append(nl).append("cluster commands (Argo Workflows, through Argo Server's API; where it is comes from ARGO_SERVER,")
        .append(nl).append("ARGO_TOKEN, ARGO_NAMESPACE, ... as the argo CLI reads them, or from options):").append(nl);
    append(text, ClusterCommands.ALL, width);
    return text.append(nl)
        .append("jera help COMMAND (or jera COMMAND --help) tells a command's options and exit codes.").append(nl)
        .append("Run records go to $JERA_HOME/runs/ (default .jera/runs/). Exit codes: 0 succeeded, 1 failed,")
        .append(" 2 bad usage or input,").append(nl)
        .append("3 the server could not be used (cluster commands).")
        .toString();
  }

  private static void append(StringBuilder text, List<CommandHelp> commands, int width) {
    String nl = System.lineSeparator();
    for (CommandHelp command : commands) {
      text.append("  ").append(command.name()).append(" ".repeat(width - command.name().length() + 2))
          .append(command.summary()).append(nl);
    }
  }

  private static String oneLine(String message) {
    return message.replace("\r", " ").replace("\n", " ");
  }
}
