package dev.jera.local.engine;

import dev.jera.local.manifest.GraphOutput;
import dev.jera.local.manifest.Task;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which tasks' or steps' results a DAG or steps template reads: Argo captures a pod's stdout as its
 * {@code outputs.result} only then ({@code operator.go:hasOutputResultRef}, which searches the
 * template for {@code tasks.<name>.outputs.result} or {@code tasks['<name>'].outputs.result}, and
 * {@code steps.} in a steps template).
 */
final class ResultReferences {
  private ResultReferences() {}

  /** The names whose results {@code tasks} read, with {@code root} {@code tasks} or {@code steps}. */
  static Set<String> of(List<Task> tasks, String root) {
    return of(tasks, List.of(), root);
  }

  /**
   * The same, counting the graph's own outputs too: Argo looks for the references in the whole template
   * ({@code hasOutputResultRef}), so an output's tag or expression that reads a step's result captures it.
   */
  static Set<String> of(List<Task> tasks, List<GraphOutput> outputs, String root) {
    Pattern plain = Pattern.compile(root + "\\.([A-Za-z0-9][-A-Za-z0-9]*)\\.outputs\\.result");
    Pattern indexed = Pattern.compile(root + "\\[['\"]([^'\"]+)['\"]\\]\\.outputs.result");
    List<String> texts = new ArrayList<>();
    outputs.forEach(output -> {
      add(texts, output.tag());
      add(texts, output.expression());
    });
    tasks.forEach(task -> texts.addAll(texts(task)));
    Set<String> names = new HashSet<>();
    for (String text : texts) {
      for (Pattern pattern : List.of(plain, indexed)) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
          names.add(matcher.group(1));
        }
      }
    }
    return names;
  }

  /** Every text of a task that may hold a tag. */
  private static List<String> texts(Task task) {
    List<String> texts = new ArrayList<>();
    task.arguments().values().forEach(value -> add(texts, value));
    task.artifacts().forEach(artifact -> add(texts, String.valueOf(artifact.location())));
    add(texts, task.withParam());
    add(texts, task.when());
    if (task.withItems() != null) {
      task.withItems().forEach(item -> add(texts, item));
    }
    if (task.withSequence() != null) {
      add(texts, task.withSequence().count());
      add(texts, task.withSequence().start());
      add(texts, task.withSequence().end());
      add(texts, task.withSequence().format());
    }
    return texts;
  }

  private static void add(List<String> texts, String text) {
    if (text != null && text.contains("outputs")) {
      texts.add(text);
    }
  }
}
