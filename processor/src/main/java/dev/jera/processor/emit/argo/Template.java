package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** A template: the entry DAG or steps, one script, one container, one resource, a suspend, or an HTTP request. */
public record Template(
    String name,
    Map<String, String> annotations,
    Inputs inputs,
    Outputs outputs,
    String timeout,
    Long activeDeadlineSeconds,
    RetryStrategy retryStrategy,
    PodSpecParts.PodMetadata metadata,
    Map<String, String> nodeSelector,
    List<PodSpecParts.Toleration> tolerations,
    PodSpecParts.Affinity affinity,
    String priorityClassName,
    List<PodSpecParts.ResourceClaim> resourceClaims,
    ResourceRequirements podResources,
    String podSpecPatch,
    PodSpecParts.Synchronization synchronization,
    PodSpecParts.Memoize memoize,
    Metrics metrics,
    ArchiveLocation archiveLocation,
    Integer parallelism,
    Boolean failFast,
    Boolean daemon,
    Dag dag,
    List<List<WorkflowStep>> steps,
    ScriptTemplate script,
    ScriptTemplate container,
    ContainerSetTemplate containerSet,
    ResourceTemplate resource,
    Suspend suspend,
    Http http,
    DataTemplate data,
    List<UserContainer> initContainers,
    List<UserContainer> sidecars) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("name", name);
    each.accept("annotations", annotations);
    each.accept("inputs", inputs);
    each.accept("outputs", outputs);
    each.accept("timeout", timeout);
    each.accept("activeDeadlineSeconds", activeDeadlineSeconds);
    each.accept("retryStrategy", retryStrategy);
    each.accept("metadata", metadata);
    each.accept("nodeSelector", nodeSelector);
    each.accept("tolerations", tolerations);
    each.accept("affinity", affinity);
    each.accept("priorityClassName", priorityClassName);
    each.accept("resourceClaims", resourceClaims);
    each.accept("podResources", podResources);
    each.accept("podSpecPatch", podSpecPatch);
    each.accept("synchronization", synchronization);
    each.accept("memoize", memoize);
    each.accept("metrics", metrics);
    each.accept("archiveLocation", archiveLocation);
    each.accept("parallelism", parallelism);
    each.accept("failFast", failFast);
    each.accept("daemon", daemon);
    each.accept("dag", dag);
    each.accept("steps", steps);
    each.accept("script", script);
    each.accept("container", container);
    each.accept("containerSet", containerSet);
    each.accept("resource", resource);
    each.accept("suspend", suspend);
    each.accept("http", http);
    each.accept("data", data);
    each.accept("initContainers", initContainers);
    each.accept("sidecars", sidecars);
  }

  /** {@code archiveLocation}: here only whether the template's logs are kept in the artifact repository. */
  public record ArchiveLocation(Boolean archiveLogs) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("archiveLogs", archiveLogs);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a template; what is not set is left out. */
  public static final class Builder {
    private String name;
    private Inputs inputs;
    private Outputs outputs;
    private String timeout;
    private Long activeDeadlineSeconds;
    private RetryStrategy retryStrategy;
    private PodSpecParts.PodMetadata metadata;
    private Map<String, String> nodeSelector;
    private List<PodSpecParts.Toleration> tolerations;
    private PodSpecParts.Affinity affinity;
    private String priorityClassName;
    private List<PodSpecParts.ResourceClaim> resourceClaims;
    private ResourceRequirements podResources;
    private String podSpecPatch;
    private PodSpecParts.Synchronization synchronization;
    private PodSpecParts.Memoize memoize;
    private Metrics metrics;
    private ArchiveLocation archiveLocation;
    private Map<String, String> annotations;
    private Integer parallelism;
    private Boolean failFast;
    private Boolean daemon;
    private Dag dag;
    private List<List<WorkflowStep>> steps;
    private ScriptTemplate script;
    private ScriptTemplate container;
    private ContainerSetTemplate containerSet;
    private ResourceTemplate resource;
    private Suspend suspend;
    private Http http;
    private DataTemplate data;
    private List<UserContainer> initContainers;
    private List<UserContainer> sidecars;

    private Builder() {}

    public Builder name(String name) { this.name = name; return this; }
    public Builder inputs(Inputs inputs) { this.inputs = inputs; return this; }
    public Builder outputs(Outputs outputs) { this.outputs = outputs; return this; }
    public Builder timeout(String timeout) { this.timeout = timeout; return this; }
    public Builder activeDeadlineSeconds(Long activeDeadlineSeconds) { this.activeDeadlineSeconds = activeDeadlineSeconds; return this; }
    public Builder retryStrategy(RetryStrategy retryStrategy) { this.retryStrategy = retryStrategy; return this; }
    public Builder metadata(PodSpecParts.PodMetadata metadata) { this.metadata = metadata; return this; }
    public Builder nodeSelector(Map<String, String> nodeSelector) { this.nodeSelector = nodeSelector; return this; }
    public Builder tolerations(List<PodSpecParts.Toleration> tolerations) { this.tolerations = tolerations; return this; }
    public Builder affinity(PodSpecParts.Affinity affinity) { this.affinity = affinity; return this; }
    public Builder priorityClassName(String priorityClassName) { this.priorityClassName = priorityClassName; return this; }
    public Builder resourceClaims(List<PodSpecParts.ResourceClaim> resourceClaims) { this.resourceClaims = resourceClaims; return this; }
    public Builder podResources(ResourceRequirements podResources) { this.podResources = podResources; return this; }
    public Builder podSpecPatch(String podSpecPatch) { this.podSpecPatch = podSpecPatch; return this; }
    public Builder synchronization(PodSpecParts.Synchronization synchronization) { this.synchronization = synchronization; return this; }
    public Builder memoize(PodSpecParts.Memoize memoize) { this.memoize = memoize; return this; }
    public Builder metrics(Metrics metrics) { this.metrics = metrics; return this; }
    public Builder archiveLocation(ArchiveLocation archiveLocation) { this.archiveLocation = archiveLocation; return this; }
    public Builder annotations(Map<String, String> annotations) { this.annotations = annotations; return this; }
    public Builder parallelism(Integer parallelism) { this.parallelism = parallelism; return this; }
    public Builder failFast(Boolean failFast) { this.failFast = failFast; return this; }
    public Builder daemon(Boolean daemon) { this.daemon = daemon; return this; }
    public Builder dag(Dag dag) { this.dag = dag; return this; }
    public Builder steps(List<List<WorkflowStep>> steps) { this.steps = steps; return this; }
    public Builder script(ScriptTemplate script) { this.script = script; return this; }
    public Builder container(ScriptTemplate container) { this.container = container; return this; }
    public Builder containerSet(ContainerSetTemplate containerSet) { this.containerSet = containerSet; return this; }
    public Builder resource(ResourceTemplate resource) { this.resource = resource; return this; }
    public Builder suspend(Suspend suspend) { this.suspend = suspend; return this; }
    public Builder http(Http http) { this.http = http; return this; }
    public Builder data(DataTemplate data) { this.data = data; return this; }
    public Builder initContainers(List<UserContainer> initContainers) { this.initContainers = initContainers; return this; }
    public Builder sidecars(List<UserContainer> sidecars) { this.sidecars = sidecars; return this; }

    public Template build() {
      return new Template(
          name, annotations, inputs, outputs, timeout, activeDeadlineSeconds, retryStrategy, metadata, nodeSelector, tolerations,
          affinity, priorityClassName, resourceClaims, podResources, podSpecPatch, synchronization, memoize,
          metrics, archiveLocation, parallelism, failFast, daemon, dag, steps, script, container, containerSet, resource, suspend,
          http, data, initContainers, sidecars);
    }
  }

  /** {@code suspend}: the step waits this long ({@code null}: until resumed) instead of running a pod. */
  public record Suspend(String duration) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("duration", duration);
    }
  }

  /** {@code http}: Argo's agent sends this request instead of running a pod; the result is the response's body. */
  public record Http(
      String method, String url, List<EnvVar> headers, Integer timeoutSeconds, String successCondition, String body,
      Boolean insecureSkipVerify) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("method", method);
      each.accept("url", url);
      each.accept("headers", headers);
      each.accept("timeoutSeconds", timeoutSeconds);
      each.accept("successCondition", successCondition);
      each.accept("body", body);
      each.accept("insecureSkipVerify", insecureSkipVerify);
    }
  }
}
