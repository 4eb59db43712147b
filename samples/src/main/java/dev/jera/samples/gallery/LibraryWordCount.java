package dev.jera.samples.gallery;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Item;
import dev.jera.Script;
import dev.jera.Workflow;
import java.util.List;

/**
 * The second workflow that calls the {@link TextTools} library: {@code count-words} once per line (a
 * loop over a library template), then the total. Like {@link LibraryGreeting}, it has no Argo example of
 * its own.
 */
@Workflow(name = "gallery-library-word-count")
public class LibraryWordCount {

  @Script(items = {"to be or not to be", "that is the question"})
  @Call(library = TextTools.class, template = "count-words")
  public static int words(@Item String text) {
    return 0; // runs TextTools.countWords
  }

  @Script
  public static int total(@From("words") List<Integer> counts) {
    return counts.stream().mapToInt(Integer::intValue).sum();
  }
}
