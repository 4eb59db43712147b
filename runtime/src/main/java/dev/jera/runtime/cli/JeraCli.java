package dev.jera.runtime.cli;

import dev.jera.runtime.argo.DidYouMean;
import dev.jera.runtime.local.InvalidRunException;
import dev.jera.runtime.local.ManifestException;
import dev.jera.runtime.local.RunHome;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code jera} command line: {@code list}, {@code show}, {@code graph}, {@code run} and {@code runs}.
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

  static final String USAGE = String.join(System.lineSeparator(),
      "usage: jera COMMAND [options]",
      "  list                  the workflows compiled onto the class path",
      "  show NAME             a workflow's manifest",
      "  graph NAME [--format mermaid|dot]",
      "                        a workflow's steps and dependencies",
      "  run NAME [-p name=value]... [-f params.yaml] [--output text|json] [--isolated]",
      "           [--parallelism N] [--secret name/key=value]... [--config-map name/key=value]...",
      "           [--artifact step.input=path]... [--retry-backoff DURATION | --fast-retries] [--home DIR]",
      "                        run a workflow on this machine",
      "  runs [--limit N] [--home DIR]",
      "                        the most recent runs",
      "  pin --image-json FILE --manifests DIR --out DIR",
      "                        copies of the manifests with the image built pinned to its digest",
      "Run records go to $JERA_HOME/runs/ (default .jera/runs/). Exit codes: 0 succeeded, 1 failed, 2 bad usage.");

  private static final List<String> COMMANDS = List.of("list", "show", "graph", "run", "runs", "pin");

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
    if (command.equals("-h") || command.equals("--help") || command.equals("help")) {
      out.println(USAGE);
      return OK;
    }
    if (rest.contains("-h") || rest.contains("--help")) {
      out.println(USAGE);
      return OK;
    }
    Workflows workflows = new Workflows(loader);
    try {
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
          throw new UsageException("unknown command '" + command + "'"
              + DidYouMean.hint(command, COMMANDS)
              + " (commands: " + String.join(", ", COMMANDS) + ")");
      }
    } catch (UsageException | InvalidRunException | ManifestException e) {
      err.println("jera: " + oneLine(e.getMessage()));
      return BAD_USAGE;
    } catch (RuntimeException e) {
      err.println("jera: internal error: " + oneLine(String.valueOf(e)));
      return FAILED;
    }
  }

  private static String oneLine(String message) {
    return message.replace("\r", " ").replace("\n", " ");
  }
}
