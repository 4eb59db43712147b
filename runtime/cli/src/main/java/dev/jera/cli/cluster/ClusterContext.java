package dev.jera.cli.cluster;

import dev.jera.cli.Workflows;
import dev.jera.cluster.api.ApiRequest;
import dev.jera.cluster.api.ArgoClient;
import dev.jera.cluster.api.HttpTransport;
import dev.jera.cluster.api.RequestBackoff;
import dev.jera.cluster.api.Requests;
import dev.jera.cluster.api.ServerConfig;
import dev.jera.cluster.api.Transport;
import dev.jera.cluster.deploy.SubmissionIds;
import dev.jera.cluster.project.ProjectManifests;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * What every cluster command works with: the server's settings, the compiled workflows of the class
 * path and their pinned copies, where output goes, whether requests are only printed
 * ({@code --dry-run}), and how patiently to retry. Built once by whoever mounts the commands (the
 * {@code jera} command line through {@link ClusterCommands}, or code that embeds them).
 */
public final class ClusterContext {
  /** Where {@code jera pin} writes the digest-pinned copies in a Maven project. */
  public static final Path DEFAULT_PINNED = Path.of("target", "argo-pinned");

  private final ServerConfig config;
  private final PrintStream out;
  private final PrintStream err;
  private final Workflows workflows;
  private final Path pinned;
  private final boolean dryRun;
  private final RequestBackoff backoff;
  private final Duration quiet;
  private final Random random;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private ArgoClient client;

  private ClusterContext(Builder builder) {
    this.config = builder.config;
    this.out = builder.out;
    this.err = builder.err;
    this.workflows = new Workflows(builder.loader);
    this.pinned = builder.pinned;
    this.dryRun = builder.dryRun;
    this.backoff = builder.backoff;
    this.quiet = builder.quiet;
    this.random = builder.random;
    this.connectTimeout = builder.connectTimeout;
    this.requestTimeout = builder.requestTimeout;
  }

  /** Starts a context for {@code config}, printing to {@code out} and {@code err}. */
  public static Builder builder(ServerConfig config, PrintStream out, PrintStream err) {
    return new Builder(config, out, err);
  }

  /** Builds a {@link ClusterContext}. */
  public static final class Builder {
    private final ServerConfig config;
    private final PrintStream out;
    private final PrintStream err;
    private ClassLoader loader = Thread.currentThread().getContextClassLoader();
    private Path pinned = Files.isDirectory(DEFAULT_PINNED) ? DEFAULT_PINNED : null;
    private boolean dryRun;
    private RequestBackoff backoff = RequestBackoff.DEFAULT;
    private Duration quiet = Duration.ofSeconds(30);
    private Random random = new SecureRandom();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);

    private Builder(ServerConfig config, PrintStream out, PrintStream err) {
      this.config = Objects.requireNonNull(config, "config");
      this.out = Objects.requireNonNull(out, "out");
      this.err = Objects.requireNonNull(err, "err");
    }

    /** The class path whose compiled workflows the commands use (default: the context class loader's). */
    public Builder loader(ClassLoader value) {
      loader = value;
      return this;
    }

    /**
     * The folder of digest-pinned copies, or {@code null} for the compiled manifests (default:
     * {@code target/argo-pinned} when it exists).
     */
    public Builder pinned(Path value) {
      pinned = value;
      return this;
    }

    /** Whether requests are printed instead of sent. */
    public Builder dryRun(boolean value) {
      dryRun = value;
      return this;
    }

    /** How often and how long to retry. */
    public Builder backoff(RequestBackoff value) {
      backoff = value;
      return this;
    }

    /** How long a silent watch stream is trusted before the workflow is read to check (default 30 s). */
    public Builder quiet(Duration value) {
      quiet = value;
      return this;
    }

    /** Where workflow names and submission ids are drawn from (default: a {@link SecureRandom}). */
    public Builder random(Random value) {
      random = value;
      return this;
    }

    /** How long to wait for a connection (default 10 s) and for an answer that is not a stream (default 60 s). */
    public Builder timeouts(Duration connect, Duration request) {
      connectTimeout = connect;
      requestTimeout = request;
      return this;
    }

    /** The context. */
    public ClusterContext build() {
      return new ClusterContext(this);
    }
  }

  /** The server's settings. */
  public ServerConfig config() {
    return config;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  Workflows workflows() {
    return workflows;
  }

  boolean dryRun() {
    return dryRun;
  }

  Duration quiet() {
    return quiet;
  }

  ProjectManifests project() {
    return new ProjectManifests(workflows.catalog(), pinned);
  }

  Requests requests() {
    return new Requests(config.namespace());
  }

  SubmissionIds ids() {
    return new SubmissionIds(random);
  }

  /** The client; created on first use, so {@code --dry-run} and bad input never need a server. */
  ArgoClient client() {
    if (client == null) {
      Transport transport = new HttpTransport(config, connectTimeout, requestTimeout);
      client = new ArgoClient(transport, backoff, this::notice);
    }
    return client;
  }

  /** A line on stderr, such as a retry's. */
  void notice(String line) {
    err.println("jera: " + line);
  }

  /** {@code --dry-run}: the request as one line, {@code METHOD PATH [BODY]}, on stdout. */
  void print(ApiRequest request) {
    out.println(request.method() + " " + config.baseHref() + request.target()
        + (request.body() == null ? "" : " " + request.body()));
  }
}
