package dev.jera.local.manifest;

import dev.jera.argo.expr.DependsExpression;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that a manifest is one the executor runs: its entrypoint is a {@code dag}, {@code steps},
 * {@code script} or {@code container} template (or it has none: a WorkflowTemplate that is a library); in
 * each {@code dag} and {@code steps} template every task calls a template of the manifest and is named once,
 * and {@code depends} names tasks of the same template; the exit handler is a template of the manifest. Tasks that
 * call a template of another workflow are checked when {@link TemplateReferences} resolves them.
 */
final class ManifestCheck {
  private ManifestCheck() {}

  /**
   * @param where how messages name the manifest
   * @param unsupported the names of its templates of kinds the executor does not run, for messages
   * @throws ManifestException on the first problem
   */
  static void check(WorkflowManifest manifest, String where, Set<String> unsupported) {
    ManifestTemplate entry = manifest.entryTemplate();
    if (manifest.entrypoint() == null) {
      return; // A library of templates: its templates are checked where tasks call them.
    }
    if (entry == null) {
      throw fail(where, "spec.entrypoint", missingTemplate(manifest.entrypoint(), unsupported));
    }
    for (ManifestTemplate template : manifest.templates().values()) {
      if (template instanceof DagTemplate dag) {
        checkGraph(manifest, dag.name(), dag.tasks(), where, unsupported);
      } else if (template instanceof StepsTemplate steps) {
        checkGraph(manifest, steps.name(), steps.groups().stream().flatMap(List::stream).toList(), where, unsupported);
      }
    }
    if (manifest.onExit() != null && !manifest.templates().containsKey(manifest.onExit())) {
      throw fail(where, "spec.onExit", missingTemplate(manifest.onExit(), unsupported));
    }
    for (LifecycleHook hook : manifest.hooks()) {
      lifecycleHook(manifest, hook, "spec", where, unsupported);
    }
  }

  /** A lifecycle hook calls a template of the workflow that the executor runs as a hook: a leaf. */
  private static void lifecycleHook(WorkflowManifest manifest, LifecycleHook hook, String owner, String where,
      Set<String> unsupported) {
    String template = hook.call().template();
    if (!(manifest.templates().get(template) instanceof PodTemplate)) {
      throw fail(where, owner, "its hook '" + hook.name() + "' calls '" + template + "': "
          + (manifest.templates().containsKey(template)
              ? "the local executor runs hooks that call leaf templates (script, container, http, …)"
              : missingTemplate(template, unsupported)));
    }
  }

  /** A graph's tasks: each named once, calling a template the executor runs, depending on tasks of the graph. */
  private static void checkGraph(WorkflowManifest manifest, String graph, List<Task> tasks, String where, Set<String> unsupported) {
    Set<String> names = new HashSet<>();
    for (Task task : tasks) {
      if (!names.add(task.name())) {
        throw fail(where, graph, "two tasks are named '" + task.name() + "'");
      }
      if (task.templateRef() == null && !manifest.templates().containsKey(task.template())) {
        throw fail(where, "task '" + task.name() + "'", "calls '" + task.template() + "': " + missingTemplate(task.template(), unsupported));
      }
    }
    for (Task task : tasks) {
      for (LifecycleHook hook : task.hooks()) {
        lifecycleHook(manifest, hook, "task '" + task.name() + "'", where, unsupported);
      }
      Task hook = task.exitHook();
      if (hook != null && !(manifest.templates().get(hook.template()) instanceof PodTemplate)) {
        throw fail(where, "task '" + task.name() + "'", "its exit hook calls '" + hook.template() + "': "
            + (manifest.templates().containsKey(hook.template())
                ? "the local executor runs hooks that call script or container templates"
                : missingTemplate(hook.template(), unsupported)));
      }
    }
    for (Task task : tasks) {
      if (task.depends() == null) {
        continue;
      }
      for (String dependency : DependsExpression.parse(task.depends()).taskNames()) {
        if (!names.contains(dependency)) {
          throw fail(where, "task '" + task.name() + "'",
              "depends on '" + dependency + "', which is not a task of '" + graph + "'");
        }
      }
    }
  }

  private static String missingTemplate(String name, Set<String> unsupported) {
    return unsupported.contains(name)
        ? "template '" + name + "' is of a kind the local executor does not run"
            + " (it runs script, container, dag and steps templates)"
        : "there is no template '" + name + "'";
  }

  private static ManifestException fail(String where, String path, String why) {
    return new ManifestException(where + ": " + path + ": " + why);
  }
}
