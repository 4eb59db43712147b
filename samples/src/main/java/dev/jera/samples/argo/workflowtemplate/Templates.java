package dev.jera.samples.argo.workflowtemplate;

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
 * Argo's {@code examples/workflow-template/templates.yaml}, one nested class per document: templates that
 * other examples call by {@code templateRef}, among them the steps template {@code inner-steps} and the DAG
 * {@code inner-diamond} (nested graphs of their WorkflowTemplates), and a WorkflowTemplate that a workflow runs.
 */
public final class Templates {
  private Templates() {}

  /** {@code workflow-template-print-message}: the template {@code print-message}, also its entrypoint. */
  @Workflow(name = "workflow-template-print-message", kind = Kind.WORKFLOW_TEMPLATE, entrypoint = "print-message")
  public static class WorkflowTemplatePrintMessage {
    /** Prints its input. */
    @Template
    public static void printMessage(String message) {
      System.out.println(message);
    }
  }

  /**
   * {@code workflow-template-random-fail-template}: a library with the one template
   * {@code random-fail-template}, which fails two times in three and is retried up to ten times.
   */
  @Workflow(name = "workflow-template-random-fail-template", kind = Kind.WORKFLOW_TEMPLATE)
  public static class WorkflowTemplateRandomFailTemplate {
    /** Exits 1 two times in three, as upstream's {@code random.choice([0, 1, 1])}. */
    @Template
    @Retry(limit = 10)
    public static void randomFailTemplate() {
      if (ThreadLocalRandom.current().nextInt(3) != 0) {
        throw new IllegalStateException("exit code 1");
      }
    }
  }

  /**
   * {@code workflow-template-inner-steps}: the steps template {@code inner-steps}, which prints three
   * messages (two of them side by side) with {@code print-message}, its own or that of
   * {@code workflow-template-print-message}.
   */
  @Workflow(name = "workflow-template-inner-steps", kind = Kind.WORKFLOW_TEMPLATE)
  public static class WorkflowTemplateInnerSteps {
    /** Prints its input. */
    @Template
    public static void printMessage(String message) {
      System.out.println(message);
    }

    /** inner-hello1, then inner-hello2a and inner-hello2b. */
    @Graph(name = "inner-steps", style = Style.STEPS)
    static class InnerSteps {
      @Script(name = "inner-hello1") @Call(workflow = WorkflowTemplatePrintMessage.class, template = "print-message")
      static void innerHello1(@Value("inner-hello1") String message) {}

      @Script(name = "inner-hello2a", after = "inner-hello1")
      @Call(workflow = WorkflowTemplatePrintMessage.class, template = "print-message")
      static void innerHello2a(@Value("inner-hello2a") String message) {}

      @Script(name = "inner-hello2b", after = "inner-hello1") @Call(template = "print-message")
      static void innerHello2b(@Value("inner-hello2b") String message) {}
    }
  }

  /**
   * {@code workflow-template-inner-dag}: the DAG {@code inner-diamond} of four {@code print-message} tasks, its
   * own or that of {@code workflow-template-print-message}.
   */
  @Workflow(name = "workflow-template-inner-dag", kind = Kind.WORKFLOW_TEMPLATE)
  public static class WorkflowTemplateInnerDag {
    /** Prints its input. */
    @Template
    public static void printMessage(String message) {
      System.out.println(message);
    }

    /** inner-A, then inner-B and inner-C, then inner-D. */
    @Graph(name = "inner-diamond")
    static class InnerDiamond {
      @Script(name = "inner-A") @Call(workflow = WorkflowTemplatePrintMessage.class, template = "print-message")
      static void innerA(@Value("inner-A") String message) {}

      @Script(name = "inner-B", after = "inner-A") @Call(template = "print-message")
      static void innerB(@Value("inner-B") String message) {}

      @Script(name = "inner-C", after = "inner-A") @Call(template = "print-message")
      static void innerC(@Value("inner-C") String message) {}

      @Script(name = "inner-D", after = {"inner-B", "inner-C"})
      @Call(workflow = WorkflowTemplatePrintMessage.class, template = "print-message")
      static void innerD(@Value("inner-D") String message) {}
    }
  }

  /** {@code workflow-template-submittable}: prints its parameter {@code message}, "hello world" by default. */
  @Workflow(name = "workflow-template-submittable", kind = Kind.WORKFLOW_TEMPLATE, entrypoint = "print-message")
  @Param(value = "message", defaultValue = "hello world")
  public static class WorkflowTemplateSubmittable {
    /** Prints its input. */
    @Template
    public static void printMessage(String message) {
      System.out.println(message);
    }
  }
}
