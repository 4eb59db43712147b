package dev.jera.processor.emit;

import com.squareup.javapoet.ClassName;
import dev.jera.Kind;
import dev.jera.Style;
import dev.jera.processor.emit.argo.Absent;
import dev.jera.processor.emit.argo.Arguments;
import dev.jera.processor.emit.argo.Artifact;
import dev.jera.processor.emit.argo.ArtifactRepositoryRef;
import dev.jera.processor.emit.argo.ContainerSetTemplate;
import dev.jera.processor.emit.argo.ContinueOn;
import dev.jera.processor.emit.argo.CronWorkflowSpec;
import dev.jera.processor.emit.argo.Dag;
import dev.jera.processor.emit.argo.DataTemplate;
import dev.jera.processor.emit.argo.DagTask;
import dev.jera.processor.emit.argo.EnvVar;
import dev.jera.processor.emit.argo.GraphOutputs;
import dev.jera.processor.emit.argo.Inputs;
import dev.jera.processor.emit.argo.Outputs;
import dev.jera.processor.emit.argo.LifecycleHook;
import dev.jera.processor.emit.argo.Manifest;
import dev.jera.processor.emit.argo.Metadata;
import dev.jera.processor.emit.argo.Parameter;
import dev.jera.processor.emit.argo.PodSpecParts;
import dev.jera.processor.emit.argo.Probe;
import dev.jera.processor.emit.argo.ResourceRequirements;
import dev.jera.processor.emit.argo.RetryStrategy;
import dev.jera.processor.emit.argo.ResourceTemplate;
import dev.jera.processor.emit.argo.ScriptTemplate;
import dev.jera.processor.emit.argo.SecurityContexts;
import dev.jera.processor.emit.argo.Sequence;
import dev.jera.processor.emit.argo.Template;
import dev.jera.processor.emit.argo.UserContainer;
import dev.jera.processor.emit.argo.TemplateRef;
import dev.jera.processor.emit.argo.WorkflowSpec;
import dev.jera.processor.emit.argo.WorkflowStep;
import dev.jera.processor.emit.argo.WorkflowTemplateRef;
import dev.jera.processor.model.CallModel;
import dev.jera.processor.model.ContainerModel;
import dev.jera.processor.model.DaemonModel;
import dev.jera.processor.model.ContainerSetModel;
import dev.jera.processor.model.ResourceModel;
import dev.jera.processor.model.CronSettings;
import dev.jera.processor.model.GraphOutputModel;
import dev.jera.processor.model.GraphOutputTypes;
import dev.jera.processor.model.GraphSettings;
import dev.jera.processor.model.HookModel;
import dev.jera.processor.model.DataModel;
import dev.jera.processor.model.DataSource;
import dev.jera.processor.model.ForEachTag;
import dev.jera.processor.model.HttpHeader;
import dev.jera.processor.model.HttpRequestModel;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.MemoizeModel;
import dev.jera.processor.model.ForEachParameter;
import dev.jera.processor.model.ItemFields;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.KeyValue;
import dev.jera.processor.model.ManifestNames;
import dev.jera.processor.model.Options;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.KeyRef;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.ResourcesModel;
import dev.jera.processor.model.RetryModel;
import dev.jera.processor.model.RunsModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.SecretHeader;
import dev.jera.processor.model.SidecarModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import dev.jera.processor.wiring.StepLookup;
import dev.jera.processor.wiring.Wiring;
import dev.jera.processor.wiring.WorkflowGraph;
import dev.jera.runner.SecretEnv;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the Argo resource of a valid workflow. It never validates and never parses: the rules have
 * checked, and the model holds every value parsed. A reference that does not resolve here is a bug,
 * not a value to leave out.
 */
public final class ManifestBuilder {
  private final WorkflowModel workflow;
  private final WorkflowGraph graph;
  private final StepLookup lookup;
  private final Options options;
  /** The words of {@code -Ajera.javaOptions}, which every Java step's command starts with. */
  private final List<String> javaOptions;

  public ManifestBuilder(WorkflowModel workflow, WorkflowGraph graph, Options options) {
    this.workflow = workflow;
    this.graph = graph;
    this.lookup = new StepLookup(workflow);
    this.options = options;
    this.javaOptions = Arrays.stream(options.javaOptions().split("\\s+")).filter(word -> !word.isEmpty()).toList();
  }

  public Manifest build() {
    WorkflowSpec spec = spec();
    String name = workflow.name().value();
    String kind = ManifestNames.kind(workflow.kind());
    Map<String, String> annotations = PodSettingsWriter.pairs(workflow.resourceSettings().annotations());
    Metadata metadata =
        workflow.kind() == Kind.WORKFLOW && !workflow.resourceSettings().fixedName()
            ? Metadata.generated(name + "-", labels(), annotations)
            : Metadata.named(name, labels(), annotations);
    if (workflow.kind() != Kind.CRON_WORKFLOW) {
      return new Manifest(Manifest.API_VERSION, kind, metadata, spec);
    }
    CronSettings cron = workflow.cron();
    return new Manifest(
        Manifest.API_VERSION,
        kind,
        metadata,
        CronWorkflowSpec.builder()
            .schedules(texts(workflow.schedules()))
            .timezone(workflow.timezone().map(Text::value).orElse(null))
            .concurrencyPolicy(cron.concurrencyPolicy().map(Text::value).orElse(null))
            .startingDeadlineSeconds(cron.startingDeadlineSeconds().map(CronSettings.Number::value).orElse(null))
            .successfulJobsHistoryLimit(cron.successfulJobsHistoryLimit().map(CronSettings.Number::value).orElse(null))
            .failedJobsHistoryLimit(cron.failedJobsHistoryLimit().map(CronSettings.Number::value).orElse(null))
            // Written only when true: false is Argo's default.
            .suspend(cron.suspend().filter(CronSettings.Flag::value).map(flag -> true).orElse(null))
            .when(cron.when().map(Text::value).orElse(null))
            .stopStrategy(cron.stopStrategy().map(stop -> new CronWorkflowSpec.StopStrategy(stop.value())).orElse(null))
            .workflowSpec(spec)
            .build());
  }

  private Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Parsed<KeyValue> label : workflow.labels()) {
      labels.put(label.value().key(), label.value().value());
    }
    options.appVersion().ifPresent(version -> labels.put(ManifestNames.VERSION_LABEL, version));
    return Absent.ifEmpty(labels);
  }

  private WorkflowSpec spec() {
    WorkflowSpec.Builder spec = WorkflowSpec.builder()
        .serviceAccountName(workflow.serviceAccount().map(Text::value).orElse(null))
        .parallelism(workflow.parallelism() > 0 ? workflow.parallelism() : null)
        .activeDeadlineSeconds(workflow.deadline().map(deadline -> deadline.value().toSeconds()).orElse(null))
        .ttlStrategy(WorkflowSettingsWriter.ttlStrategy(workflow))
        .podGC(PodSettingsWriter.podGc(workflow.podGC(), workflow.resourceSettings()))
        .artifactGC(workflow.resourceSettings().artifactGC().map(gc -> new Artifact.ArtifactGC(gc.value())).orElse(null))
        .archiveLogs(workflow.resourceSettings().archiveLogs().map(CronSettings.Flag::value).orElse(null))
        .priority(workflow.resourceSettings().priority().map(CronSettings.Number::value).orElse(null))
        .podDisruptionBudget(WorkflowSettingsWriter.disruptionBudget(workflow.resourceSettings()))
        .workflowMetadata(WorkflowSettingsWriter.workflowMetadata(workflow.resourceSettings()))
        .arguments(workflow.params().isEmpty() && argumentFiles().isEmpty()
            ? null : new Arguments(Absent.ifEmpty(workflowArguments()), Absent.ifEmpty(argumentFiles())))
        .metrics(MetricsWriter.metrics(workflow.workflowMetrics()));
    if (workflow.runs().isPresent()) {
      // A workflow that runs a template: the reference and the arguments, no templates of its own.
      RunsModel.Resolved template = resolved(workflow.runs().get());
      return spec
          .entrypoint(workflow.entrypoint().map(Text::value).orElse(null))
          .workflowTemplateRef(new WorkflowTemplateRef(template.name(), clusterScope(template.kind())))
          .build();
    }
    var placement = workflow.settings().placement();
    return spec
        .entrypoint(workflow.templateLibrary() ? null : workflow.entryName())
        .onExit(graph.exitHandler().map(exit -> exit.name().value())
            .or(() -> workflow.exitGraph().map(exit -> exit.name().value())).orElse(null))
        .hooks(hooks(Optional.empty(), workflow.style() == Style.STEPS ? "steps" : "tasks"))
        .securityContext(workflow.restricted() ? SecurityContexts.Pod.restricted(options.runAsUser()) : null)
        .nodeSelector(PodSettingsWriter.nodeSelector(placement))
        .tolerations(PodSettingsWriter.tolerations(placement))
        .affinity(PodSettingsWriter.affinity(placement))
        .podPriorityClassName(PodSettingsWriter.priorityClass(placement))
        .imagePullSecrets(PodSettingsWriter.imagePullSecrets(placement))
        .podMetadata(PodSettingsWriter.podMetadata(placement))
        .dnsConfig(PodSettingsWriter.dnsConfig(placement))
        .resourceClaims(PodSettingsWriter.resourceClaims(placement))
        .podResources(resources(workflow.settings().podResources()))
        .podSpecPatch(PodSettingsWriter.specPatch(placement))
        .synchronization(PodSettingsWriter.synchronization(workflow.settings().sync()))
        .volumes(PodSettingsWriter.volumes(workflow))
        .volumeClaimTemplates(PodSettingsWriter.claimTemplates(workflow))
        .artifactRepositoryRef(workflow.artifactRepository()
            .map(ref -> new ArtifactRepositoryRef(
                ref.value().name().isEmpty() ? null : ref.value().name(), ref.value().key())).orElse(null))
        .templates(templates())
        .build();
  }

  /**
   * The steps' graph (when the class has steps), then one per script: its own, or, once, the library
   * template it calls; then the {@code @Template}s, in source order.
   */
  private List<Template> templates() {
    List<Template> templates = new ArrayList<>();
    if (!workflow.steps().isEmpty()) {
      templates.add(graphTemplate());
    }
    List<String> libraryTemplates = new ArrayList<>();
    podTemplates(templates, libraryTemplates);
    for (ScriptModel template : workflow.templates()) {
      templates.add(scriptTemplate(template, workflow.runnerName()));
    }
    // The nested graphs, each followed by its steps' own templates.
    for (WorkflowModel nested : workflow.graphs()) {
      ManifestBuilder builder = new ManifestBuilder(nested, Wiring.of(nested), options);
      templates.add(builder.graphTemplate());
      builder.podTemplates(templates, libraryTemplates);
    }
    return templates;
  }

  /** A data template: its source's location as {@code artifactPaths}, named as its input would be. */
  private static DataTemplate data(DataModel data, Optional<InputModel> source) {
    Artifact paths = source.map(input -> Artifact.located(input.name(), null,
        ArtifactLocations.of((InputSource.External) input.sources().stream()
            .filter(s -> s instanceof InputSource.External).findFirst().orElseThrow()))).orElse(null);
    List<DataTemplate.Step> steps = new ArrayList<>();
    for (Text expression : data.transformations()) {
      steps.add(new DataTemplate.Step(expression.value()));
    }
    return new DataTemplate(new DataTemplate.Source(paths), steps);
  }

  private static PodSpecParts.Memoize memoize(MemoizeModel memoize) {
    return new PodSpecParts.Memoize(
        memoize.key().value(),
        memoize.maxAge().map(Parsed::accepted).orElse(""),
        new PodSpecParts.Cache(new PodSpecParts.Named(memoize.cache().value())));
  }

  /** The class's graph: a {@code dag} or {@code steps} template, with a nested graph's inputs and memoization. */
  private Template graphTemplate() {
    Template.Builder template = workflow.style() == Style.STEPS ? stepsTemplate() : dagTemplate();
    workflow.graphSettings().memoize().ifPresent(memoize -> template.memoize(memoize(memoize)));
    if (workflow.nested() && (!workflow.params().isEmpty() || !workflow.inputFiles().isEmpty())) {
      List<Parameter> inputs = new ArrayList<>();
      for (ParamModel param : workflow.params()) {
        inputs.add(new Parameter(
            param.name().value(),
            null,
            param.defaultValue().map(Text::value).orElse(null),
            Absent.ifEmpty(texts(param.allowed())),
            param.description().map(Text::value).orElse(null)));
      }
      // A graph's input file has no path: the graph hands it on to its steps by reference.
      List<Artifact> files = new ArrayList<>();
      for (ParamModel file : workflow.inputFiles()) {
        files.add(Artifact.at(file.name().value(), null));
      }
      template.inputs(new Inputs(Absent.ifEmpty(inputs), Absent.ifEmpty(files)));
    }
    if (!workflow.graphOutputs().isEmpty()) {
      template.outputs(graphOutputs());
    }
    template.metrics(MetricsWriter.metrics(workflow.graphMetrics()));
    return template.build();
  }

  /** A graph's outputs: each a tag of its step's output ({@code valueFrom.parameter}, {@code from}) or an expression. */
  private Outputs graphOutputs() {
    String root = workflow.style() == Style.STEPS ? "steps" : "tasks";
    List<GraphOutputs.Parameter> parameters = new ArrayList<>();
    List<GraphOutputs.Artifact> artifacts = new ArrayList<>();
    for (GraphOutputModel output : workflow.graphOutputs()) {
      String name = output.name().value();
      String expression = output.expression().map(Text::value).orElse(null);
      boolean file = GraphOutputTypes.isFile(output, workflow);
      String tag = output.from().map(from -> "{{" + root + "." + from.value() + ".outputs."
          + (file ? "artifacts." + output.output().map(Text::value).orElse(Artifacts.RESULT)
              : output.output().map(named -> "parameters." + named.value()).orElse("result"))
          + "}}").orElse(null);
      if (file) {
        artifacts.add(new GraphOutputs.Artifact(name, tag, expression));
      } else {
        parameters.add(new GraphOutputs.Parameter(name,
            new GraphOutputs.ValueFrom(tag, expression, output.defaultValue().map(Text::value).orElse(null))));
      }
    }
    return new Outputs(Absent.ifEmpty(parameters), Absent.ifEmpty(artifacts));
  }

  /** One template per script that runs a pod of its own, and once each library template a step calls. */
  private void podTemplates(List<Template> templates, List<String> libraryTemplates) {
    for (ScriptModel script : workflow.scripts()) {
      Optional<CallModel.Callee> callee = callee(script);
      if (callee.isEmpty()) {
        templates.add(scriptTemplate(script, workflow.runnerName()));
      } else if (callee.get().isLibrary() && !libraryTemplates.contains(callee.get().template())) {
        // A library script's template is written once, however many steps call it.
        libraryTemplates.add(callee.get().template());
        templates.add(scriptTemplate(present(callee.get().libraryScript()), present(callee.get().libraryRunner())));
      }
    }
  }

  /** The members a member waits for, by name ({@code after} may name a member by its method). */
  private static List<String> dependencies(ContainerSetModel set, ScriptModel member) {
    List<String> names = new ArrayList<>();
    for (Text after : member.after()) {
      String name = set.members().stream()
          .filter(other -> other.name().value().equals(after.value()) || other.methodName().equals(after.value()))
          .map(other -> other.name().value()).findFirst()
          .orElseThrow(() -> new IllegalStateException("no member named " + after.value()));
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * A {@code @ContainerSet}'s containers: a Java member runs the runner with its key and its inputs as
   * an argument (a container has no {@code source}), a {@code @Container} member its command.
   */
  private ContainerSetTemplate containerSet(ScriptModel set) {
    ContainerSetModel model = set.containerSet().orElseThrow();
    List<ContainerSetTemplate.Node> containers = new ArrayList<>();
    for (ScriptModel member : model.members()) {
      String image;
      List<String> command;
      List<String> args = new ArrayList<>();
      if (member.isContainer()) {
        ContainerModel given = member.container().get();
        image = given.image().value();
        command = texts(given.command());
        args.addAll(texts(given.args()));
      } else {
        image = image(member);
        command = List.of("java");
        args.addAll(javaOptions);
        boolean hasInputs = member.inputs().stream()
            .anyMatch(input -> !input.isArtifact() && !(input.source() instanceof InputSource.Secret));
        args.addAll(List.of("-cp", options.classpath(), workflow.runnerName().canonicalName(),
            ContainerSetModel.runnerKey(set, member), hasInputs ? "{{inputs.parameters}}" : "[]"));
      }
      List<EnvVar> env = PodSettingsWriter.memberEnv(workflow, set, member);
      for (InputModel input : member.inputs()) {
        if (input.source() instanceof InputSource.Secret secret) {
          String name = secret.secret().name().value();
          String key = secret.secret().key().value();
          env.add(EnvVar.fromSecret(SecretEnv.variable(name, key), name, key));
        }
      }
      containers.add(new ContainerSetTemplate.Node(
          member.name().value(),
          image,
          Absent.ifEmpty(command),
          Absent.ifEmpty(args),
          Absent.ifEmpty(env),
          PodSettingsWriter.envFrom(workflow, set),
          resources(member.resources().or(workflow::resources)),
          workflow.restricted() ? SecurityContexts.Container.RESTRICTED : null,
          Absent.ifEmpty(dependencies(model, member))));
    }
    return new ContainerSetTemplate(PodSettingsWriter.mounts(workflow, set), containers);
  }

  private static Boolean clusterScope(String kind) {
    return kind.equals("ClusterWorkflowTemplate") ? true : null;
  }

  /** {@code spec.arguments.artifacts}: each file component of a {@code @Workflow} record with its location. */
  private List<Artifact> argumentFiles() {
    List<Artifact> files = new ArrayList<>();
    for (InputModel file : workflow.argumentFiles()) {
      if (file.isArtifact() && file.source() instanceof InputSource.External location) {
        files.add(Artifact.located(file.name(), null, ArtifactLocations.of(location)));
      }
    }
    return files;
  }

  private List<Parameter> workflowArguments() {
    List<Parameter> parameters = new ArrayList<>();
    for (ParamModel param : workflow.params()) {
      String defaultValue = param.defaultValue().map(Text::value).orElse(null);
      Parameter.ValueFrom valueFrom = configMapValue(param.configMap(), defaultValue);
      parameters.add(new Parameter(
          param.name().value(),
          valueFrom == null ? defaultValue : null,
          null,
          valueFrom,
          Absent.ifEmpty(texts(param.allowed())),
          param.description().map(Text::value).orElse(null)));
    }
    return parameters;
  }

  /**
   * {@code valueFrom} of a parameter read from a ConfigMap's key ({@code @Param(configMap)}), its
   * {@code defaultValue} taken when the key does not exist; {@code null} for a parameter of no ConfigMap.
   */
  private static Parameter.ValueFrom configMapValue(Optional<Parsed<KeyRef>> configMap, String defaultValue) {
    return configMap.map(Parsed::value)
        .map(ref -> new Parameter.ValueFrom(new EnvVar.KeyRef(ref.name(), ref.key()), defaultValue))
        .orElse(null);
  }

  private Template.Builder dagTemplate() {
    List<DagTask> tasks = new ArrayList<>();
    for (WorkflowGraph.Node node : graph.nodes()) {
      ScriptModel script = node.script();
      List<String> dependencies = new ArrayList<>();
      for (ScriptModel dependency : node.dependsOn()) {
        dependencies.add(dependency.name().value());
      }
      String depends =
          script.depends().map(written -> written.accepted().strip())
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
              script.when().map(Text::value).orElse(null),
              hooks(Optional.of(script), "tasks")));
    }
    GraphSettings settings = workflow.graphSettings();
    return Template.builder()
        .name(workflow.entryName())
        .parallelism(settings.parallelism() > 0 ? settings.parallelism() : null)
        .dag(new Dag(settings.target().map(Text::value).orElse(null), settings.failFastValue(), tasks));
  }

  private Template.Builder stepsTemplate() {
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
                script.when().map(Text::value).orElse(null),
                ContinueOn.of(script.continueOn()),
                hooks(Optional.of(script), "steps")));
      }
      groups.add(steps);
    }
    GraphSettings settings = workflow.graphSettings();
    return Template.builder()
        .name(workflow.entryName())
        .parallelism(settings.parallelism() > 0 ? settings.parallelism() : null)
        .failFast(settings.failFastValue())
        .steps(groups);
  }

  /**
   * The hooks of a step, or with none of the workflow: by name, in source order, each the template its stub
   * calls with the stub's arguments; {@code null} without any.
   */
  private Map<String, LifecycleHook> hooks(Optional<ScriptModel> step, String root) {
    Map<String, LifecycleHook> hooks = new LinkedHashMap<>();
    for (ScriptModel stub : workflow.hooks()) {
      HookModel hook = stub.hook().orElseThrow();
      boolean mine = step.isEmpty()
          ? hook.ofWorkflow()
          : hook.on().stream().anyMatch(on -> lookup.find(on.value()).filter(found -> found == step.get()).isPresent());
      if (mine) {
        hooks.put(hook.name().value(), new LifecycleHook(templateName(stub), templateRef(stub), stepArguments(stub, root),
            hook.expression().map(Text::value).orElse(null)));
      }
    }
    return Absent.ifEmpty(hooks);
  }

  /** The template a step runs in this workflow: its own, a library's or a @Template; none for a templateRef. */
  private static String templateName(ScriptModel script) {
    Optional<CallModel.Callee> callee = callee(script);
    if (callee.isEmpty()) {
      return script.name().value();
    }
    return callee.get().isLibrary() || callee.get().isLocal() ? callee.get().template() : null;
  }

  private static TemplateRef templateRef(ScriptModel script) {
    return callee(script)
        .filter(callee -> !callee.isLibrary() && !callee.isLocal())
        .map(callee -> new TemplateRef(callee.workflowName(), callee.template(), clusterScope(callee.kind())))
        .orElse(null);
  }

  /** What a {@code @Call} resolved to; empty for a step that calls nothing. */
  private static Optional<CallModel.Callee> callee(ScriptModel script) {
    return script.call().map(call -> {
      if (!(call.target() instanceof CallModel.Resolved)) {
        throw new IllegalStateException("@Call of " + script.methodName() + "() did not resolve: " + call.target());
      }
      return ((CallModel.Resolved) call.target()).callee();
    });
  }

  private static RunsModel.Resolved resolved(RunsModel runs) {
    if (!(runs.target() instanceof RunsModel.Resolved)) {
      throw new IllegalStateException("@Workflow(runs) did not resolve: " + runs.target());
    }
    return (RunsModel.Resolved) runs.target();
  }

  /** The script a reference names; ReferenceRule has made sure there is one. */
  private ScriptModel producer(Text ref) {
    return lookup.find(ref.value()).orElseThrow(() -> new IllegalStateException("no script named " + ref.value()));
  }

  private static <T> T present(Optional<T> value) {
    return value.orElseThrow(() -> new IllegalStateException("a library call without its library's script"));
  }

  /** The list a step fans out over: the producer's results, or the named outputs of its runs when the step reads their fields. */
  private String withParam(ScriptModel script, String root) {
    return script.forEach().map(ref -> {
      if (ForEachTag.isTag(ref)) {
        return ref.value();
      }
      Optional<ParamModel> parameter = ForEachParameter.of(workflow, script, lookup.find(ref.value()).isPresent());
      if (parameter.isPresent()) {
        return workflow.paramTag(parameter.get().name().value());
      }
      ScriptModel producer = producer(ref);
      return ItemFields.overOutputs(script, producer)
          ? "{{" + root + "." + producer.name().value() + ".outputs.parameters}}"
          : result(root, producer);
    }).orElse(null);
  }

  private static List<Object> withItems(ScriptModel script) {
    if (script.items().isEmpty()) {
      return null;
    }
    // Items whose fields the step reads ({{item.image}}) are maps in the manifest, as Argo's loops-maps.yaml writes them.
    boolean json = ItemFields.readsFields(script) || script.inputs().stream()
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
        if (source instanceof InputSource.FromStep from) {
          ScriptModel producer = producer(from.ref());
          String artifact = from.output().map(Text::value).orElse(Artifacts.RESULT);
          artifacts.add(Artifact.from(
                  argumentName(script, input), "{{" + root + "." + producer.name().value() + ".outputs.artifacts." + artifact + "}}")
              .withSubPath(from.subPath().map(Text::value).orElse(null)));
        } else if (script.isCall() && source instanceof InputSource.Value value) {
          // A call's file by reference (ArtifactRule checked it is one artifact tag).
          artifacts.add(Artifact.from(argumentName(script, input), value.template().value()));
        } else if (script.isCall() && source instanceof InputSource.External location) {
          // A call's file from a location: the argument says where the called template's input comes from.
          artifacts.add(Artifact.located(argumentName(script, input), null, ArtifactLocations.of(location)));
        }
        continue;
      }
      valueOf(input, root).ifPresent(value -> parameters.add(Parameter.of(argumentName(script, input), value)));
    }
    if (parameters.isEmpty() && artifacts.isEmpty()) {
      return null;
    }
    return new Arguments(Absent.ifEmpty(parameters), Absent.ifEmpty(artifacts));
  }

  /** The input of the called template an argument passes (CallRule has matched each), else the input's own name. */
  private static String argumentName(ScriptModel script, InputModel input) {
    return callee(script).flatMap(callee -> callee.inputFor(input.name())).map(CallModel.CalleeInput::name).orElse(input.name());
  }

  /** The Argo expression an input's value comes from; none for a secret or a file from outside. */
  private Optional<String> valueOf(InputModel input, String root) {
    InputSource source = input.source();
    if (source instanceof InputSource.Parameter) {
      return Optional.of(workflow.paramTag(((InputSource.Parameter) source).name().value()));
    }
    if (source instanceof InputSource.FromStep from) {
      ScriptModel producer = producer(from.ref());
      return Optional.of(from.output()
          .map(output -> "{{" + root + "." + producer.name().value() + ".outputs.parameters." + output.value() + "}}")
          .orElseGet(() -> result(root, producer)));
    }
    if (source instanceof InputSource.Item item) {
      return Optional.of(item.field().map(field -> "{{item." + field.value() + "}}").orElse("{{item}}"));
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
    Optional<InputModel> dataSource = DataSource.of(script);
    for (InputModel input : script.inputs()) {
      InputSource source = input.source();
      if (dataSource.filter(data -> data == input).isPresent()) {
        continue; // a data template's source is listed, not fetched as an input
      } else if (input.isArtifact()) {
        artifacts.add(Artifacts.input(input));
      } else if (source instanceof InputSource.Secret) {
        Text secret = ((InputSource.Secret) source).secret().name();
        Text key = ((InputSource.Secret) source).secret().key();
        env.add(EnvVar.fromSecret(SecretEnv.variable(secret.value(), key.value()), secret.value(), key.value()));
      } else if (exitHandler && !workflow.templates().contains(script)) {
        // The exit handler is called by name, with no arguments: its inputs carry their own values.
        inputs.add(Parameter.of(input.name(), present(valueOf(input, "tasks"))));
      } else if (source instanceof InputSource.Value fixed && workflow.templates().contains(script)) {
        // A @Template's input with a fixed value: Argo substitutes it in the template.
        inputs.add(Parameter.of(input.name(), fixed.template().value()));
      } else if (source instanceof InputSource.Caller declared) {
        // A @Template's input, as its @Param declares it.
        String defaultValue = declared.defaultValue().map(Text::value).orElse(null);
        Parameter.ValueFrom valueFrom = configMapValue(declared.configMap(), defaultValue);
        inputs.add(new Parameter(
            input.name(),
            null,
            valueFrom == null ? defaultValue : null,
            valueFrom,
            Absent.ifEmpty(texts(declared.allowed())),
            declared.description().map(Text::value).orElse(null)));
      } else {
        inputs.add(Parameter.named(input.name()));
      }
    }
    var placement = script.settings().placement();
    // A resource template runs no container of the user's: Argo's executor acts on the object.
    ScriptTemplate container = script.isResource() || script.isSuspend() || script.isHttp() || script.isData()
        || script.isContainerSet() ? null : container(script, env, runner);
    return Template.builder()
        .name(script.name().value())
        .inputs(inputs.isEmpty() && artifacts.isEmpty() ? null : new Inputs(Absent.ifEmpty(inputs), Absent.ifEmpty(artifacts)))
        .outputs(Artifacts.outputs(script))
        .timeout(script.timeout().map(Parsed::accepted).orElse(null))
        .activeDeadlineSeconds(script.deadline().map(deadline -> deadline.value().toSeconds()).orElse(null))
        .retryStrategy(retry(script.retry().or(workflow::retry)))
        .metadata(PodSettingsWriter.podMetadata(placement))
        .nodeSelector(PodSettingsWriter.nodeSelector(placement))
        .tolerations(PodSettingsWriter.tolerations(placement))
        .affinity(PodSettingsWriter.affinity(placement))
        .priorityClassName(PodSettingsWriter.priorityClass(placement))
        .resourceClaims(PodSettingsWriter.resourceClaims(placement))
        .podResources(resources(script.settings().podResources()))
        .podSpecPatch(PodSettingsWriter.specPatch(placement))
        .synchronization(PodSettingsWriter.synchronization(script.settings().sync()))
        .archiveLocation(script.archiveLogs() ? new Template.ArchiveLocation(true) : null)
        .annotations(PodSettingsWriter.pairs(script.annotations().stream().filter(Parsed::isValid).toList()))
        .memoize(script.memoize().map(ManifestBuilder::memoize).orElse(null))
        .metrics(MetricsWriter.metrics(script.metrics()))
        .daemon(script.isDaemon() ? Boolean.TRUE : null)
        .script(script.isContainer() || script.isContainerSet() ? null : container)
        .containerSet(script.isContainerSet() ? containerSet(script) : null)
        .container(script.isContainer() ? container : null)
        .resource(script.resource().map(ManifestBuilder::resource).orElse(null))
        .suspend(script.suspend().map(suspend -> new Template.Suspend(suspend.duration().map(Text::value).orElse(null))).orElse(null))
        .http(script.http().map(ManifestBuilder::http).orElse(null))
        .data(script.data().map(data -> data(data, dataSource)).orElse(null))
        .initContainers(Absent.ifEmpty(userContainers(script.initContainers())))
        .sidecars(Absent.ifEmpty(userContainers(script.sidecars())))
        .build();
  }

  /** An {@code @HttpRequest}'s {@code http}: headers as {@code name}/{@code value}, or a Secret's key as the value. */
  private static Template.Http http(HttpRequestModel http) {
    List<EnvVar> headers = new ArrayList<>();
    for (Text header : http.headers()) {
      HttpHeader.parse(header.value()).ifPresent(parsed -> headers.add(EnvVar.plain(parsed.name(), parsed.value())));
    }
    for (Text header : http.secretHeaders()) {
      SecretHeader.parse(header.value()).ifPresent(parsed -> headers.add(EnvVar.fromSecret(parsed.name(), parsed.secret(), parsed.key())));
    }
    return new Template.Http(
        http.method().map(Text::value).orElse(null),
        http.url().value(),
        Absent.ifEmpty(headers),
        http.timeoutSeconds() > 0 ? http.timeoutSeconds() : null,
        http.successCondition().map(Text::value).orElse(null),
        http.body().map(Text::value).orElse(null),
        http.insecureSkipVerify() ? Boolean.TRUE : null);
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
      args.addAll(javaOptions);
      args.addAll(List.of("-cp", options.classpath(), runner.canonicalName(), script.name().value()));
    }
    boolean hasInputs =
        script.inputs().stream().anyMatch(input -> !input.isArtifact() && !(input.source() instanceof InputSource.Secret));
    return ScriptTemplate.builder()
        .image(image)
        .command(Absent.ifEmpty(command))
        .args(Absent.ifEmpty(args))
        .env(Absent.ifEmpty(env))
        .envFrom(PodSettingsWriter.envFrom(workflow, script))
        .volumeMounts(PodSettingsWriter.mounts(workflow, script))
        .resources(resources(script.resources().or(workflow::resources)))
        .securityContext(workflow.restricted() ? SecurityContexts.Container.RESTRICTED : null)
        .readinessProbe(script.daemon().map(ManifestBuilder::probe).orElse(null))
        // Argo writes the source (the step's inputs as JSON) to a file the runner reads.
        .source(script.isContainer() ? null : hasInputs ? "{{inputs.parameters}}" : "[]")
        .build();
  }

  /** A {@code @Daemon}'s readiness probe; none when it names no kind (Kubernetes then counts a running container as ready). */
  private static Probe probe(DaemonModel daemon) {
    if (daemon.probeKinds().isEmpty()) {
      return null;
    }
    return new Probe(
        daemon.http().map(path -> new Probe.HttpGet(path.value(), daemon.port())).orElse(null),
        daemon.tcp() == 0 ? null : new Probe.TcpSocket(daemon.tcp()),
        daemon.exec().isEmpty() ? null : new Probe.Exec(texts(daemon.exec())),
        daemon.initialDelay().map(delay -> delay.value().toSeconds()).orElse(null),
        daemon.timeout().map(timeout -> timeout.value().toSeconds()).orElse(null));
  }

  /** {@code @Resource}: Argo's names of the action and merge strategy, what was given, nothing else. */
  private static ResourceTemplate resource(ResourceModel resource) {
    return new ResourceTemplate(
        resource.argoAction(),
        resource.mergeStrategy().map(strategy -> strategy.toLowerCase(Locale.ROOT)).orElse(null),
        resource.manifest().isEmpty() ? null : resource.manifest().value(),
        resource.setOwnerReference() ? Boolean.TRUE : null,
        resource.successCondition().map(Text::value).orElse(null),
        resource.failureCondition().map(Text::value).orElse(null),
        Absent.ifEmpty(texts(resource.flags())));
  }

  /** {@code @InitContainer}s or {@code @Sidecar}s, restricted like the step's own container unless privileged. */
  private List<UserContainer> userContainers(List<SidecarModel> containers) {
    List<UserContainer> written = new ArrayList<>();
    for (SidecarModel container : containers) {
      List<EnvVar> env = new ArrayList<>();
      for (Text entry : container.env()) {
        int equals = entry.value().indexOf('=');
        env.add(EnvVar.plain(entry.value().substring(0, equals), entry.value().substring(equals + 1)));
      }
      SecurityContexts.Container security = container.privileged().isPresent()
          ? SecurityContexts.Container.PRIVILEGED
          : workflow.restricted() ? SecurityContexts.Container.RESTRICTED : null;
      written.add(new UserContainer(
          container.name().value(),
          container.image().value(),
          Absent.ifEmpty(texts(container.command())),
          Absent.ifEmpty(texts(container.args())),
          Absent.ifEmpty(env),
          security,
          container.mirrorVolumeMounts() ? Boolean.TRUE : null));
    }
    return written;
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
    quantity(requests, "cpu", resources.cpu());
    quantity(requests, "memory", resources.memory());
    Map<String, String> limits = new LinkedHashMap<>();
    quantity(limits, "cpu", resources.cpuLimit());
    quantity(limits, "memory", resources.memoryLimit());
    List<ResourceRequirements.Claim> claims = new ArrayList<>();
    for (Text claim : resources.claims()) {
      int slash = claim.value().indexOf('/');
      claims.add(slash < 0
          ? new ResourceRequirements.Claim(claim.value(), null)
          : new ResourceRequirements.Claim(claim.value().substring(0, slash), claim.value().substring(slash + 1)));
    }
    if (requests.isEmpty() && limits.isEmpty() && claims.isEmpty()) {
      return null;
    }
    return new ResourceRequirements(Absent.ifEmpty(requests), Absent.ifEmpty(limits), Absent.ifEmpty(claims));
  }

  /** A quantity as the user wrote it (Kubernetes keeps the written form), once ResourcesRule accepted it. */
  private static void quantity(Map<String, String> into, String name, Optional<Parsed<BigDecimal>> quantity) {
    quantity.ifPresent(written -> into.put(name, written.accepted()));
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
                retry.backoff().get().accepted(),
                retry.factor() > 0 ? Integer.toString(retry.factor()) : null,
                retry.maxBackoff().map(Parsed::accepted).orElse(null),
                retry.cap().map(Parsed::accepted).orElse(null));
    return new RetryStrategy(
        retry.unlimited() ? null : Integer.toString(retry.limit()),
        policy(retry),
        backoff,
        retry.expression().map(Text::value).orElse(null));
  }

  /**
   * Argo's name of the policy, left out where it is Argo's default ({@code RetryPolicyActual}): OnFailure,
   * or with an expression Always; so a policy written as the default and the default read the same.
   */
  private static String policy(RetryModel retry) {
    boolean expression = retry.expression().isPresent();
    if (!retry.policyWritten()) {
      return null;
    }
    if (retry.policy().equals(expression ? "ALWAYS" : "ON_FAILURE")) {
      return null;
    }
    return retry.policy().equals("ON_FAILURE") ? "OnFailure" : policyName(retry.policy());
  }

  private static String policyName(String constant) {
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
