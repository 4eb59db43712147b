package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Graph;
import dev.jera.Script;
import dev.jera.Sequence;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/withsequence-nested-result.yaml}: {@code hello-a} prints a random number from 0 to
 * 5; then the steps template {@code hello-hello} runs once per number of the sequence from 1 to that
 * result, and itself prints a number and runs {@code hello} once per number from 1 to it.
 */
@Workflow(name = "withsequence-nested-result", entrypoint = "hello-entrypoint", style = Style.STEPS)
public class WithsequenceNestedResult {
  /** A random number from 0 to 5, as upstream's {@code random.randint(0,5)}. */
  @Template
  public static int hello() {
    return ThreadLocalRandom.current().nextInt(6);
  }

  /** hello-b, then hello-c once per number from 1 to hello-b's result. */
  @Graph(name = "hello-hello")
  static class HelloHello {
    @Script(name = "hello-b") @Call(template = "hello")
    static int helloB() {
      return 0;
    }

    @Script(name = "hello-c", after = "hello-b") @Call(template = "hello")
    @Sequence(start = "1", end = "{{steps.hello-b.outputs.result}}")
    static int helloC() {
      return 0;
    }
  }

  @Script(name = "hello-a") @Call(template = "hello")
  static int helloA() {
    return 0;
  }

  @Script(name = "hello-b", after = "hello-a") @Call(template = "hello-hello")
  @Sequence(start = "1", end = "{{steps.hello-a.outputs.result}}")
  static void helloB() {}
}
