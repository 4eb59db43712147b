package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Item;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Argo's {@code examples/loops-param-result.yaml}: {@code generate} returns the numbers 20 to 30 as a JSON
 * list, then {@code sleep} runs {@code sleep-n-sec} once per number, each sleeping that many seconds.
 */
@Workflow(name = "loops-param-result", entrypoint = "loop-param-result-example", style = Style.STEPS)
public class LoopsParamResult {
  /** The numbers 20 to 30, as upstream's {@code json.dump([i for i in range(20, 31)])}. */
  @Template
  public static List<Integer> genNumberList() {
    return IntStream.rangeClosed(20, 30).boxed().toList();
  }

  /** Sleeps {@code seconds} seconds. */
  @Template
  public static void sleepNSec(int seconds) throws InterruptedException {
    System.out.println("sleeping for " + seconds + " seconds");
    Thread.sleep(seconds * 1000L);
    System.out.println("done");
  }

  @Script @Call(template = "gen-number-list")
  static List<Integer> generate() {
    return null;
  }

  @Script(forEach = "generate") @Call(template = "sleep-n-sec")
  static void sleep(@Item int seconds) {}
}
