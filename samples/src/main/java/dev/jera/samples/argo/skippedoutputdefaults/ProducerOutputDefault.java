package dev.jera.samples.argo.skippedoutputdefaults;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/skipped-output-defaults/producer-output-default.yaml}: the DAG {@code main} skips
 * {@code producer} ({@code when: "false"}), so its output {@code msg} has no value of its own; the template
 * {@code produce} declares the default {@code hello-from-producer}, which {@code consumer} is given as its
 * input {@code in}.
 */
@Workflow(name = "producer-output-default", entrypoint = "main")
public class ProducerOutputDefault {
  /** Leaves {@code real-value}, as upstream's {@code argosay echo real-value /tmp/out.txt}. */
  @Template
  @Output(value = "msg", defaultValue = "hello-from-producer")
  public static String produce() {
    System.out.println("real-value");
    return "real-value";
  }

  /** Prints what it got, as upstream's {@code argosay echo}. */
  @Template
  public static void consume(String in) {
    System.out.println("consumer got: [" + in + "]");
  }

  @Script(name = "producer", when = "false") @Call(template = "produce")
  static void producer() {}

  @Script(name = "consumer", depends = "producer.Succeeded || producer.Skipped") @Call(template = "consume")
  static void consumer(@From(value = "producer", output = "msg") String in) {}
}
