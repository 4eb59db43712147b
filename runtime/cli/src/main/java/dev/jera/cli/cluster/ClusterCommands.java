package dev.jera.cli.cluster;

import dev.jera.cli.CommandHelp;
import dev.jera.cli.CommandLine;
import dev.jera.cli.CommandLine.Option;
import dev.jera.cli.UsageException;
import dev.jera.cluster.api.ConfigException;
import dev.jera.cluster.api.ServerConfig;
import dev.jera.cluster.api.Token;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The cluster commands of {@code jera} ({@code lint}, {@code apply}, {@code submit}, {@code watch},
 * {@code logs}, {@code get}, {@code list --cluster}): their help, and the parsing of each command line
 * into its {@code Options} record and, from the connection options over the {@code ARGO_*} environment
 * variables, a {@link ClusterContext}.
 */
public final class ClusterCommands {
  /** Where Argo Server is: the argo CLI's options, each over its environment variable. */
  public static final List<Option> CONNECTION = List.of(
      Option.valued("--argo-server", "-s", "HOST:PORT", "Argo Server's host:port, no scheme (ARGO_SERVER)"),
      Option.switchable("--secure", "-e", "TLS, on unless false (ARGO_SECURE)"),
      Option.switchable("--insecure-skip-verify", "-k", "accept any certificate and host name (ARGO_INSECURE_SKIP_VERIFY)"),
      Option.valued("--argo-base-href", null, "PATH", "the path before /api/v1 behind a prefix (ARGO_BASE_HREF)"),
      Option.switchable("--argo-http1", null, "HTTP/1.1 only (ARGO_HTTP1)"),
      Option.valued("--namespace", "-n", "NAMESPACE", "the namespace (ARGO_NAMESPACE; else the kubeconfig's, else default)"),
      Option.valued("--token", null, "TOKEN", "the Authorization value, 'Bearer …' (ARGO_TOKEN; prefer the variable:"
          + " an option shows in the process list); never printed"),
      Option.valued("--certificate-authority", null, "FILE", "PEM certificates to trust instead of the JDK's"));

  private static final Option DRY_RUN = Option.flag("--dry-run",
      "print each request (METHOD PATH BODY, one a line) instead of sending it; needs no server");
  private static final Option PINNED = Option.valued("--pinned", null, "DIR",
      "digest-pinned copies of the manifests (default target/argo-pinned when it exists)");
  private static final Option NO_PINNED = Option.flag("--no-pinned", "the compiled manifests as they are");
  private static final Option PARAM = Option.valued("--param", "-p", "NAME=VALUE", "a workflow parameter (repeatable; wins over -f)");
  private static final Option FILE = Option.valued("--file", "-f", "FILE", "parameters from a YAML or JSON map of names to values");
  private static final Option WATCH = Option.flag("--watch", "follow the workflow until it ends; exit by its phase");
  private static final Option OUTPUT = Option.valued("--output", "-o", "text|json", "a table (default) or the server's JSON");
  private static final Option CLUSTER = Option.flag("--cluster", "the workflows on the cluster (not those compiled here)");
  private static final Option SELECTOR = Option.valued("--selector", "-l", "SELECTOR", "only workflows with these labels (a=b,c!=d)");
  private static final Option LIMIT = Option.valued("--limit", null, "N", "at most N workflows (default 50)");

  private static final String BAD_INPUT = "2  bad usage or input (an option, a parameter, a manifest, the settings):"
      + " one line on stderr, and no request was sent";
  private static final String UNUSABLE = "3  the server could not be used: unreachable, TLS, credentials refused (401) or"
      + " not allowed (403), a 5xx or an answer not Argo Server's that outlasted the retries";

  public static final CommandHelp LINT = new CommandHelp("lint", "[NAME]... [options]",
      "every compiled manifest (or those named) through the server's lint",
      List.of("Sends every manifest compiled onto the class path (or those named) to Argo Server's lint endpoint of its",
          "kind, which validates it as the controller would, against what is on the cluster (a template it calls",
          "must be applied first). Prints ok or the server's error for each."),
      List.of(PINNED, NO_PINNED, DRY_RUN), CONNECTION,
      List.of("0  every manifest passed", "1  the server found problems in one or more (each named on stdout)", BAD_INPUT,
          UNUSABLE));

  public static final CommandHelp APPLY = new CommandHelp("apply", "[options]",
      "create or update the project's templates and CronWorkflows on the cluster",
      List.of("Creates or updates the WorkflowTemplates, ClusterWorkflowTemplates and CronWorkflows compiled onto the",
          "class path, from their digest-pinned copies when there are some, templates that others call first. A rerun",
          "changes nothing: each resource's line says created, updated (and the first field that differed) or",
          "unchanged. Workflows are not applied: jera submit runs them."),
      List.of(PINNED, NO_PINNED, DRY_RUN), CONNECTION,
      List.of("0  every resource created, updated or unchanged",
          "1  the server refused one or more (invalid, not allowed (403), a template they need missing); the others were"
              + " applied",
          BAD_INPUT, "3  the server could not be used: unreachable, TLS, credentials refused (401), a 5xx or an answer not"
              + " Argo Server's that outlasted the retries"));

  public static final CommandHelp SUBMIT = new CommandHelp("submit", "NAME [-p name=value]... [-f params.yaml] [--watch]",
      "run a compiled workflow on the cluster",
      List.of("Runs workflow NAME on the cluster: a Workflow manifest is created as compiled (its digest-pinned copy when",
          "there is one); a (Cluster)WorkflowTemplate or CronWorkflow is run through the server's submit endpoint from",
          "the copy jera apply put there. Parameters are checked first exactly as jera run checks them, and every",
          "template it needs must be on the cluster. Prints the Workflow's name; with --watch, follows it to its end."),
      List.of(PARAM, FILE, WATCH, PINNED, NO_PINNED, DRY_RUN), CONNECTION,
      List.of("0  submitted (with --watch: the workflow Succeeded)",
          "1  with --watch, the workflow Failed or ended in Error; or the server refused it (a template missing, a name"
              + " taken, invalid)",
          BAD_INPUT, UNUSABLE + ", a watch lost 5 times in a row (the workflow still runs)"));

  public static final CommandHelp WATCH_COMMAND = new CommandHelp("watch", "NAME [options]",
      "follow a workflow on the cluster until it ends",
      List.of("Follows Workflow NAME (as jera submit printed it) until it ends: each step as it starts and ends on",
          "stderr, then the same table as a local run on stdout. A dropped stream is resumed where it stopped."),
      List.of(DRY_RUN), CONNECTION,
      List.of("0  the workflow Succeeded", "1  it Failed or ended in Error, was deleted, or there is no such workflow",
          BAD_INPUT, UNUSABLE + ", the watch lost 5 times in a row (the workflow still runs)"));

  public static final CommandHelp LOGS = new CommandHelp("logs", "NAME [STEP] [options]",
      "the logs of a workflow's steps on the cluster",
      List.of("Prints the logs of Workflow NAME's steps (their main containers), each line prefixed by its step (and",
          "attempt); with STEP (a step, an item such as price(0:ord-1), or the exit handler), only that step's."),
      List.of(DRY_RUN), CONNECTION,
      List.of("0  printed", "1  there is no such workflow", "2  bad usage, or the workflow has no such step (its steps are"
          + " named)", UNUSABLE));

  public static final CommandHelp GET = new CommandHelp("get", "NAME [-o text|json] [options]",
      "a workflow on the cluster",
      List.of("Prints Workflow NAME: once it has ended, the same table as a local run; while it runs, each step's phase",
          "so far; with -o json, the Workflow as the server returned it."),
      List.of(OUTPUT, DRY_RUN), CONNECTION,
      List.of("0  printed", "1  there is no such workflow", BAD_INPUT, UNUSABLE));

  public static final CommandHelp LIST = new CommandHelp("list --cluster", "[NAME] [-l SELECTOR] [--limit N] [options]",
      "the workflows on the cluster, newest first",
      List.of("Lists the Workflows of the namespace, newest first: name, phase, start, duration and message. With NAME,",
          "those submitted from compiled workflow NAME (jera submit labels them jera.dev/workflow=NAME). Without",
          "--cluster, jera list lists the workflows compiled onto the class path."),
      List.of(CLUSTER, SELECTOR, LIMIT, DRY_RUN), CONNECTION,
      List.of("0  listed (none: a note on stderr)", BAD_INPUT, UNUSABLE));

  /** The cluster commands, in the order the general help lists them. */
  public static final List<CommandHelp> ALL = List.of(LINT, APPLY, SUBMIT, WATCH_COMMAND, LOGS, GET, LIST);

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;
  private final ClassLoader loader;
  private final UnaryOperator<ClusterContext.Builder> tuning;

  /**
   * @param environment where the {@code ARGO_*} variables come from
   * @param loader the class path whose compiled workflows the commands use
   * @param tuning adjusts each context before it is built (retries and timeouts in tests)
   */
  public ClusterCommands(PrintStream out, PrintStream err, Map<String, String> environment, ClassLoader loader,
      UnaryOperator<ClusterContext.Builder> tuning) {
    this.out = out;
    this.err = err;
    this.environment = environment;
    this.loader = loader;
    this.tuning = tuning;
  }

  /** Runs {@code command} (one of {@link #ALL}) with {@code args} and returns its exit code. */
  public int run(CommandHelp command, List<String> args) {
    return Exits.guard(err, () -> dispatch(command, args));
  }

  private int dispatch(CommandHelp command, List<String> args) {
    CommandLine line = CommandLine.parse(command.name().split(" ")[0], args, command.parsed());
    if (command == LINT) {
      return new LintCommand(context(line)).run(new LintCommand.Options(line.operands()));
    }
    if (command == APPLY) {
      line.noOperands(APPLY.usage());
      return new ApplyCommand(context(line)).run(new ApplyCommand.Options());
    }
    if (command == SUBMIT) {
      String name = line.single("a workflow name", SUBMIT.usage());
      return new SubmitCommand(context(line)).run(new SubmitCommand.Options(name, line.all("--param"),
          line.value("--file").map(Path::of).orElse(null), line.flag("--watch")));
    }
    if (command == WATCH_COMMAND) {
      String name = line.single("a workflow name", WATCH_COMMAND.usage());
      return new WatchCommand(context(line)).run(new WatchCommand.Options(name));
    }
    if (command == LOGS) {
      List<String> operands = line.operands();
      if (operands.isEmpty() || operands.size() > 2) {
        throw new UsageException("'logs' takes a workflow name and optionally a step: " + LOGS.usage());
      }
      return new LogsCommand(context(line)).run(new LogsCommand.Options(operands.get(0),
          operands.size() == 2 ? operands.get(1) : null));
    }
    if (command == GET) {
      String name = line.single("a workflow name", GET.usage());
      return new GetCommand(context(line)).run(new GetCommand.Options(name, line.value("--output").orElse("text")));
    }
    if (command == LIST) {
      List<String> operands = line.operands();
      if (operands.size() > 1) {
        throw new UsageException("'list --cluster' takes at most one compiled workflow's name, got " + operands.size()
            + " (" + String.join(" ", operands) + "): " + LIST.usage());
      }
      int limit = line.value("--limit").map(ClusterCommands::positive).orElse(50);
      return new ClusterListCommand(context(line)).run(new ClusterListCommand.Options(
          operands.isEmpty() ? null : operands.get(0), line.value("--selector").orElse(null), limit));
    }
    throw new IllegalStateException("command '" + command.name() + "' has help but no implementation");
  }

  /** The context the options and the environment describe. */
  private ClusterContext context(CommandLine line) {
    ServerConfig config = ServerConfig.fromEnvironment(environment);
    config = line.value("--argo-server").map(config::withServer).orElse(config);
    config = line.value("--secure").map(Boolean::parseBoolean).map(config::withSecure).orElse(config);
    config = line.value("--insecure-skip-verify").map(Boolean::parseBoolean).map(config::withInsecureSkipVerify).orElse(config);
    config = line.value("--argo-base-href").map(config::withBaseHref).orElse(config);
    config = line.value("--argo-http1").map(Boolean::parseBoolean).map(config::withHttp1).orElse(config);
    config = line.value("--namespace").map(config::withNamespace).orElse(config);
    config = line.value("--token").map(Token::of).map(config::withToken).orElse(config);
    config = line.value("--certificate-authority").map(Path::of).map(config::withCertificateAuthority).orElse(config);
    ClusterContext.Builder builder = ClusterContext.builder(config, out, err).loader(loader).dryRun(line.flag("--dry-run"));
    if (line.flag("--no-pinned")) {
      if (line.value("--pinned").isPresent()) {
        throw new UsageException("--pinned and --no-pinned contradict each other: give one");
      }
      builder.pinned(null);
    } else if (line.value("--pinned").isPresent()) {
      Path pinned = Path.of(line.value("--pinned").get());
      if (!Files.isDirectory(pinned)) {
        throw new ConfigException("--pinned " + pinned + ": no such folder (jera pin writes it after the image is built)");
      }
      builder.pinned(pinned);
    }
    return tuning.apply(builder).build();
  }

  private static int positive(String value) {
    try {
      int number = Integer.parseInt(value);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new UsageException("--limit '" + value + "' is not a positive whole number");
  }
}
