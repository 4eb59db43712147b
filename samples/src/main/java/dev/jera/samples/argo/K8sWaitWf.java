package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Output;
import dev.jera.Param;
import dev.jera.Resource;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/k8s-wait-wf.yaml}: the steps template {@code k8s-wait-wf} runs {@code create-wf},
 * whose resource template creates a Workflow that sleeps and exports its name as {@code wf-name}, then
 * {@code wait-wf}, whose resource template gets that Workflow until it has succeeded (or failed).
 */
@Workflow(name = "k8s-wait-wf", entrypoint = "k8s-wait-wf", style = Style.STEPS)
public class K8sWaitWf {
  /** Creates the Workflow to wait for. */
  @Template(name = "create-wf")
  @Resource(action = Resource.Action.CREATE, manifest = """
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata:
        generateName: sleep-
      spec:
        entrypoint: sleep
        templates:
        - name: sleep
          container:
            image: alpine:3.23
            command: [sleep, "20"]
      """)
  @Output(value = "wf-name", jsonPath = "{.metadata.name}")
  public static String createWf() {
    return null;
  }

  /** Waits for the Workflow named {@code wf-name} to end. */
  @Template(name = "wait-wf")
  @Resource(action = Resource.Action.GET,
      successCondition = "status.phase == Succeeded", failureCondition = "status.phase in (Failed, Error)",
      manifest = """
          apiVersion: argoproj.io/v1alpha1
          kind: Workflow
          metadata:
            name: {{inputs.parameters.wf-name}}
          """)
  public static void waitWf(@Param("wf-name") String wfName) {}

  @Script(name = "create-wf") @Call(template = "create-wf")
  static void createWfStep() {}

  @Script(name = "wait-wf") @Call(template = "wait-wf")
  static void waitWfStep(@From(value = "create-wf", output = "wf-name") String wfName) {}
}
