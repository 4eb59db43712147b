package dev.jera.local.manifest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the local executor reads from a compiled manifest: a Workflow, WorkflowTemplate,
 * ClusterWorkflowTemplate, or the {@code workflowSpec} of a CronWorkflow.
 *
 * @param kind the Argo kind, such as {@code Workflow}
 * @param name {@code metadata.name}, or {@code null} for a Workflow that has a {@code generateName}
 * @param generateName {@code metadata.generateName}, or {@code null}
 * @param labels {@code metadata.labels}, in the manifest's order
 * @param entrypoint {@code spec.entrypoint}, or {@code null} for a workflow that runs a template
 * @param onExit the exit handler's template: {@code spec.onExit}, else that of {@code spec.hooks.exit}; or {@code null}
 * @param exitHook {@code spec.hooks.exit} when it is the exit handler: the call with its own arguments; {@code null}
 *     for {@code spec.onExit}, called with the workflow's arguments
 * @param parallelism {@code spec.parallelism}, or {@code null} for no limit
 * @param serviceAccountName {@code spec.serviceAccountName}, or {@code null}
 * @param activeDeadlineSeconds {@code spec.activeDeadlineSeconds}, or {@code null} for no deadline
 * @param synchronization {@code spec.synchronization}: the locks the whole run holds
 * @param workflowTemplateRef {@code spec.workflowTemplateRef} until {@link TemplateReferences} resolves
 *     it, else {@code null}
 * @param parameters {@code spec.arguments.parameters}, in order
 * @param templates the templates by name, in the manifest's order
 * @param referenced the templates of other workflows its tasks call by {@code templateRef}, once
 *     {@link TemplateReferences} has resolved them
 * @param metadata annotations, labelsFrom, priority, and the fields only a cluster applies
 * @param artifacts {@code spec.arguments.artifacts}, in order
 * @param hooks {@code spec.hooks} other than {@code exit}: run when their expressions hold
 * @param metrics the custom metrics of the workflow and its templates
 */
public record WorkflowManifest(
    String kind,
    String name,
    String generateName,
    Map<String, String> labels,
    String entrypoint,
    String onExit,
    Task exitHook,
    Integer parallelism,
    String serviceAccountName,
    Long activeDeadlineSeconds,
    Synchronization synchronization,
    WorkflowTemplateReference workflowTemplateRef,
    List<WorkflowParameter> parameters,
    Map<String, ManifestTemplate> templates,
    Map<TemplateReference, ManifestTemplate> referenced,
    ResourceMetadata metadata,
    List<InputArtifact> artifacts,
    List<LifecycleHook> hooks,
    MetricSpecs metrics) {

  /** Copies the collections. */
  public WorkflowManifest {
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    parameters = List.copyOf(parameters);
    artifacts = List.copyOf(artifacts);
    hooks = hooks == null ? List.of() : List.copyOf(hooks);
    templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
    referenced = Collections.unmodifiableMap(new LinkedHashMap<>(referenced));
  }

  /** A workflow without lifecycle hooks other than {@code exit}, and with no custom metrics. */
  public WorkflowManifest(String kind, String name, String generateName, Map<String, String> labels, String entrypoint,
      String onExit, Task exitHook, Integer parallelism, String serviceAccountName, Long activeDeadlineSeconds,
      Synchronization synchronization, WorkflowTemplateReference workflowTemplateRef, List<WorkflowParameter> parameters,
      Map<String, ManifestTemplate> templates, Map<TemplateReference, ManifestTemplate> referenced, ResourceMetadata metadata,
      List<InputArtifact> artifacts) {
    this(kind, name, generateName, labels, entrypoint, onExit, exitHook, parallelism, serviceAccountName, activeDeadlineSeconds,
        synchronization, workflowTemplateRef, parameters, templates, referenced, metadata, artifacts, List.of(), MetricSpecs.NONE);
  }

  /** A workflow with no argument files ({@code spec.arguments.artifacts}). */
  public WorkflowManifest(String kind, String name, String generateName, Map<String, String> labels, String entrypoint,
      String onExit, Task exitHook, Integer parallelism, String serviceAccountName, Long activeDeadlineSeconds,
      Synchronization synchronization, WorkflowTemplateReference workflowTemplateRef, List<WorkflowParameter> parameters,
      Map<String, ManifestTemplate> templates, Map<TemplateReference, ManifestTemplate> referenced, ResourceMetadata metadata) {
    this(kind, name, generateName, labels, entrypoint, onExit, exitHook, parallelism, serviceAccountName, activeDeadlineSeconds,
        synchronization, workflowTemplateRef, parameters, templates, referenced, metadata, List.of());
  }

  /** The template the workflow starts at. */
  public ManifestTemplate entryTemplate() {
    return entrypoint == null ? null : templates.get(entrypoint);
  }

  /** The pod template {@code task} runs: its own workflow's, or the one its {@code templateRef} names. */
  public PodTemplate templateOf(Task task) {
    return called(task) instanceof PodTemplate pod ? pod : null;
  }

  /** The template {@code task} calls: its own workflow's, or the one its {@code templateRef} names; {@code null} if unknown. */
  private ManifestTemplate called(Task task) {
    return task.templateRef() != null ? referenced.get(task.templateRef()) : templates.get(task.template());
  }

  /** Every pod template it may run, its own in order, then those its tasks refer to. */
  public List<PodTemplate> podTemplates() {
    List<PodTemplate> pods = new ArrayList<>();
    templates.values().forEach(template -> {
      if (template instanceof PodTemplate) {
        pods.add((PodTemplate) template);
      }
    });
    referenced.values().forEach(template -> {
      if (template instanceof PodTemplate pod && !pods.contains(pod)) {
        pods.add(pod);
      }
    });
    return pods;
  }

  /**
   * The tasks of the entry template, in the manifest's order; empty before a workflowTemplateRef is
   * resolved. An entry pod template is one task of its own name, called with the workflow's arguments.
   */
  public List<Task> entryTasks() {
    ManifestTemplate entry = entryTemplate();
    if (entry instanceof PodTemplate) {
      return List.of(Task.calling(entrypoint, entrypoint, Map.of(), artifacts));
    }
    if (entry instanceof DagTemplate) {
      return ((DagTemplate) entry).tasks();
    }
    if (entry instanceof StepsTemplate) {
      return ((StepsTemplate) entry).groups().stream().flatMap(List::stream).toList();
    }
    return List.of();
  }

  /**
   * The tasks of every {@code dag} and {@code steps} template of the manifest, the entry's first: what a
   * run may call, nested graphs included.
   */
  public List<Task> graphTasks() {
    List<Task> tasks = new ArrayList<>(entryTasks());
    templates.values().forEach(template -> {
      if (template != entryTemplate()) {
        tasks.addAll(template.graphTasks());
      }
    });
    referenced.values().forEach(template -> tasks.addAll(template.graphTasks()));
    return tasks;
  }

  /** The {@code dag} or {@code steps} template {@code task} calls (its own workflow's or by templateRef), or {@code null}. */
  public ManifestTemplate graphOf(Task task) {
    ManifestTemplate template = called(task);
    return template != null && template.graph() ? template : null;
  }

  /** The exit handler's name among the steps: its template's, unless a step has that name; {@code null} without one. */
  public String exitKey() {
    if (onExit == null) {
      return null;
    }
    return entryTasks().stream().anyMatch(task -> task.name().equals(onExit)) ? "onExit" : onExit;
  }

  /** Whether it still names templates of other workflows that {@link TemplateReferences} has not resolved. */
  public boolean unresolved() {
    return workflowTemplateRef != null
        || graphTasks().stream().anyMatch(task -> task.templateRef() != null && !referenced.containsKey(task.templateRef()));
  }
}
