package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Pod;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/pod-metadata.yaml}: the step {@code hello1} calls {@code print-message}, whose
 * pod carries the labels {@code app} and {@code tier} and an IAM role annotation (the template's
 * {@code metadata}).
 */
@Workflow(name = "pod-metadata", entrypoint = "hello-hello-hello", style = Style.STEPS)
public class PodMetadata {
  /** Prints its input, as upstream's {@code echo} does. */
  @Template
  @Pod(labels = {"app=print-message", "tier=demo"}, annotations = "iam.amazonaws.com/role=role-arn")
  public static void printMessage(String message) {
    System.out.println(message);
  }

  @Script @Call(template = "print-message")
  static void hello1(@Value("hello1") String message) {}
}
