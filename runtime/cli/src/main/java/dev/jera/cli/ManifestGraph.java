package dev.jera.cli;

import dev.jera.argo.expr.DependsExpression;
import dev.jera.argo.expr.TaskReference;
import dev.jera.local.manifest.DagTemplate;
import dev.jera.local.manifest.SequenceRange;
import dev.jera.local.manifest.StepsTemplate;
import dev.jera.local.manifest.Task;
import dev.jera.local.manifest.WorkflowManifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a workflow, read from its manifest: a node per step (what it loops over and its
 * {@code when}), an edge per dependency ({@code depends} in a DAG, group to group in STEPS), and the
 * exit handler on its own.
 *
 * @param name the workflow's name
 * @param nodes the steps, in the manifest's order
 * @param edges the dependencies, in the order they are declared
 */
record ManifestGraph(String name, List<Node> nodes, List<Edge> edges) {
  private static final Pattern RESULT_OF = Pattern.compile("\\{\\{\\s*(?:tasks|steps)\\.([^.}]+)\\.outputs\\.result\\s*}}");

  /**
   * A step.
   *
   * @param name the step's name
   * @param details what it loops over and when it runs, one line each
   * @param exitHandler whether it is the exit handler
   */
  record Node(String name, List<String> details, boolean exitHandler) {}

  /**
   * A dependency.
   *
   * @param from the step depended on
   * @param to the dependent step
   * @param label the results asked of {@code from} (such as {@code Failed}), or empty for plain success
   */
  record Edge(String from, String to, String label) {}

  static ManifestGraph of(String name, WorkflowManifest manifest) {
    List<Node> nodes = new ArrayList<>();
    Map<String, Edge> edges = new LinkedHashMap<>();
    if (manifest.entryTemplate() instanceof DagTemplate) {
      for (Task task : ((DagTemplate) manifest.entryTemplate()).tasks()) {
        nodes.add(new Node(task.name(), details(task), false));
        if (task.depends() != null) {
          for (TaskReference reference : DependsExpression.parse(task.depends()).references()) {
            String label = reference.result().map(r -> r.argoName()).orElse("");
            edges.merge(reference.task() + "\n" + task.name(), new Edge(reference.task(), task.name(), label),
                (a, b) -> new Edge(a.from(), a.to(), a.label().isEmpty() || b.label().isEmpty()
                    ? a.label() + b.label() : a.label() + "|" + b.label()));
          }
        }
      }
    } else if (manifest.entryTemplate() instanceof StepsTemplate) {
      List<Task> previous = List.of();
      for (List<Task> group : ((StepsTemplate) manifest.entryTemplate()).groups()) {
        for (Task task : group) {
          nodes.add(new Node(task.name(), details(task), false));
          for (Task before : previous) {
            edges.put(before.name() + "\n" + task.name(), new Edge(before.name(), task.name(), ""));
          }
        }
        previous = group;
      }
    } else {
      // An entry script or container template (or none, in a library of templates): its one step, or nothing.
      manifest.entryTasks().forEach(task -> nodes.add(new Node(task.name(), details(task), false)));
    }
    if (manifest.onExit() != null) {
      nodes.add(new Node(manifest.onExit(), List.of("on exit"), true));
    }
    return new ManifestGraph(name, nodes, new ArrayList<>(edges.values()));
  }

  private static List<String> details(Task task) {
    List<String> details = new ArrayList<>();
    if (task.withItems() != null) {
      details.add("for each of " + task.withItems().size() + " items");
    } else if (task.withSequence() != null) {
      SequenceRange sequence = task.withSequence();
      details.add(sequence.end() != null
          ? "for each number from " + (sequence.start() == null ? "0" : sequence.start()) + " to " + sequence.end()
          : "for each of " + sequence.count() + " numbers" + (sequence.start() == null ? "" : " from " + sequence.start()));
    } else if (task.withParam() != null) {
      Matcher result = RESULT_OF.matcher(task.withParam().strip());
      details.add(result.matches() ? "for each result of " + result.group(1) : "for each of " + task.withParam());
    }
    if (task.when() != null) {
      details.add("when " + task.when());
    }
    return details;
  }
}
