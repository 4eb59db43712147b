package dev.jera.samples.gallery;

import dev.jera.From;
import dev.jera.Param;
import dev.jera.Retry;
import dev.jera.Script;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * After Argo's {@code examples/coinflip-recursive.yaml} flips a coin and, on tails, calls its own template
 * again until it lands heads. Jera does not support a template calling itself (a workflow is the graph
 * of its class's methods), so this is the closest thing, a bounded retry-until: tails fails the step and
 * {@code @Retry} flips again, ten flips at most, after which the workflow fails instead of flipping
 * forever.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (recursion replaced by {@code @Retry(limit = 9)}). The faithful ports, compared with the upstream
 * files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-coinflip-recursive")
@Param(value = "bias", defaultValue = "0.5", description = "the chance of heads, from 0 to 1")
public class CoinFlipRecursive {

  @Script
  @Retry(limit = 9)
  public static String flipUntilHeads(@Param("bias") double bias) {
    if (ThreadLocalRandom.current().nextDouble() >= bias) {
      throw new IllegalStateException("tails: flipping again");
    }
    return "heads";
  }

  @Script
  public static String heads(@From("flip-until-heads") String side) {
    return "it was " + side;
  }
}
