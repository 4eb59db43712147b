package dev.jera.samples.gallery;

import dev.jera.Kind;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/workflow-template/templates.yaml}: a WorkflowTemplate, installed once in the
 * namespace, whose templates other workflows call ({@link TemplateRef}) or run whole
 * ({@link WorkflowTemplateRef}). Its template {@code print-message} takes the input {@code message}; called
 * by reference, that is the argument of the calling step, and run whole, the workflow parameter.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file (1
 * of 5 templates; default and description added). The faithful ports, compared with the upstream files,
 * are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-print-message", kind = Kind.WORKFLOW_TEMPLATE)
@Param(value = "message", defaultValue = "hello world", description = "what to print")
public class PrintMessageTemplate {

  @Script
  public static String printMessage(@Param("message") String message) {
    System.out.println(message);
    return message;
  }
}
