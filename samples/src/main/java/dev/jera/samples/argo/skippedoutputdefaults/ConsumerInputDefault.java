package dev.jera.samples.argo.skippedoutputdefaults;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Output;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/skipped-output-defaults/consumer-input-default.yaml}: the DAG {@code main} skips
 * {@code producer} ({@code when: "false"}), whose output {@code msg} declares no default, so the argument
 * that reads it is treated as not given and {@code consumer}'s input {@code in} takes its own default,
 * {@code fallback-from-input}.
 */
@Workflow(name = "consumer-input-default", entrypoint = "main")
public class ConsumerInputDefault {
  /** Leaves {@code real-value}, as upstream's {@code argosay echo real-value /tmp/out.txt}. */
  @Template
  @Output("msg")
  public static String produce() {
    System.out.println("real-value");
    return "real-value";
  }

  /** Prints what it got, as upstream's {@code argosay echo}. */
  @Template
  public static void consume(@Param(value = "in", defaultValue = "fallback-from-input") String in) {
    System.out.println("consumer got: [" + in + "]");
  }

  @Script(name = "producer", when = "false") @Call(template = "produce")
  static void producer() {}

  @Script(name = "consumer", depends = "producer.Succeeded || producer.Skipped") @Call(template = "consume")
  static void consumer(@From(value = "producer", output = "msg") String in) {}
}
