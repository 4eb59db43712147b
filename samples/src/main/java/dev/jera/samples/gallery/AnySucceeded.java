package dev.jera.samples.gallery;

import dev.jera.Item;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;
import java.util.List;

/**
 * The loop results of Argo's enhanced depends logic ({@code docs/enhanced-depends-logic.md}), which
 * Argo shows on a {@code withItems} task: {@code ping.AnySucceeded} is true when at least one mirror
 * answered, {@code ping.AllFailed} when none did. One of the two follow-ups runs, the other is Omitted.
 */
@Workflow(name = "gallery-any-succeeded")
@Param(value = "down", defaultValue = "[]", description = "the mirrors that do not answer, as a JSON list")
public class AnySucceeded {

  @Script(items = {"eu", "us", "ap"})
  public static String ping(@Item String mirror, @Param("down") List<String> down) {
    if (down.contains(mirror)) {
      throw new IllegalStateException("mirror " + mirror + " does not answer");
    }
    return mirror + " is up";
  }

  @Script(depends = "ping.AnySucceeded")
  public static String publish() {
    return "publishing to the mirrors that answered";
  }

  @Script(depends = "ping.AllFailed")
  public static String pageOnCall() {
    return "paging on-call: no mirror answers";
  }
}
