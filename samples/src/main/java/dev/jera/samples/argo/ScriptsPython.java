package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/scripts-python.yaml}: the step {@code generate} runs {@code gen-random-int},
 * which prints a random number from 1 to 100 (its result); then {@code print} passes that result to
 * {@code print-message}. (Upstream's generator is Python; here it is Java.)
 */
@Workflow(name = "scripts-python", entrypoint = "python-script-example", style = Style.STEPS)
public class ScriptsPython {
  /** A random number from 1 to 100, as {@code random.randint(1, 100)}. */
  @Template
  public static String genRandomInt() {
    return Integer.toString(1 + ThreadLocalRandom.current().nextInt(100));
  }

  /** Prints the number. */
  @Template
  public static void printMessage(String message) {
    System.out.println("result was: " + message);
  }

  @Script @Call(template = "gen-random-int")
  static String generate() {
    return null;
  }

  @Script @Call(template = "print-message")
  static void print(@From("generate") String message) {}
}
