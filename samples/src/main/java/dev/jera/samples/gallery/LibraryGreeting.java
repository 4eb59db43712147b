package dev.jera.samples.gallery;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * The first of two workflows that call the {@link TextTools} library: greet, shout the greeting with the
 * library's {@code shout}, count its words with {@code count-words}. There is no Argo example of its
 * own; the manifest holds the two library templates next to {@code greet}.
 */
@Workflow(name = "gallery-library-greeting")
@Param(value = "name", defaultValue = "world")
public class LibraryGreeting {

  @Script
  public static String greet(@Param("name") String name) {
    return "hello " + name;
  }

  @Script
  @Call(library = TextTools.class, template = "shout")
  public static String loud(@From("greet") String text) {
    return null; // runs TextTools.shout
  }

  @Script
  @Call(library = TextTools.class, template = "count-words")
  public static int words(@From("loud") String text) {
    return 0; // runs TextTools.countWords
  }
}
