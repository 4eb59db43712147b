package dev.jera.samples.gallery;

import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/steps.yaml}: in the STEPS style, {@code hello1} runs first, then
 * {@code hello2a} and {@code hello2b} run in parallel. Jera puts each step in the first group after
 * everything it waits for, so {@code after = "hello1"} is all it takes to build the two groups.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * ({@code print-message} with argument {@code message}, called three times, became three argument-less
 * templates). The faithful ports, compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-steps", style = Style.STEPS)
public class Steps {

  @Script
  public static String hello1() {
    return say("hello1");
  }

  @Script(after = "hello1")
  public static String hello2a() {
    return say("hello2a");
  }

  @Script(after = "hello1")
  public static String hello2b() {
    return say("hello2b");
  }

  static String say(String message) {
    System.out.println(message);
    return message;
  }
}
