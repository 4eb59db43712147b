package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Retry;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/retry-with-steps.yaml}: {@code hello1}, then {@code hello2a} and
 * {@code hello2b} in parallel, each running {@code random-fail}, which prints how many times it was
 * retried and fails two times in three, retried up to ten times. Upstream's container reads
 * {@code {{retries}}} in its command; the Java template receives it through an input fixed to that value.
 */
@Workflow(name = "retry-with-steps", entrypoint = "retry-with-steps", style = Style.STEPS)
public class RetryWithSteps {
  /** Prints the retry count, then exits 1 two times in three. */
  @Template
  @Retry(limit = 10)
  public static void randomFail(@Value("{{retries}}") String retries) {
    System.out.println("retries: " + retries);
    if (ThreadLocalRandom.current().nextInt(3) != 0) {
      throw new IllegalStateException("exit code 1");
    }
  }

  @Script @Call(template = "random-fail")
  static void hello1() {}

  @Script(after = "hello1") @Call(template = "random-fail")
  static void hello2a() {}

  @Script(after = "hello1") @Call(template = "random-fail")
  static void hello2b() {}
}
