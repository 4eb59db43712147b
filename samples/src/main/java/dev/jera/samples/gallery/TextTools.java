package dev.jera.samples.gallery;

import dev.jera.Library;
import dev.jera.Script;
import java.util.Locale;

/**
 * Scripts shared by several workflows ({@link LibraryGreeting}, {@link LibraryWordCount}): Argo's way to
 * share templates across workflows is a WorkflowTemplate ({@code examples/workflow-template/templates.yaml});
 * a Jera {@code @Library} instead copies each called script's template into every workflow that calls
 * it, so nothing has to be installed in the cluster first. Its scripts take their inputs from the
 * calling step, by parameter name.
 */
@Library
public class TextTools {

  @Script
  public static String shout(String text) {
    return text.toUpperCase(Locale.ROOT) + "!";
  }

  @Script
  public static int countWords(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }
}
