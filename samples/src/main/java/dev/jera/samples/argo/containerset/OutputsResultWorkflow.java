package dev.jera.samples.argo.containerset;

import dev.jera.Call;
import dev.jera.ContainerSet;
import dev.jera.From;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/container-set-template/outputs-result-workflow.yaml}: in the DAG {@code main},
 * {@code a} runs the container set {@code group}, whose container {@code main} prints {@code hi}: that is
 * the set's result, which {@code b} hands to {@code verify} as {@code x}.
 */
@Workflow(
    name = "outputs-result",
    entrypoint = "main",
    annotations = "workflows.argoproj.io/description="
        + "This workflow demonstrates collecting outputs (specifically the stdout result) from a pod.\n\n"
        + "Specifially, you must have a container named \"main\".\n")
public class OutputsResultWorkflow {
  /** The pod whose {@code main} container gives the result, as upstream's {@code print("hi")}. */
  @ContainerSet
  public static class Group {
    @Script
    public static String main() {
      return "hi";
    }
  }

  /** Fails unless it was given {@code hi}, as upstream's {@code assert "{{inputs.parameters.x}}" == "hi"}. */
  @Template
  public static void verify(String x) {
    if (!x.equals("hi")) {
      throw new AssertionError("expected 'hi', got '" + x + "'");
    }
  }

  @Script @Call(template = "group")
  static String a() {
    return null;
  }

  @Script @Call(template = "verify")
  static void b(@From("a") String x) {}
}
