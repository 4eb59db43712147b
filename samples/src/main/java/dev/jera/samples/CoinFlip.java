package dev.jera.samples;

import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/** Argo's coin flip, in the STEPS style: flip, then run the branch the coin chose. */
@Workflow(name = "coin-flip", style = Style.STEPS)
@Param(value = "bias", defaultValue = "0.5", description = "the chance of heads, from 0 to 1")
public class CoinFlip {

  @Script
  public static String flip(@Param("bias") double bias) {
    if (bias < 0 || bias > 1) {
      throw new IllegalArgumentException("bias must be between 0 and 1, got " + bias);
    }
    return ThreadLocalRandom.current().nextDouble() < bias ? "heads" : "tails";
  }

  @Script(when = "{{steps.flip.outputs.result}} == heads")
  public static String heads() {
    return "it was heads";
  }

  @Script(when = "{{steps.flip.outputs.result}} == tails")
  public static String tails() {
    return "it was tails";
  }
}
