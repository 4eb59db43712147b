package dev.jera.samples.gallery;

import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * After Argo's {@code examples/coinflip.yaml}: in the STEPS style, flip a coin, then run {@code heads} or
 * {@code tails} depending on the result ({@code when}); the other branch is Skipped. The coin has a
 * {@code bias} (the chance of heads), so a run can be made deterministic with {@code -p bias=1}.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (parameter {@code bias} added). The faithful ports, compared with the upstream files, are in {@code
 * dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-coinflip", style = Style.STEPS)
@Param(value = "bias", defaultValue = "0.5", description = "the chance of heads, from 0 to 1")
public class CoinFlip {

  @Script
  public static String flipCoin(@Param("bias") double bias) {
    return toss(bias);
  }

  @Script(when = "{{steps.flip-coin.outputs.result}} == heads")
  public static String heads() {
    return "it was heads";
  }

  @Script(when = "{{steps.flip-coin.outputs.result}} == tails")
  public static String tails() {
    return "it was tails";
  }

  static String toss(double bias) {
    if (bias < 0 || bias > 1) {
      throw new IllegalArgumentException("bias must be between 0 and 1, got " + bias);
    }
    return ThreadLocalRandom.current().nextDouble() < bias ? "heads" : "tails";
  }
}
