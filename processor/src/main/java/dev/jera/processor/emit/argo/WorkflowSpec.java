package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** A workflow's {@code spec}. */
public record WorkflowSpec(
    WorkflowTemplateRef workflowTemplateRef,
    String entrypoint,
    String onExit,
    Map<String, LifecycleHook> hooks,
    String serviceAccountName,
    Integer parallelism,
    Long activeDeadlineSeconds,
    PodSpecParts.TtlStrategy ttlStrategy,
    PodSpecParts.PodGc podGC,
    Artifact.ArtifactGC artifactGC,
    Boolean archiveLogs,
    Integer priority,
    PodSpecParts.DisruptionBudget podDisruptionBudget,
    PodSpecParts.WorkflowMetadata workflowMetadata,
    PodSpecParts.PodMetadata podMetadata,
    SecurityContexts.Pod securityContext,
    Map<String, String> nodeSelector,
    List<PodSpecParts.Toleration> tolerations,
    PodSpecParts.Affinity affinity,
    String podPriorityClassName,
    List<PodSpecParts.Named> imagePullSecrets,
    PodSpecParts.DnsConfig dnsConfig,
    List<PodSpecParts.ResourceClaim> resourceClaims,
    ResourceRequirements podResources,
    String podSpecPatch,
    PodSpecParts.Synchronization synchronization,
    List<PodSpecParts.Volume> volumes,
    List<PodSpecParts.ClaimTemplate> volumeClaimTemplates,
    ArtifactRepositoryRef artifactRepositoryRef,
    Arguments arguments,
    Metrics metrics,
    List<Template> templates) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("workflowTemplateRef", workflowTemplateRef);
    each.accept("entrypoint", entrypoint);
    each.accept("onExit", onExit);
    each.accept("hooks", hooks);
    each.accept("serviceAccountName", serviceAccountName);
    each.accept("parallelism", parallelism);
    each.accept("activeDeadlineSeconds", activeDeadlineSeconds);
    each.accept("ttlStrategy", ttlStrategy);
    each.accept("podGC", podGC);
    each.accept("artifactGC", artifactGC);
    each.accept("archiveLogs", archiveLogs);
    each.accept("priority", priority);
    each.accept("podDisruptionBudget", podDisruptionBudget);
    each.accept("workflowMetadata", workflowMetadata);
    each.accept("podMetadata", podMetadata);
    each.accept("securityContext", securityContext);
    each.accept("nodeSelector", nodeSelector);
    each.accept("tolerations", tolerations);
    each.accept("affinity", affinity);
    each.accept("podPriorityClassName", podPriorityClassName);
    each.accept("imagePullSecrets", imagePullSecrets);
    each.accept("dnsConfig", dnsConfig);
    each.accept("resourceClaims", resourceClaims);
    each.accept("podResources", podResources);
    each.accept("podSpecPatch", podSpecPatch);
    each.accept("synchronization", synchronization);
    each.accept("volumes", volumes);
    each.accept("volumeClaimTemplates", volumeClaimTemplates);
    each.accept("artifactRepositoryRef", artifactRepositoryRef);
    each.accept("arguments", arguments);
    each.accept("metrics", metrics);
    each.accept("templates", templates);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a spec; what is not set is left out. */
  public static final class Builder {
    private WorkflowTemplateRef workflowTemplateRef;
    private String entrypoint;
    private String onExit;
    private Map<String, LifecycleHook> hooks;
    private String serviceAccountName;
    private Integer parallelism;
    private Long activeDeadlineSeconds;
    private PodSpecParts.TtlStrategy ttlStrategy;
    private PodSpecParts.PodGc podGC;
    private Artifact.ArtifactGC artifactGC;
    private Boolean archiveLogs;
    private Integer priority;
    private PodSpecParts.DisruptionBudget podDisruptionBudget;
    private PodSpecParts.WorkflowMetadata workflowMetadata;
    private PodSpecParts.PodMetadata podMetadata;
    private SecurityContexts.Pod securityContext;
    private Map<String, String> nodeSelector;
    private List<PodSpecParts.Toleration> tolerations;
    private PodSpecParts.Affinity affinity;
    private String podPriorityClassName;
    private List<PodSpecParts.Named> imagePullSecrets;
    private PodSpecParts.DnsConfig dnsConfig;
    private List<PodSpecParts.ResourceClaim> resourceClaims;
    private ResourceRequirements podResources;
    private String podSpecPatch;
    private PodSpecParts.Synchronization synchronization;
    private List<PodSpecParts.Volume> volumes;
    private List<PodSpecParts.ClaimTemplate> volumeClaimTemplates;
    private ArtifactRepositoryRef artifactRepositoryRef;
    private Arguments arguments;
    private Metrics metrics;
    private List<Template> templates;

    private Builder() {}

    public Builder workflowTemplateRef(WorkflowTemplateRef workflowTemplateRef) { this.workflowTemplateRef = workflowTemplateRef; return this; }
    public Builder entrypoint(String entrypoint) { this.entrypoint = entrypoint; return this; }
    public Builder onExit(String onExit) { this.onExit = onExit; return this; }
    public Builder hooks(Map<String, LifecycleHook> hooks) { this.hooks = hooks; return this; }
    public Builder serviceAccountName(String serviceAccountName) { this.serviceAccountName = serviceAccountName; return this; }
    public Builder parallelism(Integer parallelism) { this.parallelism = parallelism; return this; }
    public Builder activeDeadlineSeconds(Long activeDeadlineSeconds) { this.activeDeadlineSeconds = activeDeadlineSeconds; return this; }
    public Builder ttlStrategy(PodSpecParts.TtlStrategy ttlStrategy) { this.ttlStrategy = ttlStrategy; return this; }
    public Builder podGC(PodSpecParts.PodGc podGC) { this.podGC = podGC; return this; }
    /** {@code artifactGC}: when Argo deletes the stored files of the workflow. */
    public Builder artifactGC(Artifact.ArtifactGC artifactGC) { this.artifactGC = artifactGC; return this; }
    public Builder archiveLogs(Boolean archiveLogs) { this.archiveLogs = archiveLogs; return this; }
    public Builder priority(Integer priority) { this.priority = priority; return this; }
    public Builder podDisruptionBudget(PodSpecParts.DisruptionBudget podDisruptionBudget) { this.podDisruptionBudget = podDisruptionBudget; return this; }
    public Builder workflowMetadata(PodSpecParts.WorkflowMetadata workflowMetadata) { this.workflowMetadata = workflowMetadata; return this; }
    public Builder podMetadata(PodSpecParts.PodMetadata podMetadata) { this.podMetadata = podMetadata; return this; }
    public Builder securityContext(SecurityContexts.Pod securityContext) { this.securityContext = securityContext; return this; }
    public Builder nodeSelector(Map<String, String> nodeSelector) { this.nodeSelector = nodeSelector; return this; }
    public Builder tolerations(List<PodSpecParts.Toleration> tolerations) { this.tolerations = tolerations; return this; }
    public Builder affinity(PodSpecParts.Affinity affinity) { this.affinity = affinity; return this; }
    public Builder podPriorityClassName(String podPriorityClassName) { this.podPriorityClassName = podPriorityClassName; return this; }
    public Builder imagePullSecrets(List<PodSpecParts.Named> imagePullSecrets) { this.imagePullSecrets = imagePullSecrets; return this; }
    public Builder dnsConfig(PodSpecParts.DnsConfig dnsConfig) { this.dnsConfig = dnsConfig; return this; }
    public Builder resourceClaims(List<PodSpecParts.ResourceClaim> resourceClaims) { this.resourceClaims = resourceClaims; return this; }
    public Builder podResources(ResourceRequirements podResources) { this.podResources = podResources; return this; }
    public Builder podSpecPatch(String podSpecPatch) { this.podSpecPatch = podSpecPatch; return this; }
    public Builder synchronization(PodSpecParts.Synchronization synchronization) { this.synchronization = synchronization; return this; }
    public Builder volumes(List<PodSpecParts.Volume> volumes) { this.volumes = volumes; return this; }
    public Builder volumeClaimTemplates(List<PodSpecParts.ClaimTemplate> volumeClaimTemplates) { this.volumeClaimTemplates = volumeClaimTemplates; return this; }
    public Builder artifactRepositoryRef(ArtifactRepositoryRef artifactRepositoryRef) { this.artifactRepositoryRef = artifactRepositoryRef; return this; }
    public Builder arguments(Arguments arguments) { this.arguments = arguments; return this; }
    public Builder metrics(Metrics metrics) { this.metrics = metrics; return this; }
    public Builder templates(List<Template> templates) { this.templates = templates; return this; }

    public WorkflowSpec build() {
      return new WorkflowSpec(
          workflowTemplateRef, entrypoint, onExit, hooks, serviceAccountName, parallelism, activeDeadlineSeconds,
          ttlStrategy, podGC, artifactGC, archiveLogs, priority, podDisruptionBudget, workflowMetadata, podMetadata,
          securityContext, nodeSelector, tolerations, affinity, podPriorityClassName, imagePullSecrets,
          dnsConfig, resourceClaims, podResources, podSpecPatch, synchronization, volumes,
          volumeClaimTemplates, artifactRepositoryRef, arguments, metrics, templates);
    }
  }
}
