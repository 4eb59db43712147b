package dev.jera.samples.argo.workflowtemplate;

import dev.jera.Kind;
import dev.jera.Param;
import dev.jera.Retry;
import dev.jera.Template;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/workflow-template/templates.yaml}, one nested class per document. The documents
 * {@code workflow-template-inner-steps} and {@code workflow-template-inner-dag} are not written yet: they
 * hold steps and DAG templates that are not their workflow's entrypoint (nested graphs), so the row
 * stays {@code pending} in {@code argo-examples.tsv}. The others are written as upstream has them, for
 * the examples that call or run them.
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
