package dev.jera.samples.argo.skippedoutputdefaults;

import dev.jera.Call;
import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/skipped-output-defaults/expression-fallback.yaml}: the DAG {@code main} skips
 * {@code producer} ({@code when: "false"}), whose output {@code msg} declares no default, so it is absent (nil)
 * rather than empty; the graph's output {@code result} is computed by an expression whose {@code ??} falls back
 * to {@code expr-fallback}.
 */
@Workflow(name = "expression-fallback", entrypoint = "main")
@Output(value = "result", expression = "tasks.producer.outputs.parameters.msg ?? 'expr-fallback'")
public class ExpressionFallback {
  /** Leaves {@code real-value}, as upstream's {@code argosay echo real-value /tmp/out.txt}. */
  @Template
  @Output("msg")
  public static String produce() {
    System.out.println("real-value");
    return "real-value";
  }

  @Script(name = "producer", when = "false") @Call(template = "produce")
  static void producer() {}
}
