package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Pod;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/pod-metadata-wf-field.yaml}: {@link PodMetadata} with the labels and the
 * annotation on every pod of the workflow ({@code spec.podMetadata}) instead of one template's.
 */
@Workflow(name = "pod-metadata-wf-field", entrypoint = "hello-hello-hello", style = Style.STEPS)
@Pod(labels = {"app=print-message", "tier=demo"}, annotations = "iam.amazonaws.com/role=role-arn")
public class PodMetadataWfField {
  /** Prints its input, as upstream's {@code echo} does. */
  @Template
  public static void printMessage(String message) {
    System.out.println(message);
  }

  @Script @Call(template = "print-message")
  static void hello1(@Value("hello1") String message) {}
}
