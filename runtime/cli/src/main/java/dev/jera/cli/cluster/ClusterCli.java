package dev.jera.cli.cluster;

import dev.jera.argo.DidYouMean;
import dev.jera.cli.CommandLine;
import dev.jera.cli.UsageException;
import dev.jera.cluster.api.ConfigException;
import dev.jera.cluster.api.ServerConfig;
import dev.jera.cluster.api.Token;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The cluster commands on a command line: parses the options of each into its {@code Options} record
 * and the connection options into a {@link ClusterContext}, then runs it. The connection options are the
 * {@code argo} CLI's, over its environment variables.
 */
public final class ClusterCli {
  static final String USAGE = String.join(System.lineSeparator(),
      "usage: jera COMMAND [options]",
      "  lint [NAME]...        every compiled manifest (or those named) through the server's lint",
      "  apply                 create or update the project's (Cluster)WorkflowTemplates and CronWorkflows",
      "  submit NAME [-p name=value]... [-f params.yaml] [--watch]",
      "                        run a compiled workflow on the cluster",
      "  watch NAME            follow a workflow until it ends; exit 0 if it Succeeded, else 1",
      "  logs NAME [STEP]      the logs of its steps",
      "  get NAME [-o text|json]",
      "                        a workflow on the cluster",
      "  list [NAME] [-l SELECTOR] [--limit N]",
      "                        the workflows of the namespace, newest first",
      "options of every command (environment variables as the argo CLI reads them):",
      "  -s, --argo-server HOST:PORT      ARGO_SERVER",
      "  -e, --secure[=false]             ARGO_SECURE (TLS unless 'false')",
      "  -k, --insecure-skip-verify       ARGO_INSECURE_SKIP_VERIFY (accept any certificate)",
      "      --argo-base-href PATH        ARGO_BASE_HREF",
      "      --argo-http1                 ARGO_HTTP1",
      "  -n, --namespace NAMESPACE        ARGO_NAMESPACE (else the kubeconfig's, else default)",
      "      --token VALUE                ARGO_TOKEN, the whole header value 'Bearer <token>' (prefer the variable)",
      "      --certificate-authority FILE PEM certificates to trust instead of the JDK's",
      "      --pinned DIR | --no-pinned   digest-pinned copies (default target/argo-pinned when it exists)",
      "      --dry-run                    print each request (METHOD PATH BODY) instead of sending it",
      "Exit codes: 0 done (the workflow Succeeded), 1 the workflow failed or the server refused,",
      "2 bad usage or input (before any request), 3 the server could not be used.");

  private static final List<String> COMMANDS = List.of("lint", "apply", "submit", "watch", "logs", "get", "list");
  private static final List<CommandLine.Option> CONNECTION = List.of(
      CommandLine.Option.valued("--argo-server", "-s", "HOST:PORT", "Argo Server (ARGO_SERVER)"),
      CommandLine.Option.switchable("--secure", "-e", "TLS, on unless false (ARGO_SECURE)"),
      CommandLine.Option.switchable("--insecure-skip-verify", "-k", "trust any certificate (ARGO_INSECURE_SKIP_VERIFY)"),
      CommandLine.Option.valued("--argo-base-href", null, "PATH", "the server's base path (ARGO_BASE_HREF)"),
      CommandLine.Option.switchable("--argo-http1", null, "HTTP/1.1 only (ARGO_HTTP1)"),
      CommandLine.Option.valued("--namespace", "-n", "NAMESPACE", "the namespace (ARGO_NAMESPACE)"),
      CommandLine.Option.valued("--token", null, "TOKEN", "the Authorization value, Bearer ... (ARGO_TOKEN)"),
      CommandLine.Option.valued("--certificate-authority", null, "FILE", "PEM certificates to trust"),
      CommandLine.Option.valued("--pinned", null, "DIR", "digest-pinned copies of the manifests"),
      CommandLine.Option.flag("--no-pinned", "use the compiled manifests as they are"),
      CommandLine.Option.flag("--dry-run", "print each request instead of sending it"));

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;
  private final UnaryOperator<ClusterContext.Builder> tuning;

  /**
   * @param environment where the {@code ARGO_*} variables come from
   * @param tuning adjusts each context before it is built (retries and timeouts in tests)
   */
  public ClusterCli(PrintStream out, PrintStream err, Map<String, String> environment,
      UnaryOperator<ClusterContext.Builder> tuning) {
    this.out = out;
    this.err = err;
    this.environment = environment;
    this.tuning = tuning;
  }

  /** Runs one command and returns its exit code. */
  public int run(String... args) {
    if (args.length == 0) {
      err.println(USAGE);
      return Exits.BAD_USAGE;
    }
    String command = args[0];
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (command.equals("-h") || command.equals("--help") || command.equals("help")
        || rest.contains("-h") || rest.contains("--help")) {
      out.println(USAGE);
      return Exits.OK;
    }
    return Exits.guard(err, () -> dispatch(command, rest));
  }

  private int dispatch(String command, List<String> args) {
    switch (command) {
      case "lint": {
        CommandLine line = parse(command, args);
        return new LintCommand(context(line)).run(new LintCommand.Options(line.operands()));
      }
      case "apply": {
        CommandLine line = parse(command, args);
        line.noOperands("jera apply [options]");
        return new ApplyCommand(context(line)).run(new ApplyCommand.Options());
      }
      case "submit": {
        CommandLine line = parse(command, args, CommandLine.Option.valued("--param", "-p", "NAME=VALUE", "a workflow parameter"),
            CommandLine.Option.valued("--file", "-f", "FILE", "a parameters file (YAML or JSON)"), CommandLine.Option.flag("--watch", "follow the workflow until it ends"));
        String name = line.single("a workflow name", "jera submit NAME [-p name=value]... [-f params.yaml] [--watch]");
        return new SubmitCommand(context(line)).run(new SubmitCommand.Options(name, line.all("--param"),
            line.value("--file").map(Path::of).orElse(null), line.flag("--watch")));
      }
      case "watch": {
        CommandLine line = parse(command, args);
        return new WatchCommand(context(line)).run(new WatchCommand.Options(line.single("a workflow name", "jera watch NAME")));
      }
      case "logs": {
        CommandLine line = parse(command, args);
        List<String> operands = line.operands();
        if (operands.isEmpty() || operands.size() > 2) {
          throw new UsageException("'logs' takes a workflow name and optionally a step: jera logs NAME [STEP]");
        }
        return new LogsCommand(context(line)).run(new LogsCommand.Options(operands.get(0),
            operands.size() == 2 ? operands.get(1) : null));
      }
      case "get": {
        CommandLine line = parse(command, args, CommandLine.Option.valued("--output", "-o", "text|json", "the output format"));
        return new GetCommand(context(line)).run(new GetCommand.Options(line.single("a workflow name",
            "jera get NAME [-o text|json]"), line.value("--output").orElse("text")));
      }
      case "list": {
        CommandLine line = parse(command, args, CommandLine.Option.valued("--selector", "-l", "SELECTOR", "a label selector"),
            CommandLine.Option.valued("--limit", null, "N", "at most N workflows"));
        List<String> operands = line.operands();
        if (operands.size() > 1) {
          throw new UsageException("'list' takes at most one compiled workflow name: jera list [NAME]");
        }
        int limit = line.value("--limit").map(ClusterCli::positive).orElse(50);
        return new ClusterListCommand(context(line)).run(new ClusterListCommand.Options(operands.isEmpty() ? null : operands.get(0),
            line.value("--selector").orElse(null), limit));
      }
      default:
        throw new UsageException("unknown command '" + command + "'" + DidYouMean.hint(command, COMMANDS)
            + " (commands: " + String.join(", ", COMMANDS) + ")");
    }
  }

  private static CommandLine parse(String command, List<String> args, CommandLine.Option... own) {
    List<CommandLine.Option> options = new ArrayList<>(Arrays.asList(own));
    options.addAll(CONNECTION);
    return CommandLine.parse(command, args, options);
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
    ClusterContext.Builder builder = ClusterContext.builder(config, out, err).dryRun(line.flag("--dry-run"));
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
