package dev.jera.samples.gallery;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Script;
import dev.jera.Value;
import dev.jera.Workflow;
import java.util.Locale;

/**
 * After Argo's {@code examples/workflow-template/hello-world.yaml}: a step that calls a template of the
 * WorkflowTemplate {@link PrintMessageTemplate} ({@code templateRef}) instead of defining one. The
 * compiler checks the call like a method call: {@code message} must be an input of
 * {@code print-message}, of the same type, and the result type must match. The called method's body
 * is never run.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (step renamed; a second step added). The faithful ports, compared with the upstream files, are in
 * {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-template-ref")
public class TemplateRef {

  @Script
  @Call(workflow = PrintMessageTemplate.class, template = "print-message")
  public static String hello(@Value("hello world") String message) {
    return null; // runs as print-message of gallery-print-message
  }

  @Script
  public static String shout(@From("hello") String printed) {
    return printed.toUpperCase(Locale.ROOT);
  }
}
