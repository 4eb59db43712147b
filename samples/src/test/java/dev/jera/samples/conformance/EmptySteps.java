package dev.jera.samples.conformance;

import dev.jera.Item;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Workflow;
import java.util.List;

/** Argo's {@code test/e2e/functional/loops-empty-param.yaml}: a step fanning out over an empty list. */
@Workflow(name = "conformance-empty-steps", style = Style.STEPS)
public class EmptySteps {

  @Script
  public static List<Integer> generate() {
    return List.of();
  }

  @Script(forEach = "generate")
  public static void sleep(@Item int seconds) throws InterruptedException {
    Thread.sleep(seconds * 1000L);
  }
}
