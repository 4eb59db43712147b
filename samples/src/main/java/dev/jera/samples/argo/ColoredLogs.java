package dev.jera.samples.argo;

import dev.jera.Env;
import dev.jera.Template;
import dev.jera.Workflow;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/colored-logs.yaml}: the template {@code print-colors} prints 99 messages, one a
 * second, each picked at random from a list of ANSI-colored ones, to show colors in Argo's log viewer.
 */
@Workflow(name = "colored-logs", entrypoint = "print-colors")
public class ColoredLogs {
  private static final List<String> MESSAGES = List.of(
      "No Color",
      "\u001b[30mFG Black\u001b[0m",
      "\u001b[32mFG Green\u001b[0m",
      "\u001b[34mFG Blue\u001b[0m",
      "\u001b[36mFG Cyan\u001b[0m",
      "\u001b[41mBG Red\u001b[0m",
      "\u001b[43mBG Yellow\u001b[0m",
      "\u001b[45mBG Magenta\u001b[0m");

  /** Prints a random colored message every second, 99 times. */
  @Template
  @Env(name = "PYTHONUNBUFFERED", value = "1")
  public static void printColors() throws InterruptedException {
    for (int i = 1; i < 100; i++) {
      System.out.println(MESSAGES.get(ThreadLocalRandom.current().nextInt(MESSAGES.size())));
      Thread.sleep(1000);
    }
  }
}
