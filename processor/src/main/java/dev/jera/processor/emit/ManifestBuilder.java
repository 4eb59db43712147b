package dev.jera.processor.emit;

import com.squareup.javapoet.ClassName;
import dev.jera.Kind;
import dev.jera.Style;
import dev.jera.processor.Options;
import dev.jera.processor.emit.argo.Arguments;
import dev.jera.processor.emit.argo.Artifact;
import dev.jera.processor.emit.argo.ArtifactRepositoryRef;
import dev.jera.processor.emit.argo.CronWorkflowSpec;
import dev.jera.processor.emit.argo.Dag;
import dev.jera.processor.emit.argo.DagTask;
import dev.jera.processor.emit.argo.EnvVar;
import dev.jera.processor.emit.argo.Inputs;
import dev.jera.processor.emit.argo.Manifest;
import dev.jera.processor.emit.argo.Metadata;
import dev.jera.processor.emit.argo.Outputs;
import dev.jera.processor.emit.argo.Parameter;
import dev.jera.processor.emit.argo.PodSpecParts;
import dev.jera.processor.emit.argo.ResourceRequirements;
import dev.jera.processor.emit.argo.RetryStrategy;
import dev.jera.processor.emit.argo.ScriptTemplate;
import dev.jera.processor.emit.argo.SecurityContexts;
import dev.jera.processor.emit.argo.Sequence;
import dev.jera.processor.emit.argo.Template;
import dev.jera.processor.emit.argo.TemplateRef;
import dev.jera.processor.emit.argo.WorkflowSpec;
import dev.jera.processor.emit.argo.WorkflowStep;
import dev.jera.processor.emit.argo.WorkflowTemplateRef;
import dev.jera.processor.model.CallModel;
import dev.jera.processor.model.ContainerModel;
import dev.jera.processor.model.CronSettings;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.ResourcesModel;
import dev.jera.processor.model.RetryModel;
import dev.jera.processor.model.RunsModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import dev.jera.processor.wiring.StepLookup;
import dev.jera.processor.wiring.WorkflowGraph;
import dev.jera.runner.SecretEnv;
import dev.jera.runner.StepInputs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the Argo resource of a valid workflow. It never validates: the rules have. */
public final class ManifestBuilder {
  /** The DAG or steps template the workflow starts at. */
  public static final String ENTRY_TEMPLATE = "main";

  public static final String VERSION_LABEL = "app.kubernetes.io/version";

  private final WorkflowModel workflow;
  private final WorkflowGraph graph;
  private final StepLookup lookup;
  private final Options options;

  public ManifestBuilder(WorkflowModel workflow, WorkflowGraph graph, Options options) {
    this.workflow = workflow;
    this.graph = graph;
    this.lookup = new StepLookup(workflow);
    this.options = options;
  }

  public Manifest build() {
    WorkflowSpec spec = spec();
    String name = workflow.name().value();
    Metadata metadata =
        workflow.kind() == Kind.WORKFLOW
            ? new Metadata(null, name + "-", labels())
            : new Metadata(name, null, labels());
    if (workflow.kind() != Kind.CRON_WORKFLOW) {
      return new Manifest(Manifest.API_VERSION, kindName(workflow.kind()), metadata, spec);
    }
    CronSettings cron = workflow.cron();
    List<String> schedules = new ArrayList<>();
    for (Text schedule : workflow.schedules()) {
      schedules.add(schedule.value());
    }
    return new Manifest(
        Manifest.API_VERSION,
        kindName(workflow.kind()),
        metadata,
        new CronWorkflowSpec(
            schedules,
            workflow.timezone().map(Text::value).orElse(null),
            cron.concurrencyPolicy().map(Text::value).orElse(null),
            cron.startingDeadlineSeconds().map(CronSettings.Number::value).orElse(null),
            cron.successfulJobsHistoryLimit().map(CronSettings.Number::value).orElse(null),
            cron.failedJobsHistoryLimit().map(CronSettings.Number::value).orElse(null),
            cron.suspend().filter(CronSettings.Flag::value).map(flag -> true).orElse(null),
            cron.when().map(Text::value).orElse(null),
            spec));
  }

  /** The Argo kind's name, e.g. {@code CronWorkflow}. */
  public static String kindName(Kind kind) {
    switch (kind) {
      case WORKFLOW:
        return "Workflow";
      case WORKFLOW_TEMPLATE:
        return "WorkflowTemplate";
      case CLUSTER_WORKFLOW_TEMPLATE:
        return "ClusterWorkflowTemplate";
      default:
        return "CronWorkflow";
    }
  }

  private Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Text label : workflow.labels()) {
      PodSyntax.keyValue(label.value()).ifPresent(pair -> labels.put(pair.getKey(), pair.getValue()));
    }
    options.appVersion().ifPresent(version -> labels.put(VERSION_LABEL, version));
    return labels.isEmpty() ? null : labels;
  }

  private WorkflowSpec spec() {
    if (workflow.runs().isPresent() && workflow.runs().get().target() instanceof RunsModel.Resolved) {
      return templateRun((RunsModel.Resolved) workflow.runs().get().target());
    }
    List<Template> templates = new ArrayList<>();
    templates.add(workflow.style() == Style.STEPS ? stepsTemplate() : dagTemplate());
    Map<String, ScriptModel> libraryTemplates = new LinkedHashMap<>();
    for (ScriptModel script : workflow.scripts()) {
      Optional<CallModel.Callee> callee = callee(script);
      if (callee.isEmpty()) {
        templates.add(scriptTemplate(script, workflow.runnerName()));
      } else if (callee.get().isLibrary() && !libraryTemplates.containsKey(callee.get().template())) {
        // A library script's template is written once, however many steps call it.
        libraryTemplates.put(callee.get().template(), callee.get().libraryScript().orElseThrow());
        templates.add(scriptTemplate(callee.get().libraryScript().get(), callee.get().libraryRunner().orElseThrow()));
      }
    }
    var placement = workflow.settings().placement();
    return new WorkflowSpec(
        null,
        ENTRY_TEMPLATE,
        graph.exitHandler().map(exit -> exit.name().value()).orElse(null),
        workflow.serviceAccount().map(Text::value).orElse(null),
        workflow.parallelism() > 0 ? workflow.parallelism() : null,
        PodSettingsWriter.seconds(workflow.deadline()),
        workflow.ttl().map(ttl -> new PodSpecParts.TtlStrategy(PodSettingsWriter.seconds(workflow.ttl()))).orElse(null),
        PodSettingsWriter.podGc(workflow.podGC()),
        workflow.restricted() ? SecurityContexts.Pod.restricted(options.runAsUser()) : null,
        PodSettingsWriter.nodeSelector(placement),
        PodSettingsWriter.tolerations(placement),
        PodSettingsWriter.affinity(placement),
        PodSettingsWriter.priorityClass(placement),
        PodSettingsWriter.imagePullSecrets(placement),
        PodSettingsWriter.synchronization(workflow.settings().sync()),
        PodSettingsWriter.volumes(workflow),
        PodSettingsWriter.claimTemplates(workflow),
        workflow.artifactRepository().map(ref -> EnvVar.KeyRef.of(ref.value()))
            .map(ref -> new ArtifactRepositoryRef(ref.name(), ref.key())).orElse(null),
        workflow.params().isEmpty() ? null : new Arguments(workflowArguments()),
        templates);
  }

  /** A workflow that runs a template: the reference and the arguments, no templates of its own. */
  private WorkflowSpec templateRun(RunsModel.Resolved template) {
    return new WorkflowSpec(
        new WorkflowTemplateRef(template.name(), template.kind().equals("ClusterWorkflowTemplate") ? true : null),
        null, null,
        workflow.serviceAccount().map(Text::value).orElse(null),
        workflow.parallelism() > 0 ? workflow.parallelism() : null,
        PodSettingsWriter.seconds(workflow.deadline()),
        workflow.ttl().map(ttl -> new PodSpecParts.TtlStrategy(PodSettingsWriter.seconds(workflow.ttl()))).orElse(null),
        PodSettingsWriter.podGc(workflow.podGC()),
        null, null, null, null, null, null, null, null, null, null,
        workflow.params().isEmpty() ? null : new Arguments(workflowArguments()),
        null);
  }

  private List<Parameter> workflowArguments() {
    List<Parameter> parameters = new ArrayList<>();
    for (ParamModel param : workflow.params()) {
      List<String> allowed = new ArrayList<>();
      for (Text value : param.allowed()) {
        allowed.add(value.value());
      }
      parameters.add(
          new Parameter(
              param.name().value(),
              param.defaultValue().map(Text::value).orElse(null),
              null,
              allowed.isEmpty() ? null : allowed,
              param.description().map(Text::value).orElse(null)));
    }
    return parameters;
  }

  private Template dagTemplate() {
    List<DagTask> tasks = new ArrayList<>();
    for (WorkflowGraph.Node node : graph.nodes()) {
      ScriptModel script = node.script();
      List<String> dependencies = new ArrayList<>();
      for (ScriptModel dependency : node.dependsOn()) {
        dependencies.add(dependency.name().value());
      }
      String depends =
          script.depends().map(written -> written.value().strip())
              .orElse(dependencies.isEmpty() ? null : String.join(" && ", dependencies));
      tasks.add(
          new DagTask(
              script.name().value(),
              templateName(script),
              templateRef(script),
              depends,
              stepArguments(script, "tasks"),
              withParam(script, "tasks"),
              withItems(script),
              withSequence(script),
              script.when().map(Text::value).orElse(null)));
    }
    return Template.dag(ENTRY_TEMPLATE, new Dag(tasks));
  }

  private Template stepsTemplate() {
    List<List<WorkflowStep>> groups = new ArrayList<>();
    for (List<ScriptModel> group : graph.groups()) {
      List<WorkflowStep> steps = new ArrayList<>();
      for (ScriptModel script : group) {
        steps.add(
            new WorkflowStep(
                script.name().value(),
                templateName(script),
                templateRef(script),
                stepArguments(script, "steps"),
                withParam(script, "steps"),
                withItems(script),
                withSequence(script),
                script.when().map(Text::value).orElse(null)));
      }
      groups.add(steps);
    }
    return Template.steps(ENTRY_TEMPLATE, groups);
  }

  /** The template a step runs in this workflow: its own, or a library's; none for a templateRef. */
  private static String templateName(ScriptModel script) {
    Optional<CallModel.Callee> callee = callee(script);
    if (callee.isEmpty()) {
      return script.name().value();
    }
    return callee.get().isLibrary() ? callee.get().template() : null;
  }

  private static TemplateRef templateRef(ScriptModel script) {
    return callee(script)
        .filter(callee -> !callee.isLibrary())
        .map(callee -> new TemplateRef(callee.workflowName(), callee.template(), callee.isCluster() ? true : null))
        .orElse(null);
  }

  private static Optional<CallModel.Callee> callee(ScriptModel script) {
    return script.call()
        .map(CallModel::target)
        .filter(target -> target instanceof CallModel.Resolved)
        .map(target -> ((CallModel.Resolved) target).callee());
  }

  private String withParam(ScriptModel script, String root) {
    return script.forEach()
        .flatMap(ref -> lookup.find(ref.value()))
        .map(producer -> result(root, producer))
        .orElse(null);
  }

  private static List<Object> withItems(ScriptModel script) {
    if (script.items().isEmpty()) {
      return null;
    }
    boolean json = script.inputs().stream()
        .anyMatch(input -> input.source() instanceof InputSource.Item && !input.type().isString());
    List<Object> items = new ArrayList<>();
    for (Text item : script.items()) {
      items.add(json ? ItemValues.asJson(item.value()) : item.value());
    }
    return items;
  }

  private static Sequence withSequence(ScriptModel script) {
    return script.sequence()
        .map(sequence -> new Sequence(
            sequence.count().map(Text::value).orElse(null),
            sequence.start().map(Text::value).orElse(null),
            sequence.end().map(Text::value).orElse(null),
            sequence.format().map(Text::value).orElse(null)))
        .orElse(null);
  }

  private static String result(String root, ScriptModel producer) {
    return "{{" + root + "." + producer.name().value() + ".outputs.result}}";
  }

  /**
   * What a step passes to its template: a parameter per input that is a value, an artifact per file
   * another step returned. Secrets and files from outside reach the template by themselves.
   */
  private Arguments stepArguments(ScriptModel script, String root) {
    List<Parameter> parameters = new ArrayList<>();
    List<Artifact> artifacts = new ArrayList<>();
    for (InputModel input : script.inputs()) {
      InputSource source = input.source();
      if (input.isArtifact()) {
        if (source instanceof InputSource.FromStep) {
          lookup.find(((InputSource.FromStep) source).ref().value())
              .ifPresent(producer -> artifacts.add(Artifact.from(
                  input.name(), "{{" + root + "." + producer.name().value() + ".outputs.artifacts." + RESULT + "}}")));
        }
        continue;
      }
      valueOf(input, root).ifPresent(value -> parameters.add(Parameter.of(input.name(), value)));
    }
    if (parameters.isEmpty() && artifacts.isEmpty()) {
      return null;
    }
    return new Arguments(parameters.isEmpty() ? null : parameters, artifacts.isEmpty() ? null : artifacts);
  }

  /** Where a step finds input file {@code name} and leaves the file it returns: the runner's convention. */
  static String inputPath(String name) {
    return StepInputs.ARTIFACTS_ROOT + "/inputs/" + name;
  }

  static final String RESULT = "result";

  static final String OUTPUT_PATH = StepInputs.ARTIFACTS_ROOT + "/outputs/" + RESULT;

  private static Artifact inputArtifact(InputModel input) {
    InputSource source = input.source();
    if (!(source instanceof InputSource.External)) {
      return Artifact.at(input.name(), inputPath(input.name()));
    }
    InputSource.External external = (InputSource.External) source;
    String path = inputPath(input.name());
    switch (external.kind()) {
      case "http":
        return new Artifact(input.name(), path, null, null, new Artifact.Http(text(external, "value")), null, null, null);
      case "git":
        return new Artifact(input.name(), path, null, null, null,
            new Artifact.Git(
                text(external, "repo"), text(external, "revision"),
                external.attribute("depth").map(depth -> Long.parseLong(depth.value())).orElse(null),
                secretRef(external, "usernameSecret"), secretRef(external, "passwordSecret"),
                secretRef(external, "sshPrivateKeySecret")),
            null, null);
      case "s3":
        return new Artifact(input.name(), path, null, null, null, null,
            new Artifact.S3(
                text(external, "endpoint"), text(external, "bucket"), text(external, "region"), text(external, "key"),
                secretRef(external, "accessKeySecret"), secretRef(external, "secretKeySecret")),
            null);
      default:
        return new Artifact(input.name(), path, null, null, null, null, null,
            new Artifact.Gcs(text(external, "bucket"), text(external, "key"), secretRef(external, "serviceAccountKeySecret")));
    }
  }

  private static String text(InputSource.External external, String attribute) {
    return external.attribute(attribute).map(Text::value).orElse(null);
  }

  /** A {@code "secret/key"} attribute as a Secret key reference. */
  private static EnvVar.KeyRef secretRef(InputSource.External external, String attribute) {
    return external.attribute(attribute).map(text -> EnvVar.KeyRef.of(text.value())).orElse(null);
  }

  private static Outputs outputs(ScriptModel script) {
    if (!script.returnsArtifact()) {
      return null;
    }
    Artifact.Archive archive = script.archive().map(given -> {
      switch (given.format()) {
        case "NONE":
          return new Artifact.Archive(Map.of(), null, null);
        case "ZIP":
          return new Artifact.Archive(null, null, Map.of());
        default:
          return new Artifact.Archive(null, new Artifact.Tar(given.compressionLevel() >= 0 ? given.compressionLevel() : null), null);
      }
    }).orElse(null);
    return new Outputs(List.of(new Artifact(RESULT, OUTPUT_PATH, null, archive, null, null, null, null)));
  }

  /** The Argo expression an input's value comes from; empty for a secret. */
  private Optional<String> valueOf(InputModel input, String root) {
    InputSource source = input.source();
    if (source instanceof InputSource.Parameter) {
      return Optional.of("{{workflow.parameters." + ((InputSource.Parameter) source).name().value() + "}}");
    }
    if (source instanceof InputSource.FromStep) {
      return lookup.find(((InputSource.FromStep) source).ref().value()).map(producer -> result(root, producer));
    }
    if (source instanceof InputSource.Item) {
      return Optional.of("{{item}}");
    }
    if (source instanceof InputSource.Value) {
      return Optional.of(((InputSource.Value) source).template().value());
    }
    return Optional.empty();
  }

  private Template scriptTemplate(ScriptModel script, ClassName runner) {
    boolean exitHandler = graph.exitHandler().filter(exit -> exit == script).isPresent();
    List<Parameter> inputs = new ArrayList<>();
    List<Artifact> artifacts = new ArrayList<>();
    List<EnvVar> env = PodSettingsWriter.env(workflow, script);
    for (InputModel input : script.inputs()) {
      InputSource source = input.source();
      if (input.isArtifact()) {
        artifacts.add(inputArtifact(input));
      } else if (source instanceof InputSource.Secret) {
        Text secret = ((InputSource.Secret) source).secret().name();
        Text key = ((InputSource.Secret) source).secret().key();
        env.add(EnvVar.fromSecret(SecretEnv.variable(secret.value(), key.value()), secret.value(), key.value()));
      } else if (exitHandler) {
        // The exit handler is called by name, with no arguments: its inputs carry their own values.
        inputs.add(Parameter.of(input.name(), valueOf(input, "tasks").orElseThrow()));
      } else {
        inputs.add(Parameter.named(input.name()));
      }
    }
    var placement = script.settings().placement();
    ScriptTemplate container = container(script, env, runner);
    return new Template(
        script.name().value(),
        inputs.isEmpty() && artifacts.isEmpty()
            ? null
            : new Inputs(inputs.isEmpty() ? null : inputs, artifacts.isEmpty() ? null : artifacts),
        outputs(script),
        script.timeout().map(Text::value).orElse(null),
        retry(script.retry().or(workflow::retry)),
        PodSettingsWriter.nodeSelector(placement),
        PodSettingsWriter.tolerations(placement),
        PodSettingsWriter.affinity(placement),
        PodSettingsWriter.priorityClass(placement),
        PodSettingsWriter.synchronization(script.settings().sync()),
        script.memoize().map(memoize -> new PodSpecParts.Memoize(
            memoize.key().value(),
            memoize.maxAge().map(Text::value).orElse(""),
            new PodSpecParts.Cache(new PodSpecParts.Named(memoize.cache().value())))).orElse(null),
        null,
        null,
        script.isContainer() ? null : container,
        script.isContainer() ? container : null);
  }

  /** The container of a step: the runner for a script, the user's command for a container step. */
  private ScriptTemplate container(ScriptModel script, List<EnvVar> env, ClassName runner) {
    List<String> command;
    List<String> args = new ArrayList<>();
    String image;
    if (script.isContainer()) {
      ContainerModel given = script.container().get();
      image = given.image().value();
      command = texts(given.command());
      args.addAll(texts(given.args()));
    } else {
      image = image(script);
      command = List.of("java");
      args.addAll(Arrays.asList(options.javaOptions().split("\\s+")));
      args.removeIf(String::isEmpty);
      args.addAll(List.of("-cp", options.classpath(), runner.canonicalName(), script.name().value()));
    }
    boolean hasInputs =
        script.inputs().stream().anyMatch(input -> !input.isArtifact() && !(input.source() instanceof InputSource.Secret));
    return new ScriptTemplate(
        image,
        command.isEmpty() ? null : command,
        args.isEmpty() ? null : args,
        env.isEmpty() ? null : env,
        PodSettingsWriter.envFrom(workflow, script),
        PodSettingsWriter.mounts(workflow, script),
        resources(script.resources().or(workflow::resources)),
        workflow.restricted() ? SecurityContexts.Container.RESTRICTED : null,
        script.isContainer() ? null : hasInputs ? "{{inputs.parameters}}" : "[]");
  }

  private static List<String> texts(List<Text> texts) {
    List<String> values = new ArrayList<>();
    for (Text text : texts) {
      values.add(text.value());
    }
    return values;
  }

  private String image(ScriptModel script) {
    return script.image()
        .or(workflow::image)
        .map(Text::value)
        .or(options::image)
        .orElseThrow(() -> new IllegalStateException("no image for " + script.methodName()));
  }

  private static ResourceRequirements resources(Optional<ResourcesModel> found) {
    if (found.isEmpty()) {
      return null;
    }
    ResourcesModel resources = found.get();
    Map<String, String> requests = new LinkedHashMap<>();
    resources.cpu().ifPresent(cpu -> requests.put("cpu", cpu.value()));
    resources.memory().ifPresent(memory -> requests.put("memory", memory.value()));
    Map<String, String> limits = new LinkedHashMap<>();
    resources.cpuLimit().ifPresent(cpu -> limits.put("cpu", cpu.value()));
    resources.memoryLimit().ifPresent(memory -> limits.put("memory", memory.value()));
    if (requests.isEmpty() && limits.isEmpty()) {
      return null;
    }
    return new ResourceRequirements(requests.isEmpty() ? null : requests, limits.isEmpty() ? null : limits);
  }

  private static RetryStrategy retry(Optional<RetryModel> found) {
    if (found.isEmpty()) {
      return null;
    }
    RetryModel retry = found.get();
    RetryStrategy.Backoff backoff =
        retry.backoff().isEmpty()
            ? null
            : new RetryStrategy.Backoff(
                retry.backoff().get().value(),
                retry.factor() > 0 ? Integer.toString(retry.factor()) : null,
                retry.maxBackoff().map(Text::value).orElse(null));
    return new RetryStrategy(Integer.toString(retry.limit()), policy(retry.policy()), backoff);
  }

  /** Argo's name of a policy; the default, OnFailure, is left implicit as Argo leaves it. */
  private static String policy(String constant) {
    switch (constant) {
      case "ALWAYS":
        return "Always";
      case "ON_ERROR":
        return "OnError";
      case "ON_TRANSIENT_ERROR":
        return "OnTransientError";
      default:
        return null;
    }
  }
}
