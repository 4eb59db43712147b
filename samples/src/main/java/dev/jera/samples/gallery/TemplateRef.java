package dev.jera.samples.gallery;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Script;
import dev.jera.Value;
import dev.jera.Workflow;
import java.util.Locale;

/**
 * Argo's {@code examples/workflow-template/hello-world.yaml}: a step that calls a template of the
 * WorkflowTemplate {@link PrintMessageTemplate} ({@code templateRef}) instead of defining one. The
 * compiler checks the call like a method call: {@code message} must be an input of
 * {@code print-message}, of the same type, and the result type must match. The called method's body
 * is never run.
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
