package dev.jera.samples.argo;

import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/title-and-description-with-markdown.yaml}: hello-world with a title and a
 * description in Markdown (the annotations the Argo UI shows), kept out of the workflow archive.
 */
@Workflow(
    name = "title-and-description-with-markdown",
    entrypoint = "hello-world",
    labels = "workflows.argoproj.io/archive-strategy=false",
    annotations = {
      "workflows.argoproj.io/title=**Test Title**",
      "workflows.argoproj.io/description=`This is a simple hello world example.`\n"
          + "This is an embedded link to the docs: https://argo-workflows.readthedocs.io/en/latest/title-and-description/\n"
    })
public class TitleAndDescriptionWithMarkdown {
  /** Prints "hello world". */
  @Template
  public static void helloWorld() {
    System.out.println("hello world");
  }
}
