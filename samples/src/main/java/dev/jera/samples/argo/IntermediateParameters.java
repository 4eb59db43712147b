package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Output;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Suspend;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/intermediate-parameters.yaml}: the steps template {@code cicd-pipeline} runs
 * {@code deploy-pre-prod}, then {@code approval}, which waits until someone resumes it and supplies
 * {@code approve} (the UI offers its input's choices, {@code YES} or {@code NO}, default {@code NO}; locally
 * {@code --resume approval:approve=YES}), then {@code deploy-prod}, only when the answer is {@code YES}.
 */
@Workflow(name = "intermediate-parameters-cicd", entrypoint = "cicd-pipeline", style = Style.STEPS,
    labels = "workflows.argoproj.io/no-test=environment")
public class IntermediateParameters {
  /** Waits until resumed with the answer. */
  @Template @Suspend @Output("approve")
  public static String approval(@Param(value = "approve", defaultValue = "NO", allowed = {"YES", "NO"},
      description = "Choose YES to continue workflow and deploy to production") String approve) {
    return null;
  }

  /** Says it deploys, as upstream's {@code argosay echo deploying}. */
  @Template
  public static void deploy() {
    System.out.println("deploying");
  }

  @Script(name = "deploy-pre-prod") @Call(template = "deploy")
  static void deployPreProd() {}

  @Script(name = "approval", after = "deploy-pre-prod") @Call(template = "approval")
  static void approvalStep() {}

  @Script(name = "deploy-prod", after = "approval", when = "{{steps.approval.outputs.parameters.approve}} == YES")
  @Call(template = "deploy")
  static void deployProd() {}
}
