package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Graph;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/parallelism-nested-dag.yaml}: the DAG {@code A}, limited to two tasks at a time,
 * runs the nested DAG {@code B} five times (b1, then b2 to b4, then b5); each {@code B} runs c1, then c2 and
 * c3, each a ten-second job that prints its message.
 */
@Workflow(name = "parallelism-nested-dag", entrypoint = "A", labels = "workflows.argoproj.io/no-test=duration")
@Graph(parallelism = 2)
public class ParallelismNestedDag {
  /** Prints its message, then takes ten seconds. */
  @Template(name = "one-job")
  public static void oneJob(String msg) throws InterruptedException {
    System.out.println(msg);
    Thread.sleep(10_000);
  }

  /** c1, then c2 and c3. */
  @Graph(name = "B")
  @Param("msg")
  static class B {
    @Script(name = "c1") @Call(template = "one-job")
    static void c1(@Value("{{inputs.parameters.msg}} c1") String msg) {}

    @Script(name = "c2", after = "c1") @Call(template = "one-job")
    static void c2(@Value("{{inputs.parameters.msg}} c2") String msg) {}

    @Script(name = "c3", after = "c1") @Call(template = "one-job")
    static void c3(@Value("{{inputs.parameters.msg}} c3") String msg) {}
  }

  @Script(name = "b1") @Call(template = "B")
  static void b1(@Value("1") String msg) {}

  @Script(name = "b2", after = "b1") @Call(template = "B")
  static void b2(@Value("2") String msg) {}

  @Script(name = "b3", after = "b1") @Call(template = "B")
  static void b3(@Value("3") String msg) {}

  @Script(name = "b4", after = "b1") @Call(template = "B")
  static void b4(@Value("4") String msg) {}

  @Script(name = "b5", after = {"b2", "b3", "b4"}) @Call(template = "B")
  static void b5(@Value("5") String msg) {}
}
