package dev.jera.samples.argo.clusterworkflowtemplate;

import dev.jera.Call;
import dev.jera.Graph;
import dev.jera.Kind;
import dev.jera.Param;
import dev.jera.Retry;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/cluster-workflow-template/clustertemplates.yaml}, one nested class per document:
 * ClusterWorkflowTemplates whose templates other examples call by {@code templateRef} with
 * {@code clusterScope}, among them the steps template {@code inner-steps} and the DAG {@code inner-diamond}
 * (nested graphs), and one that a workflow runs.
 */
public final class Clustertemplates {
  private Clustertemplates() {}

  /**
   * {@code cluster-workflow-template-print-message}: a library with the one template
   * {@code print-message}, which prints its input (no entrypoint: a workflow names it to run it).
   */
  @Workflow(name = "cluster-workflow-template-print-message", kind = Kind.CLUSTER_WORKFLOW_TEMPLATE)
  public static class ClusterWorkflowTemplatePrintMessage {
    /** Prints its input. */
    @Template
    public static void printMessage(String message) {
      System.out.println(message);
    }
  }

  /**
   * {@code cluster-workflow-template-random-fail-template}: a library with the one template
   * {@code random-fail-template}, which fails two times in three and is retried up to ten times.
   */
  @Workflow(name = "cluster-workflow-template-random-fail-template", kind = Kind.CLUSTER_WORKFLOW_TEMPLATE)
  public static class ClusterWorkflowTemplateRandomFailTemplate {
    /** Exits 1 two times in three, as upstream's {@code random.choice([0, 1, 1])}. */
    @Template
    @Retry(limit = 10)
    public static void randomFailTemplate() {
      if (ThreadLocalRandom.current().nextInt(3) != 0) {
        throw new IllegalStateException("exit code 1");
      }
    }
  }

  /** {@code cluster-workflow-template-inner-steps}: the steps template {@code inner-steps}, three messages. */
  @Workflow(name = "cluster-workflow-template-inner-steps", kind = Kind.CLUSTER_WORKFLOW_TEMPLATE)
  public static class ClusterWorkflowTemplateInnerSteps {
    /** Prints its input (upstream's template, which its steps do not call). */
    @Template
    public static void printMessage(String message) {
      System.out.println(message);
    }

    /** inner-hello1, then inner-hello2a and inner-hello2b, each by cluster-workflow-template-print-message. */
    @Graph(name = "inner-steps", style = Style.STEPS)
    static class InnerSteps {
      @Script(name = "inner-hello1")
      @Call(workflow = ClusterWorkflowTemplatePrintMessage.class, template = "print-message")
      static void innerHello1(@Value("inner-hello1") String message) {}

      @Script(name = "inner-hello2a", after = "inner-hello1")
      @Call(workflow = ClusterWorkflowTemplatePrintMessage.class, template = "print-message")
      static void innerHello2a(@Value("inner-hello2a") String message) {}

      @Script(name = "inner-hello2b", after = "inner-hello1")
      @Call(workflow = ClusterWorkflowTemplatePrintMessage.class, template = "print-message")
      static void innerHello2b(@Value("inner-hello2b") String message) {}
    }
  }

  /** {@code cluster-workflow-template-inner-dag}: the DAG {@code inner-diamond} of four {@code print-message} tasks. */
  @Workflow(name = "cluster-workflow-template-inner-dag", kind = Kind.CLUSTER_WORKFLOW_TEMPLATE)
  public static class ClusterWorkflowTemplateInnerDag {
    /** Prints its input. */
    @Template
    public static void printMessage(String message) {
      System.out.println(message);
    }

    /** inner-A, then inner-B and inner-C, then inner-D. */
    @Graph(name = "inner-diamond")
    static class InnerDiamond {
      @Script(name = "inner-A")
      @Call(workflow = ClusterWorkflowTemplatePrintMessage.class, template = "print-message")
      static void innerA(@Value("inner-A") String message) {}

      @Script(name = "inner-B", after = "inner-A") @Call(template = "print-message")
      static void innerB(@Value("inner-B") String message) {}

      @Script(name = "inner-C", after = "inner-A") @Call(template = "print-message")
      static void innerC(@Value("inner-C") String message) {}

      @Script(name = "inner-D", after = {"inner-B", "inner-C"})
      @Call(workflow = ClusterWorkflowTemplatePrintMessage.class, template = "print-message")
      static void innerD(@Value("inner-D") String message) {}
    }
  }

  /** {@code cluster-workflow-template-submittable}: prints its parameter {@code message}, "hello world" by default. */
  @Workflow(name = "cluster-workflow-template-submittable", kind = Kind.CLUSTER_WORKFLOW_TEMPLATE,
      entrypoint = "print-message")
  @Param(value = "message", defaultValue = "hello world")
  public static class ClusterWorkflowTemplateSubmittable {
    /** Prints its input. */
    @Template
    public static void printMessage(String message) {
      System.out.println(message);
    }
  }
}
