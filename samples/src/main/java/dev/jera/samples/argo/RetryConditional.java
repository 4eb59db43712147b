package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Param;
import dev.jera.Retry;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/retry-conditional.yaml}: the step {@code safe-to-retry} prints {@code true}, then
 * the step {@code retry} calls the template {@code retry-script} with it. That template exits 1 or 2 at
 * random and is retried, up to ten times, only while its {@code expression} holds: the last exit code is
 * above 1, the last attempt was not an Error and ran under two minutes, and the input
 * {@code safe-to-retry} is true or the message says the node went away. Its first exit with 1 ends it,
 * so the workflow fails, as upstream's does.
 *
 * <p>Upstream writes no {@code retryPolicy}, which with an expression is Argo's {@code Always}; the port
 * says so.
 */
@Workflow(
    name = "retry-conditional",
    entrypoint = "main",
    style = Style.STEPS,
    labels = "workflows.argoproj.io/no-test=environment")
public class RetryConditional {
  /** Prints {@code true}, the step's result. */
  @Script(name = "safe-to-retry")
  public static String safeToRetry() {
    System.out.println("true");
    return "true";
  }

  @Script(name = "retry") @Call(template = "retry-script")
  static void retry(@From("safe-to-retry") String safeToRetry) {}

  /** Exits 1 or 2, as upstream's {@code random.choice([1, 2])}. */
  @Template
  @Retry(
      limit = 10,
      policy = Retry.Policy.ALWAYS,
      expression = "asInt(lastRetry.exitCode) > 1 && lastRetry.status != \"Error\""
          + " && asInt(lastRetry.duration) < 120"
          + " && ({{inputs.parameters.safe-to-retry}} == true"
          + " || lastRetry.message matches 'imminent node shutdown|pod deleted')")
  public static void retryScript(@Param("safe-to-retry") String safeToRetry) {
    System.exit(ThreadLocalRandom.current().nextBoolean() ? 1 : 2);
  }
}
