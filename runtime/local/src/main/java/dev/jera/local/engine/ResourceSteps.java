package dev.jera.local.engine;

import dev.jera.local.InvalidRunException;
import dev.jera.local.manifest.PodTemplate;
import dev.jera.local.manifest.Task;
import dev.jera.local.manifest.WorkflowManifest;
import java.util.Set;

/**
 * Steps that call a {@code resource} template act on a Kubernetes object, which one machine has not:
 * a run with such a step that a test has not stubbed cannot start, and says so before anything runs
 * rather than failing half-way with objects half-made.
 */
final class ResourceSteps {
  private ResourceSteps() {}

  /**
   * @throws InvalidRunException naming the first such step, its template, what it does, and how to stub it
   */
  static void check(WorkflowManifest manifest, Set<String> stubbed, String workflow) {
    for (Task task : manifest.graphTasks()) {
      PodTemplate template = manifest.templateOf(task);
      if (template != null && template.resource() != null && !stubbed.contains(task.name())) {
        throw refused(workflow, task.name(), template);
      }
      PodTemplate hook = task.exitHook() == null ? null : manifest.templateOf(task.exitHook());
      if (hook != null && hook.resource() != null) {
        throw new InvalidRunException("workflow '" + workflow + "': the exit hook of step '" + task.name()
            + "' runs the resource template '" + hook.name() + "' (kubectl " + hook.resource().describe()
            + "), which needs a Kubernetes cluster; submit the workflow to Argo");
      }
    }
    String exitKey = manifest.exitKey();
    if (exitKey != null && manifest.templates().get(manifest.onExit()) instanceof PodTemplate exit
        && exit.resource() != null && !stubbed.contains(exitKey)) {
      throw refused(workflow, exitKey, exit);
    }
  }

  private static InvalidRunException refused(String workflow, String step, PodTemplate template) {
    return new InvalidRunException("workflow '" + workflow + "': step '" + step + "' runs the resource template '"
        + template.name() + "' (kubectl " + template.resource().describe() + "), which needs a Kubernetes cluster;"
        + " submit the workflow to Argo, or stub the step in a test: LocalRun.of(\"" + workflow + "\").stub(\""
        + step + "\", null)");
  }
}
