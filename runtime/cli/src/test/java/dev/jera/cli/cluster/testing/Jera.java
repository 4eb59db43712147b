package dev.jera.cli.cluster.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.jera.cli.JeraCli;
import dev.jera.cluster.api.RequestBackoff;
import dev.jera.local.testing.TestWorkflows;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Runs the cluster commands through the {@code jera} command line as a user would, with an environment of {@code ARGO_*} variables, and
 * keeps what they printed. Retries and waits are short so tests take milliseconds; names are drawn from
 * a seeded random. Every run checks that the token was printed nowhere.
 */
public final class Jera {
  /** What one command did. */
  public record Result(int code, String out, String err) {
    /** Both streams, for messages. */
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private final Map<String, String> environment = new LinkedHashMap<>();
  private long seed = 42;
  private int attempts = 4;
  private Duration quiet = Duration.ofMillis(400);
  private ClassLoader loader = TestWorkflows.of(TestWorkflows.rootOf(Jera.class));

  /** Commands against {@code server} with its token, accepting its certificate, in namespace {@code argo}. */
  public static Jera against(FakeArgoServer server) {
    Jera jera = new Jera();
    jera.environment.put("ARGO_SERVER", server.address());
    jera.environment.put("ARGO_TOKEN", FakeArgoServer.TOKEN);
    jera.environment.put("ARGO_INSECURE_SKIP_VERIFY", "true");
    jera.environment.put("ARGO_NAMESPACE", "argo");
    return jera;
  }

  /** Sets (or with {@code null} removes) an environment variable. */
  public Jera env(String name, String value) {
    if (value == null) {
      environment.remove(name);
    } else {
      environment.put(name, value);
    }
    return this;
  }

  /** The seed of the names drawn. */
  public Jera seed(long value) {
    seed = value;
    return this;
  }

  /** How many tries a request gets. */
  public Jera attempts(int value) {
    attempts = value;
    return this;
  }

  /** How long a silent watch is trusted. */
  public Jera quiet(Duration value) {
    quiet = value;
    return this;
  }

  /** The class path whose compiled workflows the commands see (default: the test's, with the fixtures). */
  public Jera loader(ClassLoader value) {
    loader = value;
    return this;
  }

  /** Runs {@code args}. */
  public Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = new JeraCli(outStream, errStream, environment, loader, false).withClusterTuning(builder -> builder
          .backoff(new RequestBackoff(attempts, Duration.ofMillis(5), Duration.ofMillis(40)))
          .quiet(quiet)
          .random(new Random(seed))
          .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))).run(args);
    }
    Result result = new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    String secret = FakeArgoServer.TOKEN.substring("Bearer ".length());
    assertWithMessage("the token was printed").that(result.out() + result.err()).doesNotContain(secret);
    return result;
  }
}
