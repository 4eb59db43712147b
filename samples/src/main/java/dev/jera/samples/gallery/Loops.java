package dev.jera.samples.gallery;

import dev.jera.Item;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/loops.yaml}: one pod per literal item ({@code withItems}). The item reaches
 * the method through its {@code @Item} parameter, and every item must parse as that parameter's type.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (step {@code print-message-loop} and shared template {@code print-message} merged; {@code main}). The
 * faithful ports, compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-loops")
public class Loops {

  @Script(items = {"hello world", "goodbye world"})
  public static String printMessage(@Item String message) {
    System.out.println(message);
    return message;
  }
}
