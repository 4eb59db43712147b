package dev.jera.local.manifest;

import dev.jera.argo.DidYouMean;
import dev.jera.local.Catalog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves what a manifest takes from other compiled workflows, as Argo's controller does when it
 * runs it:
 *
 * <ul>
 *   <li>{@code spec.workflowTemplateRef}: the (Cluster)WorkflowTemplate's spec, with the referring
 *       workflow's own settings winning ({@code entrypoint}, {@code onExit}, {@code parallelism},
 *       {@code activeDeadlineSeconds}, {@code synchronization}, templates of the same name) and its
 *       arguments merged by name into the template's; the name, labels and kind stay the referring
 *       workflow's, so {@code {{workflow.name}}} is its own;
 *   <li>a task's {@code templateRef}: that template of the (Cluster)WorkflowTemplate, which must be a
 *       {@code script} or {@code container} template; it runs with the task's arguments and the
 *       calling workflow's variables, through the runner its own args name.
 * </ul>
 */
public final class TemplateReferences {
  private TemplateReferences() {}

  /** Finds compiled workflows by name: the {@link Catalog}, or a map in tests. */
  public interface Source {
    /**
     * The manifest of workflow {@code name}, read; empty when there is none.
     *
     * @throws ManifestException if it cannot be read or run
     */
    Optional<WorkflowManifest> find(String name);

    /**
     * The manifest of the workflow of kind {@code kind} named {@code name} (a name is unique per kind
     * only); by default, the one {@link #find(String)} finds.
     */
    default Optional<WorkflowManifest> find(String name, String kind) {
      return find(name);
    }

    /** The names of every workflow, for hints. */
    Collection<String> names();
  }

  /**
   * The manifest with its workflowTemplateRef and templateRefs resolved, and checked as a whole.
   *
   * @param where how messages name it, such as {@code workflow 'monthly'}
   * @throws ManifestException naming the reference that cannot be resolved, and why
   */
  public static WorkflowManifest resolve(WorkflowManifest manifest, String where, Source source) {
    Map<String, WorkflowManifest> cache = new LinkedHashMap<>();
    WorkflowManifest resolved = manifest;
    if (manifest.workflowTemplateRef() != null) {
      WorkflowTemplateReference ref = manifest.workflowTemplateRef();
      WorkflowManifest target = find(ref.name(), ref.kind(), where, "spec.workflowTemplateRef", source, cache);
      if (target.workflowTemplateRef() != null) {
        throw new ManifestException(where + ": spec.workflowTemplateRef: " + ref.kind() + " '" + ref.name()
            + "' itself runs a template (workflowTemplateRef); Argo runs one level only");
      }
      resolved = merge(manifest, target);
    }
    Map<TemplateReference, ManifestTemplate> referenced = new LinkedHashMap<>(resolved.referenced());
    java.util.ArrayDeque<Task> toResolve = new java.util.ArrayDeque<>(resolved.graphTasks());
    while (!toResolve.isEmpty()) {
      Task task = toResolve.poll();
      TemplateReference ref = task.templateRef();
      if (ref == null || referenced.containsKey(ref)) {
        continue;
      }
      String path = "task '" + task.name() + "': templateRef " + ref.displayName();
      WorkflowManifest target = find(ref.name(), ref.kind(), where, path, source, cache);
      ManifestTemplate template = target.templates().get(ref.template());
      if (template == null) {
        List<String> names = new ArrayList<>(target.templates().keySet());
        throw new ManifestException(where + ": " + path + ": " + ref.kind() + " '" + ref.name() + "' has no template '"
            + ref.template() + "'" + DidYouMean.hint(ref.template(), names));
      }
      if (template.graph()) {
        // A graph of another workflow calls its workflow's templates: each becomes a templateRef to them.
        template = inOwnWorkflow(template, ref);
        toResolve.addAll(template.graphTasks());
      }
      referenced.put(ref, template);
    }
    WorkflowManifest result = new WorkflowManifest(resolved.kind(), resolved.name(), resolved.generateName(), resolved.labels(),
        resolved.entrypoint(), resolved.onExit(), resolved.exitHook(), resolved.parallelism(), resolved.serviceAccountName(),
        resolved.activeDeadlineSeconds(), resolved.synchronization(), null, resolved.parameters(), resolved.templates(),
        referenced, resolved.metadata(), resolved.artifacts(), resolved.hooks(), resolved.metrics());
    ManifestCheck.check(result, where, Set.of());
    return result;
  }

  /** {@code graph} of the workflow {@code ref} names, its tasks' own templates named by templateRef to that workflow. */
  private static ManifestTemplate inOwnWorkflow(ManifestTemplate graph, TemplateReference ref) {
    java.util.function.UnaryOperator<Task> rewrite = task -> task.templateRef() != null ? task : task.callingByRef(
        new TemplateReference(ref.name(), task.template(), ref.clusterScope()));
    if (graph instanceof DagTemplate dag) {
      return new DagTemplate(dag.name(), dag.tasks().stream().map(rewrite).toList(), dag.parallelism(), dag.failFast(),
          dag.target(), dag.inputs(), dag.inputFiles(), dag.outputs());
    }
    StepsTemplate steps = (StepsTemplate) graph;
    return new StepsTemplate(steps.name(), steps.groups().stream().map(group -> group.stream().map(rewrite).toList()).toList(),
        steps.parallelism(), steps.inputs(), steps.inputFiles(), steps.outputs());
  }

  private static WorkflowManifest find(String name, String kind, String where, String path, Source source,
      Map<String, WorkflowManifest> cache) {
    WorkflowManifest found = cache.get(kind + "/" + name);
    if (found == null) {
      Optional<WorkflowManifest> read = source.find(name, kind);
      if (read.isEmpty()) {
        throw new ManifestException(where + ": " + path + ": there is no " + kind + " '" + name + "' on the class path"
            + DidYouMean.hint(name, source.names()));
      }
      found = read.get();
      cache.put(kind + "/" + name, found);
    }
    if (!found.kind().equals(kind)) {
      throw new ManifestException(where + ": " + path + ": '" + name + "' is a " + found.kind() + ", not a " + kind
          + (kind.equals("ClusterWorkflowTemplate") || found.kind().equals("ClusterWorkflowTemplate")
              ? " (clusterScope says which one is meant)" : ""));
    }
    return found;
  }

  /** The template's argument files, each replaced by the workflow's of the same name, then the workflow's others. */
  private static List<InputArtifact> artifacts(List<InputArtifact> workflow, List<InputArtifact> template) {
    Map<String, InputArtifact> merged = new LinkedHashMap<>();
    template.forEach(artifact -> merged.put(artifact.name(), artifact));
    workflow.forEach(artifact -> merged.put(artifact.name(), artifact));
    return List.copyOf(merged.values());
  }

  /** The template's spec under the referring workflow's identity, its own settings winning. */
  private static WorkflowManifest merge(WorkflowManifest workflow, WorkflowManifest template) {
    Map<String, ManifestTemplate> templates = new LinkedHashMap<>(template.templates());
    templates.putAll(workflow.templates());
    return new WorkflowManifest(
        workflow.kind(),
        workflow.name(),
        workflow.generateName(),
        workflow.labels(),
        workflow.entrypoint() != null ? workflow.entrypoint() : template.entrypoint(),
        workflow.onExit() != null ? workflow.onExit() : template.onExit(),
        workflow.onExit() != null ? workflow.exitHook() : template.exitHook(),
        workflow.parallelism() != null ? workflow.parallelism() : template.parallelism(),
        workflow.serviceAccountName() != null ? workflow.serviceAccountName() : template.serviceAccountName(),
        workflow.activeDeadlineSeconds() != null ? workflow.activeDeadlineSeconds() : template.activeDeadlineSeconds(),
        workflow.synchronization().isEmpty() ? template.synchronization() : workflow.synchronization(),
        null,
        parameters(workflow.parameters(), template.parameters()),
        templates,
        template.referenced(),
        metadata(workflow.metadata(), template.metadata()),
        artifacts(workflow.artifacts(), template.artifacts()),
        // Argo merges spec.hooks key by key, the workflow's winning.
        hooks(workflow.hooks(), template.hooks()),
        workflow.metrics().over(template.metrics()));
  }

  private static List<LifecycleHook> hooks(List<LifecycleHook> workflow, List<LifecycleHook> template) {
    Map<String, LifecycleHook> merged = new LinkedHashMap<>();
    template.forEach(hook -> merged.put(hook.name(), hook));
    workflow.forEach(hook -> merged.put(hook.name(), hook));
    return List.copyOf(merged.values());
  }

  /** The workflow's annotations; its labelsFrom and priority, else the template's; what only a cluster applies, of both. */
  private static ResourceMetadata metadata(ResourceMetadata workflow, ResourceMetadata template) {
    java.util.TreeSet<String> clusterOnly = new java.util.TreeSet<>(workflow.clusterOnly());
    clusterOnly.addAll(template.clusterOnly());
    return new ResourceMetadata(
        workflow.annotations(),
        workflow.labelsFrom().isEmpty() ? template.labelsFrom() : workflow.labelsFrom(),
        workflow.priority() != null ? workflow.priority() : template.priority(),
        List.copyOf(clusterOnly));
  }

  /** Argo merges arguments by name: the workflow's value (and enum, description) over the template's, new ones last. */
  private static List<WorkflowParameter> parameters(List<WorkflowParameter> given, List<WorkflowParameter> declared) {
    Map<String, WorkflowParameter> merged = new LinkedHashMap<>();
    declared.forEach(parameter -> merged.put(parameter.name(), parameter));
    for (WorkflowParameter parameter : given) {
      WorkflowParameter base = merged.get(parameter.name());
      if (base == null) {
        merged.put(parameter.name(), parameter);
      } else {
        merged.put(parameter.name(), new WorkflowParameter(parameter.name(),
            parameter.value() != null ? parameter.value() : base.value(),
            parameter.allowed().isEmpty() ? base.allowed() : parameter.allowed(),
            parameter.description() != null ? parameter.description() : base.description(),
            parameter.configMap() != null ? parameter.configMap() : base.configMap(),
            parameter.configMap() != null ? parameter.configMapDefault() : base.configMapDefault()));
      }
    }
    return new ArrayList<>(merged.values());
  }
}
