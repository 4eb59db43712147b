package dev.jera.processor.validate;

import dev.jera.processor.model.ScriptModel;
import java.util.ArrayList;
import java.util.List;

/**
 * What a template that runs no command of the user's (an {@code http} or {@code data} template) may not also
 * be: a command, another kind of template, a call, an image or containers beside it.
 */
final class PodlessTemplate {
  private PodlessTemplate() {}

  /** What else {@code script} runs, in the user's words; empty when nothing. */
  static List<String> alsoRuns(ScriptModel script) {
    List<String> also = new ArrayList<>();
    script.container().ifPresent(c -> also.add("a @Container"));
    script.containerSet().ifPresent(c -> also.add("a @ContainerSet"));
    script.resource().ifPresent(r -> also.add("a @Resource"));
    script.suspend().ifPresent(s -> also.add("a @Suspend"));
    script.call().ifPresent(c -> also.add("a @Call"));
    script.image().ifPresent(i -> also.add("an image"));
    script.daemon().ifPresent(d -> also.add("a @Daemon"));
    if (!script.sidecars().isEmpty() || !script.initContainers().isEmpty()) {
      also.add("sidecars or init containers");
    }
    return also;
  }
}
