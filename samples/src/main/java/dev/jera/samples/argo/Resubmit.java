package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Graph;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/resubmit.yaml}: the DAG {@code rand-fail-dag} of {@code random-fail} steps, one of
 * which (B) runs the steps template {@code rand-fail-steps}: two, then four more {@code random-fail} steps.
 * Each fails a third of the time, as upstream's {@code random.choice([0, 0, 1])}, so a run may fail: the
 * example shows resubmitting it.
 */
@Workflow(name = "resubmit", entrypoint = "rand-fail-dag", labels = "workflows.argoproj.io/no-test=environment")
public class Resubmit {
  /** Exits with 0, 0 or 1, chosen at random. */
  @Template(name = "random-fail")
  public static void randomFail() {
    int exitCode = List.of(0, 0, 1).get(ThreadLocalRandom.current().nextInt(3));
    System.out.println("exiting with code " + exitCode);
    if (exitCode != 0) {
      throw new IllegalStateException("exit code " + exitCode);
    }
  }

  /** Two random failures side by side, then four. */
  @Graph(name = "rand-fail-steps", style = Style.STEPS)
  static class RandFailSteps {
    @Script(name = "randfail1a") @Call(template = "random-fail")
    static void randfail1a() {}

    @Script(name = "randfail1b") @Call(template = "random-fail")
    static void randfail1b() {}

    @Script(name = "randfail2a", after = {"randfail1a", "randfail1b"}) @Call(template = "random-fail")
    static void randfail2a() {}

    @Script(name = "randfail2b", after = {"randfail1a", "randfail1b"}) @Call(template = "random-fail")
    static void randfail2b() {}

    @Script(name = "randfail2c", after = {"randfail1a", "randfail1b"}) @Call(template = "random-fail")
    static void randfail2c() {}

    @Script(name = "randfail2d", after = {"randfail1a", "randfail1b"}) @Call(template = "random-fail")
    static void randfail2d() {}
  }

  @Script(name = "A") @Call(template = "random-fail")
  static void a() {}

  @Script(name = "B") @Call(template = "rand-fail-steps")
  static void b() {}

  @Script(name = "C", after = "B") @Call(template = "random-fail")
  static void c() {}

  @Script(name = "D", after = {"A", "B"}) @Call(template = "random-fail")
  static void d() {}
}
