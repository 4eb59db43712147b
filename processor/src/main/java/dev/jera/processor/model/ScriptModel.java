package dev.jera.processor.model;

import dev.jera.argo.expr.DependsExpression;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One {@code @Script} method.
 *
 * @param methodName the Java method's name
 * @param name the step's name: given, or the method name in kebab-case
 * @param isStatic whether the runner calls it without an instance
 * @param visibility what the generated runner, in the same package, may call
 * @param generic whether the method declares type parameters
 * @param timeout {@code timeout}: a duration, or an input of the template
 * @param deadline {@code deadline}: the pod's {@code activeDeadlineSeconds}
 * @param continueOn the outcomes after which its group goes on ({@code FAILED}, {@code ERROR}), in the
 *     order written, each once
 */
public record ScriptModel(
    Site site,
    String methodName,
    Text name,
    boolean nameGiven,
    boolean isStatic,
    Visibility visibility,
    boolean generic,
    JavaType returns,
    List<InputModel> inputs,
    Optional<Text> image,
    List<Text> after,
    Optional<Text> when,
    Optional<Text> forEach,
    List<Text> items,
    Site itemsSite,
    Optional<Parsed<TimeLimit>> timeout,
    Optional<Parsed<Duration>> deadline,
    Optional<Parsed<DependsExpression>> depends,
    List<String> continueOn,
    Site continueOnSite,
    Optional<SequenceModel> sequence,
    Optional<RetryModel> retry,
    Optional<ResourcesModel> resources,
    PodSettings settings,
    Optional<MemoizeModel> memoize,
    Optional<ContainerModel> container,
    Optional<ResourceModel> resource,
    List<SidecarModel> sidecars,
    List<SidecarModel> initContainers,
    Optional<DaemonModel> daemon,
    Optional<ArchiveModel> archive,
    List<InputSource.External> outputLocations,
    List<OutputModel> outputs,
    boolean archiveLogs,
    Optional<CallModel> call,
    Optional<HookModel> hook,
    Optional<SuspendModel> suspend,
    Optional<HttpRequestModel> http,
    Optional<ContainerSetModel> containerSet,
    List<Parsed<KeyValue>> annotations,
    List<MetricModel> metrics,
    Optional<DataModel> data) {

  public ScriptModel {
    metrics = List.copyOf(metrics);
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    outputLocations = List.copyOf(outputLocations);
    after = List.copyOf(after);
    items = List.copyOf(items);
    continueOn = List.copyOf(continueOn);
    annotations = List.copyOf(annotations);
    sidecars = List.copyOf(sidecars);
    initContainers = List.copyOf(initContainers);
  }

  /** Whether the step runs once per element of a list or of literal items. */
  public boolean fansOut() {
    return forEach.isPresent() || !items.isEmpty() || sequence.isPresent();
  }

  /**
   * Whether the step takes an {@code @Item} but does not fan out: it was meant to, so whether its
   * result is one value or the list of all is in doubt. That mistake is reported once, on the
   * {@code @Item}; rules that would judge its consumers by its result's shape stay silent.
   */
  public boolean itemWithoutLoop() {
    return !fansOut() && inputs.stream().anyMatch(input -> input.sources().stream().anyMatch(s -> s instanceof InputSource.Item));
  }

  /** Whether the step returns a file, an Argo output artifact, rather than a result. */
  public boolean returnsArtifact() {
    return returns.shape() instanceof JsonShape.Artifact;
  }

  /** Whether the returned file is the artifact {@code result}: no {@code @Output} names it otherwise. */
  public boolean returnsResultArtifact() {
    return returnsArtifact() && outputs.stream().noneMatch(output -> output.component().isEmpty());
  }

  /**
   * The named outputs other steps can read from this step: its own, or for a call those of the called
   * template; empty when they are not known (an unresolved call, a template from a jar's index).
   */
  public Optional<List<OutputModel>> readableOutputs() {
    if (call.isEmpty()) {
      return Optional.of(outputs);
    }
    return call.get().target() instanceof CallModel.Resolved resolved ? resolved.callee().outputs() : Optional.empty();
  }

  /** The same script, calling what {@code call} resolved to. */
  public ScriptModel withCall(CallModel resolved) {
    return toBuilder().call(Optional.of(resolved)).build();
  }

  /** Whether it is a {@code @Hook} stub: a call run when a step or the workflow ends, not a step of the graph. */
  public boolean isHook() {
    return hook.isPresent();
  }

  /** Whether the step calls a template defined elsewhere rather than running the method. */
  public boolean isCall() {
    return call.isPresent();
  }

  /** Whether the generated runner calls this step's method. */
  public boolean runsJava() {
    return container.isEmpty() && resource.isEmpty() && call.isEmpty() && suspend.isEmpty() && containerSet.isEmpty()
        && http.isEmpty() && data.isEmpty();
  }

  /** Whether the step runs a container command rather than the Java method. */
  public boolean isContainer() {
    return container.isPresent();
  }

  /** Whether the template sends an HTTP request ({@code @HttpRequest}) rather than running a pod. */
  public boolean isHttp() {
    return http.isPresent();
  }

  /** Whether the template lists and transforms the files of a store ({@code @Data}) rather than running the method. */
  public boolean isData() {
    return data.isPresent();
  }

  /** Whether the template waits ({@code @Suspend}) rather than running a pod. */
  public boolean isSuspend() {
    return suspend.isPresent();
  }

  /** Whether the template runs as a daemon ({@code @Daemon}): ready once its probe passes, stopped when its graph ends. */
  public boolean isDaemon() {
    return daemon.isPresent();
  }

  /** Whether the template is a {@code @ContainerSet}: its members run, not a method of its own. */
  public boolean isContainerSet() {
    return containerSet.isPresent();
  }

  /** Whether the template acts on a Kubernetes object ({@code @Resource}) rather than running a pod of its own. */
  public boolean isResource() {
    return resource.isPresent();
  }

  /** Access of a script method. */
  public enum Visibility {
    PUBLIC,
    PROTECTED,
    PACKAGE,
    PRIVATE
  }

  /** A copy to change: {@code model.toBuilder().scripts(resolved).build()}. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.site = site;
    builder.methodName = methodName;
    builder.name = name;
    builder.nameGiven = nameGiven;
    builder.isStatic = isStatic;
    builder.visibility = visibility;
    builder.generic = generic;
    builder.returns = returns;
    builder.inputs = inputs;
    builder.image = image;
    builder.after = after;
    builder.when = when;
    builder.forEach = forEach;
    builder.items = items;
    builder.itemsSite = itemsSite;
    builder.timeout = timeout;
    builder.deadline = deadline;
    builder.depends = depends;
    builder.continueOn = continueOn;
    builder.continueOnSite = continueOnSite;
    builder.sequence = sequence;
    builder.retry = retry;
    builder.resources = resources;
    builder.settings = settings;
    builder.memoize = memoize;
    builder.container = container;
    builder.resource = resource;
    builder.sidecars = sidecars;
    builder.initContainers = initContainers;
    builder.daemon = daemon;
    builder.archive = archive;
    builder.outputLocations = outputLocations;
    builder.outputs = outputs;
    builder.archiveLogs = archiveLogs;
    builder.annotations = annotations;
    builder.containerSet = containerSet;
    builder.call = call;
    builder.hook = hook;
    builder.suspend = suspend;
    builder.http = http;
    builder.metrics = metrics;
    builder.data = data;
    return builder;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScriptModel}; what is not set is absent (empty, false, zero). */
  public static final class Builder {
    private Site site;
    private String methodName;
    private Text name;
    private boolean nameGiven;
    private boolean isStatic;
    private Visibility visibility = Visibility.PUBLIC;
    private boolean generic;
    private JavaType returns;
    private List<InputModel> inputs = List.of();
    private Optional<Text> image = Optional.empty();
    private List<Text> after = List.of();
    private Optional<Text> when = Optional.empty();
    private Optional<Text> forEach = Optional.empty();
    private List<Text> items = List.of();
    private Site itemsSite;
    private Optional<Parsed<TimeLimit>> timeout = Optional.empty();
    private Optional<Parsed<Duration>> deadline = Optional.empty();
    private Optional<Parsed<DependsExpression>> depends = Optional.empty();
    private List<String> continueOn = List.of();
    private Site continueOnSite;
    private Optional<SequenceModel> sequence = Optional.empty();
    private Optional<RetryModel> retry = Optional.empty();
    private Optional<ResourcesModel> resources = Optional.empty();
    private PodSettings settings = PodSettings.NONE;
    private Optional<MemoizeModel> memoize = Optional.empty();
    private Optional<ContainerModel> container = Optional.empty();
    private Optional<ResourceModel> resource = Optional.empty();
    private List<SidecarModel> sidecars = List.of();
    private List<SidecarModel> initContainers = List.of();
    private Optional<DaemonModel> daemon = Optional.empty();
    private Optional<ArchiveModel> archive = Optional.empty();
    private List<InputSource.External> outputLocations = List.of();
    private List<OutputModel> outputs = List.of();
    private boolean archiveLogs;
    private List<Parsed<KeyValue>> annotations = List.of();
    private Optional<ContainerSetModel> containerSet = Optional.empty();
    private Optional<CallModel> call = Optional.empty();
    private Optional<HookModel> hook = Optional.empty();
    private Optional<SuspendModel> suspend = Optional.empty();
    private Optional<HttpRequestModel> http = Optional.empty();
    private List<MetricModel> metrics = List.of();
    private Optional<DataModel> data = Optional.empty();

    private Builder() {}
    public Builder site(Site site) { this.site = site; return this; }
    public Builder methodName(String methodName) { this.methodName = methodName; return this; }
    public Builder name(Text name) { this.name = name; return this; }
    public Builder nameGiven(boolean nameGiven) { this.nameGiven = nameGiven; return this; }
    public Builder isStatic(boolean isStatic) { this.isStatic = isStatic; return this; }
    public Builder visibility(Visibility visibility) { this.visibility = visibility; return this; }
    public Builder generic(boolean generic) { this.generic = generic; return this; }
    public Builder returns(JavaType returns) { this.returns = returns; return this; }
    public Builder inputs(List<InputModel> inputs) { this.inputs = inputs; return this; }
    public Builder image(Optional<Text> image) { this.image = image; return this; }
    public Builder after(List<Text> after) { this.after = after; return this; }
    public Builder when(Optional<Text> when) { this.when = when; return this; }
    public Builder forEach(Optional<Text> forEach) { this.forEach = forEach; return this; }
    public Builder items(List<Text> items) { this.items = items; return this; }
    public Builder itemsSite(Site itemsSite) { this.itemsSite = itemsSite; return this; }
    public Builder timeout(Optional<Parsed<TimeLimit>> timeout) { this.timeout = timeout; return this; }
    /** {@code deadline}: the pod's {@code activeDeadlineSeconds}. */
    public Builder deadline(Optional<Parsed<Duration>> deadline) { this.deadline = deadline; return this; }
    public Builder depends(Optional<Parsed<DependsExpression>> depends) { this.depends = depends; return this; }
    public Builder continueOn(List<String> continueOn) { this.continueOn = continueOn; return this; }
    public Builder continueOnSite(Site continueOnSite) { this.continueOnSite = continueOnSite; return this; }
    public Builder sequence(Optional<SequenceModel> sequence) { this.sequence = sequence; return this; }
    public Builder retry(Optional<RetryModel> retry) { this.retry = retry; return this; }
    public Builder resources(Optional<ResourcesModel> resources) { this.resources = resources; return this; }
    public Builder settings(PodSettings settings) { this.settings = settings; return this; }
    public Builder memoize(Optional<MemoizeModel> memoize) { this.memoize = memoize; return this; }
    public Builder container(Optional<ContainerModel> container) { this.container = container; return this; }
    public Builder resource(Optional<ResourceModel> resource) { this.resource = resource; return this; }
    public Builder sidecars(List<SidecarModel> sidecars) { this.sidecars = sidecars; return this; }
    public Builder initContainers(List<SidecarModel> initContainers) { this.initContainers = initContainers; return this; }
    public Builder daemon(Optional<DaemonModel> daemon) { this.daemon = daemon; return this; }
    public Builder archive(Optional<ArchiveModel> archive) { this.archive = archive; return this; }
    /** Where the returned file goes: the location annotations on the method (one, when valid). */
    public Builder outputLocations(List<InputSource.External> outputLocations) { this.outputLocations = outputLocations; return this; }
    public Builder outputs(List<OutputModel> outputs) { this.outputs = outputs; return this; }
    public Builder archiveLogs(boolean archiveLogs) { this.archiveLogs = archiveLogs; return this; }
    public Builder annotations(List<Parsed<KeyValue>> annotations) { this.annotations = annotations; return this; }
    public Builder containerSet(Optional<ContainerSetModel> containerSet) { this.containerSet = containerSet; return this; }
    public Builder call(Optional<CallModel> call) { this.call = call; return this; }
    public Builder hook(Optional<HookModel> hook) { this.hook = hook; return this; }
    public Builder suspend(Optional<SuspendModel> suspend) { this.suspend = suspend; return this; }
    public Builder http(Optional<HttpRequestModel> http) { this.http = http; return this; }
    /** Its {@code @Metric}s: the metrics of its template. */
    public Builder metrics(List<MetricModel> metrics) { this.metrics = metrics; return this; }
    public Builder data(Optional<DataModel> data) { this.data = data; return this; }

    public ScriptModel build() {
      return new ScriptModel(
          site, methodName, name, nameGiven, isStatic, visibility, generic, returns, inputs, image, after,
          when, forEach, items, itemsSite, timeout, deadline, depends, continueOn,
          continueOnSite, sequence, retry, resources, settings, memoize,
          container, resource, sidecars, initContainers, daemon, archive, outputLocations, outputs, archiveLogs, call, hook, suspend,
          http, containerSet, annotations, metrics, data);
    }
  }
}
