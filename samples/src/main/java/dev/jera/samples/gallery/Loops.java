package dev.jera.samples.gallery;

import dev.jera.Item;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/loops.yaml}: one pod per literal item ({@code withItems}). The item reaches
 * the method through its {@code @Item} parameter, and every item must parse as that parameter's type.
 */
@Workflow(name = "gallery-loops")
public class Loops {

  @Script(items = {"hello world", "goodbye world"})
  public static String printMessage(@Item String message) {
    System.out.println(message);
    return message;
  }
}
