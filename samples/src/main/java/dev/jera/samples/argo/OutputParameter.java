package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/output-parameter.yaml}: the steps template {@code output-parameter} runs
 * {@code generate-parameter}, whose template {@code hello-world-to-file} exports its value as the output
 * parameter {@code hello-param} (default {@code Foobar}), then {@code consume-parameter}, which prints it.
 */
@Workflow(name = "output-parameter", entrypoint = "output-parameter", style = Style.STEPS)
public class OutputParameter {
  /** Writes {@code hello world}, as upstream's {@code echo -n hello world > /tmp/hello_world.txt}. */
  @Template(name = "hello-world-to-file")
  @Output(value = "hello-param", defaultValue = "Foobar")
  public static String helloWorldToFile() throws InterruptedException {
    Thread.sleep(1000);
    return "hello world";
  }

  /** Prints its input, as upstream's {@code echo}. */
  @Template
  public static void printMessage(String message) {
    System.out.println(message);
  }

  @Script(name = "generate-parameter") @Call(template = "hello-world-to-file")
  static void generateParameter() {}

  @Script(name = "consume-parameter") @Call(template = "print-message")
  static void consumeParameter(@From(value = "generate-parameter", output = "hello-param") String message) {}
}
