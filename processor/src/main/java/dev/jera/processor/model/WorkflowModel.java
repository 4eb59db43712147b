package dev.jera.processor.model;

import com.squareup.javapoet.ClassName;
import dev.jera.Kind;
import dev.jera.Style;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One {@code @Workflow} class, as the user wrote it: names are not yet checked, references not yet
 * resolved. Collected from elements once; everything after reads only this.
 *
 * @param className the class, as the generated runner refers to it
 * @param runnerName the runner to generate, in the class's package
 * @param name the workflow's name ({@code ${jera.appVersion}} already replaced)
 * @param nameGiven whether {@code name} was written, or derived from the class name
 * @param restricted whether pods meet the Pod Security "restricted" profile
 * @param runs set when the workflow runs a template instead of scripts of its own
 * @param library whether the class is a {@code @Library}: scripts only, called from other workflows
 * @param cron the CronWorkflow settings written beyond schedules and time zone
 * @param resourceSettings what {@code @Workflow} says of the resource beyond its graph: annotations, labelsFrom,
 *     name form, priority, disruption budget, pod GC, TTLs, log archiving
 * @param entrypoint {@code @Workflow(entrypoint)} when written
 * @param templates the {@code @Template} methods: templates of the workflow that are not steps
 * @param labels the {@code key=value} labels, split
 * @param graphSettings {@code @Graph}: the parallelism and failFast of the workflow's own graph
 * @param graphs the graphs of the workflow beyond its own: its nested {@code @Graph} classes, each a model
 *     whose {@code params} are the graph's inputs, in source order (nested ones after their enclosing graph)
 * @param nested whether this is a nested {@code @Graph} of a workflow, not a workflow
 * @param workflowParams for a nested graph, its workflow's parameters; empty for a workflow
 * @param graphOutputs {@code @Output} on the class: the outputs of its graph
 * @param inputFiles {@code @Param(type = Path.class)} on the class: a nested graph's input files
 *     ({@code inputs.artifacts}); on a workflow class, a mistake a rule reports
 * @param argumentFiles the file components of a {@code @Workflow} record: {@code spec.arguments.artifacts},
 *     each the component's name and location (its first source); and its other components, for the rules
 * @param metrics the {@code @Metric}s on the class: of a workflow, those of the workflow (and, with
 *     {@code graph = true}, of its own graph); of a nested graph, the graph's
 * @param isInterface whether the class is an interface: its (static) scripts are called as interface methods
 * @param reachable whether code in the class's package can name the class (it and the classes
 *     enclosing it are not private)
 */
public record WorkflowModel(
    Site site,
    ClassName className,
    ClassName runnerName,
    Text name,
    boolean nameGiven,
    Kind kind,
    Style style,
    Optional<Text> image,
    List<Text> schedules,
    Optional<Text> timezone,
    Optional<Text> onExit,
    Optional<Text> serviceAccount,
    int parallelism,
    Site parallelismSite,
    List<Parsed<KeyValue>> labels,
    List<ParamModel> params,
    List<SecretModel> secrets,
    Optional<RetryModel> retry,
    Optional<ResourcesModel> resources,
    List<ScriptModel> scripts,
    ConstructorAccess construction,
    boolean isInterface,
    boolean reachable,
    boolean restricted,
    PodSettings settings,
    Optional<Parsed<Duration>> deadline,
    Optional<Parsed<Duration>> ttl,
    String podGC,
    Optional<Parsed<KeyRef>> artifactRepository,
    Optional<RunsModel> runs,
    boolean library,
    CronSettings cron,
    WorkflowSettings resourceSettings,

    Optional<Text> entrypoint,
    List<ScriptModel> templates,
    GraphSettings graphSettings,
    List<WorkflowModel> graphs,
    boolean nested,
    List<ParamModel> workflowParams,
    List<GraphOutputModel> graphOutputs,
    List<InputModel> argumentFiles,
    List<ParamModel> inputFiles,
    List<MetricModel> metrics) {

  public WorkflowModel {
    metrics = List.copyOf(metrics);
    schedules = List.copyOf(schedules);
    labels = List.copyOf(labels);
    params = List.copyOf(params);
    secrets = List.copyOf(secrets);
    scripts = List.copyOf(scripts);
    templates = List.copyOf(templates);
    graphs = List.copyOf(graphs);
    workflowParams = List.copyOf(workflowParams);
    graphOutputs = List.copyOf(graphOutputs);
    argumentFiles = List.copyOf(argumentFiles);
    inputFiles = List.copyOf(inputFiles);
  }

  /** The parameters {@code {{workflow.parameters.x}}} reads: a nested graph's are its workflow's. */
  public List<ParamModel> globalParams() {
    return nested ? workflowParams : params;
  }

  /** Where a step's {@code @Param("x")} reads its value: a workflow parameter, or a nested graph's input. */
  public String paramTag(String name) {
    return "{{" + (nested ? "inputs" : "workflow") + ".parameters." + name + "}}";
  }

  /** The metrics of the whole workflow ({@code spec.metrics}): none of a nested graph. */
  public List<MetricModel> workflowMetrics() {
    return nested ? List.of() : metrics.stream().filter(metric -> !metric.ofGraph()).toList();
  }

  /** The metrics of the class's own graph template: a nested graph's all, a workflow's those with {@code graph = true}. */
  public List<MetricModel> graphMetrics() {
    return nested ? metrics : metrics.stream().filter(MetricModel::ofGraph).toList();
  }

  /** The scripts that are steps (and the exit handler): every script but the {@code @Hook} stubs. */
  public List<ScriptModel> steps() {
    return scripts.stream().filter(script -> !script.isHook()).toList();
  }

  /** The {@code @Hook} stubs, in source order. */
  public List<ScriptModel> hooks() {
    return scripts.stream().filter(ScriptModel::isHook).toList();
  }

  /** Every method that becomes a pod template: the steps, then the {@code @Template}s. */
  public List<ScriptModel> pods() {
    if (templates.isEmpty()) {
      return scripts;
    }
    List<ScriptModel> pods = new java.util.ArrayList<>(scripts);
    pods.addAll(templates);
    return pods;
  }

  /** The name of the template the workflow starts at: the one written, else the steps' graph, {@code main}. */
  public String entryName() {
    return entrypoint.map(Text::value).filter(name -> !name.isEmpty()).orElse(ManifestNames.ENTRY_TEMPLATE);
  }

  /** The {@code @Template} the workflow starts at, when its entrypoint names one. */
  public Optional<ScriptModel> entryTemplate() {
    if (entrypoint.isEmpty()) {
      return Optional.empty();
    }
    return templates.stream().filter(t -> t.name().value().equals(entrypoint.get().value())).findFirst();
  }

  /**
   * Whether the manifest has no entrypoint: a (Cluster)WorkflowTemplate with no steps and no
   * {@code entrypoint}, a library of templates that other workflows call.
   */
  public boolean templateLibrary() {
    return !library && runs.isEmpty() && steps().isEmpty() && entrypoint.isEmpty() && kind != Kind.WORKFLOW
        && kind != Kind.CRON_WORKFLOW;
  }

  /** The nested graph {@code onExit} names, when it names one. */
  public Optional<WorkflowModel> exitGraph() {
    return onExit.flatMap(exit -> graphs.stream().filter(graph -> graph.name().value().equals(exit.value())).findFirst());
  }

  /** The class's simple name, as the user reads it in messages. */
  public String simpleName() {
    return String.join(".", className.simpleNames());
  }

  /** Whether the runner can create an instance of the class to call instance scripts. */
  public enum ConstructorAccess {
    /** A non-abstract top-level or static nested class with an accessible no-argument constructor. */
    AVAILABLE,
    /** Abstract, an interface, an inner (non-static) class, or no accessible no-argument constructor. */
    UNAVAILABLE
  }

  /** A copy to change: {@code model.toBuilder().scripts(resolved).build()}. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.site = site;
    builder.className = className;
    builder.runnerName = runnerName;
    builder.name = name;
    builder.nameGiven = nameGiven;
    builder.kind = kind;
    builder.style = style;
    builder.image = image;
    builder.schedules = schedules;
    builder.timezone = timezone;
    builder.onExit = onExit;
    builder.serviceAccount = serviceAccount;
    builder.parallelism = parallelism;
    builder.parallelismSite = parallelismSite;
    builder.labels = labels;
    builder.params = params;
    builder.secrets = secrets;
    builder.retry = retry;
    builder.resources = resources;
    builder.scripts = scripts;
    builder.construction = construction;
    builder.isInterface = isInterface;
    builder.reachable = reachable;
    builder.restricted = restricted;
    builder.settings = settings;
    builder.deadline = deadline;
    builder.ttl = ttl;
    builder.podGC = podGC;
    builder.artifactRepository = artifactRepository;
    builder.runs = runs;
    builder.library = library;
    builder.cron = cron;
    builder.resourceSettings = resourceSettings;
    builder.entrypoint = entrypoint;
    builder.templates = templates;
    builder.graphSettings = graphSettings;
    builder.graphs = graphs;
    builder.nested = nested;
    builder.workflowParams = workflowParams;
    builder.graphOutputs = graphOutputs;
    builder.argumentFiles = argumentFiles;
    builder.inputFiles = inputFiles;
    builder.metrics = metrics;
    return builder;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkflowModel}; what is not set is absent (empty, false, zero). */
  public static final class Builder {
    private Site site;
    private ClassName className;
    private ClassName runnerName;
    private Text name;
    private boolean nameGiven;
    private Kind kind = Kind.WORKFLOW;
    private Style style = Style.DAG;
    private Optional<Text> image = Optional.empty();
    private List<Text> schedules = List.of();
    private Optional<Text> timezone = Optional.empty();
    private Optional<Text> onExit = Optional.empty();
    private Optional<Text> serviceAccount = Optional.empty();
    private int parallelism;
    private Site parallelismSite;
    private List<Parsed<KeyValue>> labels = List.of();
    private List<ParamModel> params = List.of();
    private List<SecretModel> secrets = List.of();
    private Optional<RetryModel> retry = Optional.empty();
    private Optional<ResourcesModel> resources = Optional.empty();
    private List<ScriptModel> scripts = List.of();
    private ConstructorAccess construction = ConstructorAccess.UNAVAILABLE;
    private boolean isInterface;
    private boolean reachable;
    private boolean restricted;
    private PodSettings settings = PodSettings.NONE;
    private Optional<Parsed<Duration>> deadline = Optional.empty();
    private Optional<Parsed<Duration>> ttl = Optional.empty();
    private String podGC = "NONE";
    private Optional<Parsed<KeyRef>> artifactRepository = Optional.empty();
    private Optional<RunsModel> runs = Optional.empty();
    private boolean library;
    private CronSettings cron = CronSettings.NONE;
    private WorkflowSettings resourceSettings = WorkflowSettings.NONE;
    private Optional<Text> entrypoint = Optional.empty();
    private List<ScriptModel> templates = List.of();
    private GraphSettings graphSettings = GraphSettings.NONE;
    private List<WorkflowModel> graphs = List.of();
    private boolean nested;
    private List<ParamModel> workflowParams = List.of();
    private List<GraphOutputModel> graphOutputs = List.of();
    private List<InputModel> argumentFiles = List.of();
    private List<ParamModel> inputFiles = List.of();
    private List<MetricModel> metrics = List.of();

    private Builder() {}
    public Builder site(Site site) { this.site = site; return this; }
    public Builder className(ClassName className) { this.className = className; return this; }
    public Builder runnerName(ClassName runnerName) { this.runnerName = runnerName; return this; }
    public Builder name(Text name) { this.name = name; return this; }
    public Builder nameGiven(boolean nameGiven) { this.nameGiven = nameGiven; return this; }
    public Builder kind(Kind kind) { this.kind = kind; return this; }
    public Builder style(Style style) { this.style = style; return this; }
    public Builder image(Optional<Text> image) { this.image = image; return this; }
    public Builder schedules(List<Text> schedules) { this.schedules = schedules; return this; }
    public Builder timezone(Optional<Text> timezone) { this.timezone = timezone; return this; }
    public Builder onExit(Optional<Text> onExit) { this.onExit = onExit; return this; }
    public Builder serviceAccount(Optional<Text> serviceAccount) { this.serviceAccount = serviceAccount; return this; }
    public Builder parallelism(int parallelism) { this.parallelism = parallelism; return this; }
    public Builder parallelismSite(Site parallelismSite) { this.parallelismSite = parallelismSite; return this; }
    public Builder labels(List<Parsed<KeyValue>> labels) { this.labels = labels; return this; }
    public Builder params(List<ParamModel> params) { this.params = params; return this; }
    public Builder secrets(List<SecretModel> secrets) { this.secrets = secrets; return this; }
    public Builder retry(Optional<RetryModel> retry) { this.retry = retry; return this; }
    public Builder resources(Optional<ResourcesModel> resources) { this.resources = resources; return this; }
    public Builder scripts(List<ScriptModel> scripts) { this.scripts = scripts; return this; }
    public Builder construction(ConstructorAccess construction) { this.construction = construction; return this; }
    public Builder isInterface(boolean isInterface) { this.isInterface = isInterface; return this; }
    public Builder reachable(boolean reachable) { this.reachable = reachable; return this; }
    public Builder restricted(boolean restricted) { this.restricted = restricted; return this; }
    public Builder settings(PodSettings settings) { this.settings = settings; return this; }
    public Builder deadline(Optional<Parsed<Duration>> deadline) { this.deadline = deadline; return this; }
    public Builder ttl(Optional<Parsed<Duration>> ttl) { this.ttl = ttl; return this; }
    public Builder podGC(String podGC) { this.podGC = podGC; return this; }
    public Builder artifactRepository(Optional<Parsed<KeyRef>> artifactRepository) { this.artifactRepository = artifactRepository; return this; }
    public Builder runs(Optional<RunsModel> runs) { this.runs = runs; return this; }
    public Builder library(boolean library) { this.library = library; return this; }
    public Builder cron(CronSettings cron) { this.cron = cron; return this; }
    public Builder resourceSettings(WorkflowSettings resourceSettings) { this.resourceSettings = resourceSettings; return this; }
    public Builder entrypoint(Optional<Text> entrypoint) { this.entrypoint = entrypoint; return this; }
    public Builder templates(List<ScriptModel> templates) { this.templates = templates; return this; }
    public Builder graphSettings(GraphSettings graphSettings) { this.graphSettings = graphSettings; return this; }
    public Builder graphs(List<WorkflowModel> graphs) { this.graphs = graphs; return this; }
    public Builder nested(boolean nested) { this.nested = nested; return this; }
    public Builder workflowParams(List<ParamModel> workflowParams) { this.workflowParams = workflowParams; return this; }
    public Builder graphOutputs(List<GraphOutputModel> graphOutputs) { this.graphOutputs = graphOutputs; return this; }
    public Builder argumentFiles(List<InputModel> argumentFiles) { this.argumentFiles = argumentFiles; return this; }
    public Builder inputFiles(List<ParamModel> inputFiles) { this.inputFiles = inputFiles; return this; }
    public Builder metrics(List<MetricModel> metrics) { this.metrics = metrics; return this; }

    public WorkflowModel build() {
      return new WorkflowModel(
          site, className, runnerName, name, nameGiven, kind, style, image, schedules, timezone, onExit,
          serviceAccount, parallelism, parallelismSite, labels, params, secrets, retry, resources, scripts,
          construction, isInterface, reachable, restricted, settings, deadline, ttl, podGC, artifactRepository, runs,
          library, cron, resourceSettings, entrypoint, templates, graphSettings, graphs, nested,
          workflowParams, graphOutputs, argumentFiles, inputFiles, metrics);
    }
  }
}
