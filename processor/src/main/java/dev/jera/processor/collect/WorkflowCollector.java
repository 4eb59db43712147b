package dev.jera.processor.collect;

import com.squareup.javapoet.ClassName;
import dev.jera.Kind;
import dev.jera.Style;
import dev.jera.processor.diagnostic.CallMessages;
import dev.jera.processor.model.ArchiveModel;
import dev.jera.processor.model.CallModel;
import dev.jera.processor.model.ContainerSetModel;
import dev.jera.processor.model.CronSettings;
import dev.jera.processor.model.GraphOutputModel;
import dev.jera.processor.model.GraphSettings;
import dev.jera.processor.model.HookModel;
import dev.jera.processor.model.DataModel;
import dev.jera.processor.model.HttpRequestModel;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.JavaType;
import dev.jera.processor.model.JsonShape;
import dev.jera.processor.model.KeyRef;
import dev.jera.processor.model.LocationKind;
import dev.jera.processor.model.Options;
import dev.jera.processor.model.OutputModel;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.ResourcesModel;
import dev.jera.processor.model.RetryModel;
import dev.jera.processor.model.RunsModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.SecretModel;
import dev.jera.processor.model.SequenceModel;
import dev.jera.processor.model.SidecarModel;
import dev.jera.processor.model.SuspendModel;
import dev.jera.processor.model.Site;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Turns one {@code @Workflow} class into a {@link WorkflowModel}, or says it must wait a round. */
public final class WorkflowCollector {
  public static final String WORKFLOW = "dev.jera.Workflow";
  public static final String SCRIPT = "dev.jera.Script";
  public static final String TEMPLATE = "dev.jera.Template";
  public static final String PARAM = "dev.jera.Param";
  public static final String PARAMS = "dev.jera.Params";
  public static final String FROM = "dev.jera.From";
  public static final String ITEM = "dev.jera.Item";
  public static final String VALUE = "dev.jera.Value";
  public static final String SECRET = "dev.jera.Secret";
  public static final String SECRETS = "dev.jera.Secrets";
  public static final String RETRY = "dev.jera.Retry";
  public static final String RESOURCES = "dev.jera.Resources";
  public static final String SEQUENCE = "dev.jera.Sequence";
  public static final String ARCHIVE = "dev.jera.Archive";
  public static final String CALL = "dev.jera.Call";
  public static final String LIBRARY = "dev.jera.Library";
  public static final String GRAPH = "dev.jera.Graph";
  public static final String HOOK = "dev.jera.Hook";
  public static final String SUSPEND = "dev.jera.Suspend";
  public static final String HTTP_REQUEST = "dev.jera.HttpRequest";
  public static final String DATA = "dev.jera.Data";
  public static final String CONTAINER_SET = "dev.jera.ContainerSet";

  /** Annotations that give a script parameter its value (a list: reports come in this order). */
  public static final List<String> SOURCES = sources();

  private static List<String> sources() {
    List<String> sources = new ArrayList<>(List.of(PARAM, FROM, ITEM, VALUE, SECRET));
    for (LocationKind kind : LocationKind.values()) {
      sources.add(kind.qualifiedName());
    }
    return List.copyOf(sources);
  }

  /** Annotations that configure a workflow class or a script method, and do nothing elsewhere. */
  public static final List<String> SETTINGS =
      List.of(
          PARAM, PARAMS, SECRET, SECRETS, RETRY, RESOURCES, SEQUENCE, ARCHIVE, CALL,
          SettingsCollector.ENV, SettingsCollector.ENVS, SettingsCollector.ENV_FROM, SettingsCollector.ENV_FROMS,
          SettingsCollector.VOLUME, SettingsCollector.VOLUMES, SettingsCollector.POD, SettingsCollector.SYNCHRONIZED,
          SettingsCollector.MEMOIZE, SettingsCollector.CONTAINER, SettingsCollector.POD_RESOURCES,
          SettingsCollector.SIDECAR, SettingsCollector.SIDECARS, SettingsCollector.INIT_CONTAINER,
          SettingsCollector.INIT_CONTAINERS, OutputCollector.OUTPUT, OutputCollector.OUTPUTS, GRAPH, SettingsCollector.RESOURCE,
          SUSPEND, SettingsCollector.DAEMON, HTTP_REQUEST, DATA, MetricCollector.METRIC, MetricCollector.METRICS);


  private final Types types;
  private final Options options;
  private final SourceTrees trees;

  public WorkflowCollector(Types types, Options options, SourceTrees trees) {
    this.types = types;
    this.options = options;
    this.trees = trees;
  }

  /** The model, or empty when the class mentions types javac has not resolved (yet). */
  public Optional<WorkflowModel> collect(TypeElement type) {
    try {
      return Optional.of(workflow(type));
    } catch (UnresolvedException e) {
      return Optional.empty();
    }
  }

  /** The {@code @Workflow} annotation of a class, when it has one. */
  public static Optional<Site> workflowSite(TypeElement type) {
    return Annotations.find(type, WORKFLOW).map(workflow -> Site.of(type, workflow));
  }

  /**
   * How many templates the class's manifest would have (one per {@code @Script} method, plus the entry
   * template), counted without reading anything else of the class, so that one far over Argo's limit
   * is refused at the cost of one pass over its methods.
   */
  public static int templateCount(TypeElement type) {
    int scripts = 0;
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (Annotations.find(method, SCRIPT).isPresent() || Annotations.find(method, TEMPLATE).isPresent()) {
        scripts++;
      }
    }
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      if (Annotations.find(nested, CONTAINER_SET).isPresent()) {
        scripts++;
      }
    }
    return scripts + 1;
  }

  private WorkflowModel workflow(TypeElement type) throws UnresolvedException {
    Optional<AnnotationMirror> declared = Annotations.find(type, WORKFLOW);
    if (declared.isEmpty()) {
      return library(type, Annotations.find(type, LIBRARY).orElseThrow(UnresolvedException::new));
    }
    AnnotationMirror workflow = declared.get();
    Text givenName = Annotations.text(type, workflow, "name");
    Text name =
        givenName.isEmpty()
            ? new Text(Naming.kebab(type.getSimpleName().toString()), givenName.site())
            : new Text(withVersion(givenName.value()), givenName.site());
    ClassName className = ClassName.get(type);
    Site site = Site.of(type, workflow);
    WorkflowModel model = WorkflowModel.builder()
        .site(site)
        .className(className)
        .runnerName(runnerOf(className))
        .name(name)
        .nameGiven(!givenName.isEmpty())
        .kind(Kind.valueOf(Annotations.enumConstant(workflow, "kind")))
        .style(Style.valueOf(Annotations.enumConstant(workflow, "style")))
        .image(Annotations.optionalText(type, workflow, "image"))
        .schedules(Annotations.texts(type, workflow, "schedule"))
        .timezone(Annotations.optionalText(type, workflow, "timezone"))
        .onExit(Annotations.optionalText(type, workflow, "onExit"))
        .serviceAccount(Annotations.optionalText(type, workflow, "serviceAccount"))
        .parallelism(Annotations.integer(workflow, "parallelism"))
        .parallelismSite(Annotations.site(type, workflow, "parallelism"))
        .labels(Syntax.each(Annotations.texts(type, workflow, "labels"), Syntax::keyValue))
        .params(params(type))
        .secrets(secrets(type))
        .retry(retry(type))
        .resources(resources(type))
        .scripts(scripts(type, className))
        .templates(templates(type, className))
        .graphSettings(graphSettings(type))
        .graphOutputs(graphOutputs(type))
        .inputFiles(inputFiles(type))
        .argumentFiles(argumentFiles(type))
        .entrypoint(Annotations.optionalText(type, workflow, "entrypoint"))
        .construction(construction(type))
        .isInterface(type.getKind().isInterface())
        .reachable(TypeClassifier.reachableFrom(type, className.packageName()))
        .restricted(Annotations.bool(workflow, "restricted"))
        .settings(SettingsCollector.settings(type))
        .deadline(Annotations.optionalText(type, workflow, "deadline").map(Syntax::duration))
        .ttl(Annotations.optionalText(type, workflow, "ttl").map(Syntax::duration))
        .podGC(Annotations.enumConstant(workflow, "podGC"))
        .artifactRepository(Annotations.optionalText(type, workflow, "artifactRepository").map(Syntax::repositoryRef))
        .runs(runs(type, workflow))
        .cron(cron(type, workflow))
        .resourceSettings(WorkflowSettingsCollector.settings(type, workflow))
        .metrics(MetricCollector.metrics(type))
        .build();
    List<WorkflowModel> graphs = new ArrayList<>();
    nestedGraphs(type, model, graphs);
    return graphs.isEmpty() ? model : model.toBuilder().graphs(graphs).build();
  }

  /**
   * The {@code @Graph} classes nested in {@code type}, at any depth, in source order: each a graph of the
   * workflow, whose pods take the workflow's image and settings, and whose parameters are its inputs.
   */
  private void nestedGraphs(TypeElement type, WorkflowModel workflow, List<WorkflowModel> graphs)
      throws UnresolvedException {
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      Optional<AnnotationMirror> graph = Annotations.find(nested, GRAPH);
      if (graph.isPresent()) {
        graphs.add(graph(nested, graph.get(), workflow));
      }
      nestedGraphs(nested, workflow, graphs);
    }
  }

  private WorkflowModel graph(TypeElement type, AnnotationMirror graph, WorkflowModel workflow) throws UnresolvedException {
    Text givenName = Annotations.text(type, graph, "name");
    Text name = givenName.isEmpty() ? new Text(Naming.kebab(type.getSimpleName().toString()), Site.of(type, graph)) : givenName;
    Style style = Annotations.explicit(graph, "style").isPresent()
        ? Style.valueOf(Annotations.enumConstant(graph, "style"))
        : workflow.style();
    ClassName className = ClassName.get(type);
    return workflow.toBuilder()
        .site(Site.of(type, graph))
        .className(className)
        .runnerName(runnerOf(className))
        .name(name)
        .nameGiven(true)
        .style(style)
        .params(params(type))
        .scripts(scripts(type, className))
        .templates(List.of())
        .graphSettings(graphSettings(type))
        .graphOutputs(graphOutputs(type))
        .inputFiles(inputFiles(type))
        .entrypoint(Optional.of(name))
        .onExit(Optional.empty())
        .runs(Optional.empty())
        .construction(construction(type))
        .isInterface(type.getKind().isInterface())
        .reachable(TypeClassifier.reachableFrom(type, className.packageName()))
        .nested(true)
        .metrics(MetricCollector.metrics(type))
        .workflowParams(workflow.params())
        .build();
  }

  /**
   * The components of a {@code @Workflow} record, each named by its {@code @Param} or its Java name, with
   * its sources (a location makes it an argument file), as they show on the component or on the parameter
   * of the canonical constructor they propagate to.
   */
  private List<InputModel> argumentFiles(TypeElement type) throws UnresolvedException {
    if (type.getKind() != ElementKind.RECORD) {
      return List.of();
    }
    TypeClassifier classifier = new TypeClassifier(types, ClassName.get(type).packageName());
    List<InputModel> files = new ArrayList<>();
    List<VariableElement> parameters = canonicalParameters(type);
    int index = 0;
    for (javax.lang.model.element.RecordComponentElement component : type.getRecordComponents()) {
      Element carrier = index < parameters.size() ? parameters.get(index) : component;
      index++;
      InputModel collected = input(carrier instanceof VariableElement variable ? variable : null, component, classifier);
      files.add(collected);
    }
    return files;
  }

  /** The parameters of a record's canonical constructor, where its components' annotations propagate. */
  private static List<VariableElement> canonicalParameters(TypeElement type) {
    List<String> components = type.getRecordComponents().stream().map(c -> c.asType().toString()).toList();
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      List<String> parameters = constructor.getParameters().stream().map(p -> p.asType().toString()).toList();
      if (parameters.equals(components)) {
        return List.copyOf(constructor.getParameters());
      }
    }
    return List.of();
  }

  /** A workflow record's component as an input: named by its {@code @Param}, its sources those of {@code parameter}. */
  private InputModel input(VariableElement parameter, javax.lang.model.element.RecordComponentElement component,
      TypeClassifier classifier) throws UnresolvedException {
    if (parameter == null) {
      return new InputModel(Site.of(component), component.getSimpleName().toString(),
          resolved(classifier.classify(component.asType())), List.of());
    }
    InputModel collected = input(parameter, classifier);
    String name = collected.name();
    List<InputSource> sources = new ArrayList<>();
    for (InputSource source : collected.sources()) {
      if (source instanceof InputSource.Parameter named) {
        name = named.name().value(); // @Param names the argument
      } else {
        sources.add(source);
      }
    }
    return new InputModel(collected.site(), name, collected.type(), sources);
  }

  /** The CronWorkflow settings written on {@code @Workflow}; the rules say where they may be. */
  private static CronSettings cron(TypeElement type, AnnotationMirror workflow) throws UnresolvedException {
    return new CronSettings(
        Annotations.optionalText(type, workflow, "concurrencyPolicy"),
        number(type, workflow, "startingDeadlineSeconds"),
        number(type, workflow, "successfulJobsHistoryLimit"),
        number(type, workflow, "failedJobsHistoryLimit"),
        Annotations.explicit(workflow, "suspend").isEmpty()
            ? Optional.empty()
            : Optional.of(new CronSettings.Flag(Annotations.bool(workflow, "suspend"), Annotations.site(type, workflow, "suspend"))),
        Annotations.optionalText(type, workflow, "when"),
        Annotations.optionalText(type, workflow, "stopStrategy"));
  }

  private static Optional<CronSettings.Number> number(TypeElement type, AnnotationMirror workflow, String attribute)
      throws UnresolvedException {
    if (Annotations.explicit(workflow, attribute).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CronSettings.Number(Annotations.integer(workflow, attribute), Annotations.site(type, workflow, attribute)));
  }

  /** A {@code @Library}: scripts only, named after the class. */
  private WorkflowModel library(TypeElement type, AnnotationMirror library) throws UnresolvedException {
    ClassName className = ClassName.get(type);
    Site site = Site.of(type, library);
    return WorkflowModel.builder()
        .site(site)
        .className(className)
        .runnerName(runnerOf(className))
        .name(new Text(Naming.kebab(type.getSimpleName().toString()), site))
        .kind(Kind.WORKFLOW_TEMPLATE)
        .parallelismSite(site)
        .retry(retry(type))
        .resources(resources(type))
        .scripts(scripts(type, className))
        .construction(construction(type))
        .isInterface(type.getKind().isInterface())
        .reachable(TypeClassifier.reachableFrom(type, className.packageName()))
        .restricted(true)
        .library(true)
        .metrics(MetricCollector.metrics(type))
        .build();
  }

  /** The class-only attributes of a {@code @Param} written on a script's parameter, where they do nothing. */
  private static List<Text> declaring(VariableElement parameter, AnnotationMirror param) {
    List<Text> written = new ArrayList<>();
    for (String attribute : List.of("defaultValue", "description", "allowed", "configMap")) {
      if (Annotations.explicit(param, attribute).isPresent()) {
        written.add(new Text(attribute, Annotations.site(parameter, param, attribute)));
      }
    }
    return written;
  }

  /** The generated runner of a class: {@code Outer_Inner_JeraRunner} in its package. */
  private static ClassName runnerOf(ClassName className) {
    return ClassName.get(className.packageName(), String.join("_", className.simpleNames()) + "_JeraRunner");
  }

  /** The class's {@code @Script} methods, in source order. */
  private List<ScriptModel> scripts(TypeElement type, ClassName className) throws UnresolvedException {
    TypeClassifier classifier = new TypeClassifier(types, className.packageName());
    List<ScriptModel> scripts = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Optional<AnnotationMirror> script = Annotations.find(method, SCRIPT);
      Optional<AnnotationMirror> hook = Annotations.find(method, HOOK);
      if (script.isPresent()) {
        scripts.add(script(method, script.get(), classifier));
      } else if (hook.isPresent()) {
        scripts.add(hookStub(method, hook.get(), classifier));
      }
    }
    return scripts;
  }

  /**
   * The class's {@code @Template} methods, in source order (a method that is also a {@code @Script}
   * is a script, and StrayAnnotations reports it).
   */
  private List<ScriptModel> templates(TypeElement type, ClassName className) throws UnresolvedException {
    TypeClassifier classifier = new TypeClassifier(types, className.packageName());
    List<ScriptModel> templates = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Optional<AnnotationMirror> template = Annotations.find(method, TEMPLATE);
      if (template.isPresent() && Annotations.find(method, SCRIPT).isEmpty()) {
        templates.add(template(method, template.get(), classifier));
      }
    }
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      Optional<AnnotationMirror> set = Annotations.find(nested, CONTAINER_SET);
      if (set.isPresent()) {
        templates.add(containerSet(nested, set.get(), classifier));
      }
    }
    return templates;
  }

  /**
   * A {@code @ContainerSet} class: a template whose members are its {@code @Script} methods. Its inputs
   * are its members' parameters, each name once (the first member's declaration of it counts); its
   * result and outputs are those of its member {@code main}.
   */
  private ScriptModel containerSet(TypeElement type, AnnotationMirror set, TypeClassifier classifier)
      throws UnresolvedException {
    String className = type.getSimpleName().toString();
    Text givenName = Annotations.text(type, set, "name");
    Text name = givenName.isEmpty() ? new Text(Naming.kebab(className), givenName.site()) : givenName;
    List<ScriptModel> members = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Optional<AnnotationMirror> script = Annotations.find(method, SCRIPT);
      if (script.isPresent()) {
        members.add(script(method, script.get(), classifier));
      }
    }
    List<InputModel> inputs = new ArrayList<>();
    java.util.Set<String> named = new java.util.HashSet<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (Annotations.find(method, SCRIPT).isEmpty()) {
        continue;
      }
      for (VariableElement parameter : method.getParameters()) {
        InputModel input = templateInput(input(parameter, classifier), parameter);
        if (named.add(input.name())) {
          inputs.add(input);
        }
      }
    }
    ContainerSetModel model = new ContainerSetModel(Site.of(type, set), ClassName.get(type), members);
    Optional<ScriptModel> main = model.main();
    JavaType returns = main.map(ScriptModel::returns)
        .orElseGet(() -> classifier.classify(types.getNoType(javax.lang.model.type.TypeKind.VOID)));
    return ScriptModel.builder()
        .site(Site.of(type, set))
        .methodName(className)
        .name(name)
        .nameGiven(!givenName.isEmpty())
        .isStatic(true)
        .visibility(ScriptModel.Visibility.PUBLIC)
        .returns(returns)
        .inputs(inputs)
        .itemsSite(Site.of(type, set))
        .settings(SettingsCollector.settings(type))
        .archive(main.flatMap(ScriptModel::archive))
        .outputLocations(main.map(ScriptModel::outputLocations).orElse(List.of()))
        .outputs(main.map(ScriptModel::outputs).orElse(List.of()))
        .containerSet(Optional.of(model))
        .metrics(MetricCollector.metrics(type))
        .build();
  }

  /** A {@code @Template}: a script's template without the step, whose parameters are its inputs. */
  private ScriptModel template(ExecutableElement method, AnnotationMirror template, TypeClassifier classifier)
      throws UnresolvedException {
    String methodName = method.getSimpleName().toString();
    Text givenName = Annotations.text(method, template, "name");
    Text name = givenName.isEmpty() ? new Text(Naming.kebab(methodName), givenName.site()) : givenName;
    List<InputModel> inputs = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      inputs.add(templateInput(input(parameter, classifier), parameter));
    }
    JavaType collected = resolved(classifier.classify(method.getReturnType()));
    List<OutputModel> outputs = OutputCollector.outputs(method, collected, classifier, types);
    JavaType returns = resourceResult(method, OutputCollector.result(collected, outputs, method, classifier, types));
    return ScriptModel.builder()
        .site(Site.of(method, template))
        .methodName(methodName)
        .name(name)
        .nameGiven(!givenName.isEmpty())
        .isStatic(method.getModifiers().contains(Modifier.STATIC))
        .visibility(visibility(method))
        .generic(!method.getTypeParameters().isEmpty())
        .returns(returns)
        .inputs(inputs)
        .image(Annotations.optionalText(method, template, "image"))
        .itemsSite(Site.of(method, template))
        .timeout(Annotations.optionalText(method, template, "timeout").map(Syntax::timeLimit))
        .deadline(Annotations.optionalText(method, template, "deadline").map(Syntax::duration))
        .retry(retry(method))
        .resources(resources(method))
        .settings(SettingsCollector.settings(method))
        .memoize(SettingsCollector.memoize(method))
        .metrics(MetricCollector.metrics(method))
        .container(SettingsCollector.container(method))
        .resource(SettingsCollector.resource(method))
        .sidecars(SettingsCollector.sidecars(method, SidecarModel.Kind.SIDECAR))
        .initContainers(SettingsCollector.sidecars(method, SidecarModel.Kind.INIT_CONTAINER))
        .daemon(SettingsCollector.daemon(method))
        .archive(archive(method))
        .outputLocations(outputLocations(method))
        .outputs(outputs)
        .archiveLogs(Annotations.bool(template, "archiveLogs"))
        .annotations(Syntax.each(Annotations.texts(method, template, "annotations"), Syntax::keyValue))
        .suspend(suspend(method))
        .http(httpRequest(method))
        .data(data(method))
        .build();
  }

  /**
   * A template's input: {@code @Param} on it declares the input (its name, default, allowed values and
   * description), so it becomes what the caller passes; other sources stay for the rules to judge.
   */
  private static InputModel templateInput(InputModel collected, VariableElement parameter) throws UnresolvedException {
    Optional<AnnotationMirror> param = Annotations.find(parameter, PARAM);
    if (param.isEmpty()) {
      return collected;
    }
    AnnotationMirror mirror = param.get();
    Text defaultValue = Annotations.text(parameter, mirror, "defaultValue");
    InputSource declared = new InputSource.Caller(
        Site.of(parameter, mirror),
        defaultValue.value().equals(dev.jera.Param.NO_DEFAULT) ? Optional.empty() : Optional.of(defaultValue),
        Annotations.texts(parameter, mirror, "allowed"),
        Annotations.optionalText(parameter, mirror, "description"),
        Annotations.optionalText(parameter, mirror, "configMap").map(Syntax::keyRef));
    // The declaration comes last: a file location beside it stays the input's source.
    List<InputSource> sources = new ArrayList<>();
    for (InputSource source : collected.sources()) {
      if (!(source instanceof InputSource.Parameter)) {
        sources.add(source);
      }
    }
    sources.add(declared);
    String name = Annotations.text(parameter, mirror, "value").value();
    return new InputModel(collected.site(), name, collected.type(), sources);
  }

  private static Optional<RunsModel> runs(TypeElement type, AnnotationMirror workflow) throws UnresolvedException {
    Optional<String> byClass = Annotations.className(workflow, "runs");
    Optional<Text> byName = Annotations.optionalText(type, workflow, "runsTemplate");
    if (byClass.isEmpty() && byName.isEmpty()) {
      return Optional.empty();
    }
    Site site = byClass.isPresent() ? Annotations.site(type, workflow, "runs") : byName.get().site();
    CallModel.Reference reference =
        byClass.map(name -> new CallModel.Reference(CallModel.Reference.Kind.WORKFLOW_CLASS, name))
            .orElseGet(() -> new CallModel.Reference(CallModel.Reference.Kind.NAME, byName.get().value()));
    return Optional.of(new RunsModel(site, reference, describe(reference), new RunsModel.Pending()));
  }

  private static Optional<CallModel> call(ExecutableElement method) throws UnresolvedException {
    Optional<AnnotationMirror> found = Annotations.find(method, CALL);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    AnnotationMirror call = found.get();
    Optional<String> workflow = Annotations.className(call, "workflow");
    Optional<String> library = Annotations.className(call, "library");
    Optional<Text> name = Annotations.optionalText(method, call, "name");
    List<CallModel.Reference> references = new ArrayList<>();
    workflow.ifPresent(w -> references.add(new CallModel.Reference(CallModel.Reference.Kind.WORKFLOW_CLASS, w)));
    library.ifPresent(l -> references.add(new CallModel.Reference(CallModel.Reference.Kind.LIBRARY_CLASS, l)));
    name.ifPresent(n -> references.add(new CallModel.Reference(CallModel.Reference.Kind.NAME, n.value())));
    Text template = Annotations.text(method, call, "template");
    if (references.isEmpty()) {
      // No workflow, name or library: a template of the step's own workflow.
      CallModel.Reference local = new CallModel.Reference(CallModel.Reference.Kind.LOCAL, "");
      String workflowClass = method.getEnclosingElement().getSimpleName().toString();
      return Optional.of(new CallModel(Site.of(method, call), local, template, workflowClass, new CallModel.Pending()));
    }
    if (references.size() != 1) {
      return Optional.of(new CallModel(Site.of(method, call), new CallModel.Reference(CallModel.Reference.Kind.NAME, ""),
          template, "", new CallModel.Missing(CallMessages.oneTarget())));
    }
    CallModel.Reference reference = references.get(0);
    return Optional.of(new CallModel(Site.of(method, call), reference, template, describe(reference), new CallModel.Pending()));
  }

  private static String describe(CallModel.Reference reference) {
    String value = reference.value();
    return reference.kind() == CallModel.Reference.Kind.NAME ? "'" + value + "'" : value.substring(value.lastIndexOf('.') + 1);
  }

  private String withVersion(String name) {
    if (options.appVersion().isEmpty()) {
      return name;
    }
    String version = versionForNames(options.appVersion().get());
    return name.replace(Options.VERSION_PLACEHOLDER, version).replace(Options.LEGACY_VERSION_PLACEHOLDER, version);
  }

  /** A version as a name can hold it: {@code 1.4.0-SNAPSHOT} becomes {@code 1.4.0-snapshot}. */
  static String versionForNames(String version) {
    StringBuilder out = new StringBuilder();
    for (char c : version.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
      out.append(allowed ? c : '-');
    }
    return out.toString();
  }

  private List<ParamModel> params(TypeElement type) throws UnresolvedException {
    return params(type, false);
  }

  /** {@code @Param(type = Path.class)} on the class: input files, not values. */
  private List<ParamModel> inputFiles(TypeElement type) throws UnresolvedException {
    return params(type, true);
  }

  private List<ParamModel> params(TypeElement type, boolean files) throws UnresolvedException {
    List<ParamModel> params = new ArrayList<>();
    for (Annotations.Found param : Annotations.findRepeated(type, PARAM, PARAMS)) {
      boolean file = Annotations.className(param.mirror(), "type").filter(name -> name.equals("java.nio.file.Path")).isPresent();
      if (file != files) {
        continue;
      }
      Text defaultValue = Annotations.text(type, param, "defaultValue");
      params.add(
          new ParamModel(
              Annotations.site(type, param),
              Annotations.text(type, param, "value"),
              defaultValue.value().equals(dev.jera.Param.NO_DEFAULT) ? Optional.empty() : Optional.of(defaultValue),
              Annotations.optionalText(type, param, "description"),
              Annotations.texts(type, param, "allowed"),
              Annotations.optionalText(type, param, "configMap").map(Syntax::keyRef),
              writtenType(type, param)));
    }
    return params;
  }

  /** {@code @Param(type)} when written: the class's canonical name (a primitive's name), at the attribute. */
  private static Optional<Text> writtenType(TypeElement type, Annotations.Found param) throws UnresolvedException {
    Optional<? extends javax.lang.model.element.AnnotationValue> written = Annotations.explicit(param.mirror(), "type");
    if (written.isEmpty()) {
      return Optional.empty();
    }
    String name = Annotations.className(param.mirror(), "type").orElse(written.get().getValue().toString());
    return Optional.of(new Text(name,
        Annotations.site(type, param.mirror(), "type").locatedBy(param.locator().map(l -> l.attribute("type", -1)))));
  }

  private List<SecretModel> secrets(TypeElement type) throws UnresolvedException {
    List<SecretModel> secrets = new ArrayList<>();
    for (Annotations.Found secret : Annotations.findRepeated(type, SECRET, SECRETS)) {
      secrets.add(
          new SecretModel(
              Annotations.site(type, secret),
              Annotations.text(type, secret, "name"),
              Annotations.text(type, secret, "key")));
    }
    return secrets;
  }

  private static SecretModel secret(Element element, AnnotationMirror secret) throws UnresolvedException {
    return new SecretModel(
        Site.of(element, secret),
        Annotations.text(element, secret, "name"),
        Annotations.text(element, secret, "key"));
  }

  private static Optional<RetryModel> retry(Element element) throws UnresolvedException {
    return Annotations.read(element, RETRY, retry ->
        new RetryModel(
            Site.of(element, retry),
            Annotations.integer(retry, "limit"),
            Annotations.site(element, retry, "limit"),
            Annotations.enumConstant(retry, "policy"),
            Annotations.explicit(retry, "policy").isPresent(),
            Annotations.optionalText(element, retry, "backoff").map(Syntax::duration),
            Annotations.integer(retry, "factor"),
            Annotations.site(element, retry, "factor"),
            Annotations.optionalText(element, retry, "maxBackoff").map(Syntax::duration),
            Annotations.optionalText(element, retry, "cap").map(Syntax::duration),
            Annotations.optionalText(element, retry, "expression")));
  }

  /** The location annotations on a method: where its returned file goes. */
  private static List<InputSource.External> outputLocations(ExecutableElement method) throws UnresolvedException {
    List<InputSource.External> locations = new ArrayList<>();
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      Optional<LocationKind> kind = LocationKind.ofAnnotation(Annotations.nameOf(mirror));
      if (kind.isPresent()) {
        locations.add(external(method, mirror, kind.get()));
      }
    }
    return locations;
  }

  /** {@code @Output} on a graph class: the graph's outputs, in source order. */
  private static List<GraphOutputModel> graphOutputs(TypeElement type) throws UnresolvedException {
    List<GraphOutputModel> outputs = new ArrayList<>();
    for (Annotations.Found output : Annotations.findRepeated(type, OutputCollector.OUTPUT, OutputCollector.OUTPUTS)) {
      Text defaultValue = Annotations.text(type, output, "defaultValue");
      outputs.add(new GraphOutputModel(
          Annotations.site(type, output),
          Annotations.text(type, output, "value"),
          written(Annotations.text(type, output, "from")),
          written(Annotations.text(type, output, "output")),
          written(Annotations.text(type, output, "expression")),
          Annotations.className(output.mirror(), "type").filter(name -> name.equals("java.nio.file.Path")).isPresent(),
          defaultValue.value().equals(dev.jera.Output.NO_DEFAULT) ? Optional.empty() : Optional.of(defaultValue)));
    }
    return outputs;
  }

  private static Optional<Text> written(Text text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** {@code @Graph} on the class: its own graph's settings, else Argo's defaults. */
  private static GraphSettings graphSettings(TypeElement type) throws UnresolvedException {
    return Annotations.read(type, GRAPH, graph ->
        new GraphSettings(
            Site.of(type, graph),
            Annotations.integer(graph, "parallelism"),
            Annotations.site(type, graph, "parallelism"),
            Annotations.enumConstant(graph, "failFast"),
            Annotations.site(type, graph, "failFast"),
            Annotations.optionalText(type, graph, "target"),
            Annotations.optionalText(type, graph, "name"),
            Annotations.explicit(graph, "style").isPresent()
                ? Optional.of(Annotations.site(type, graph, "style"))
                : Optional.empty(),
            Optional.empty()))
        .orElse(GraphSettings.NONE)
        .withMemoize(SettingsCollector.memoize(type));
  }

  private static Optional<ArchiveModel> archive(Element element) throws UnresolvedException {
    return archive(element, element);
  }

  /** The {@code @Archive} on {@code element}, placed on {@code place} in messages. */
  static Optional<ArchiveModel> archive(Element element, Element place) throws UnresolvedException {
    return Annotations.read(element, ARCHIVE, archive ->
        new ArchiveModel(
            Site.of(place, archive),
            Annotations.enumConstant(archive, "value"),
            Annotations.integer(archive, "compressionLevel"),
            Annotations.site(place, archive, "compressionLevel")));
  }

  private static Optional<SequenceModel> sequence(Element element) throws UnresolvedException {
    return Annotations.read(element, SEQUENCE, sequence ->
        new SequenceModel(
            Site.of(element, sequence),
            Annotations.optionalText(element, sequence, "count"),
            Annotations.optionalText(element, sequence, "start"),
            Annotations.optionalText(element, sequence, "end"),
            Annotations.optionalText(element, sequence, "format")));
  }

  private static Optional<ResourcesModel> resources(Element element) throws UnresolvedException {
    return SettingsCollector.resources(element, RESOURCES, "@Resources");
  }

  /**
   * A resource or suspend template has no result: what it returns only carries the outputs read from its object
   * or supplied when it is resumed.
   */
  private static JavaType resourceResult(ExecutableElement method, JavaType returns) {
    boolean noPod = Annotations.find(method, SettingsCollector.RESOURCE).isPresent() || Annotations.find(method, SUSPEND).isPresent();
    return noPod && !returns.canonical().equals(JavaType.VOID)
        ? returns.asOutputsOnly()
        : returns;
  }

  private ScriptModel script(ExecutableElement method, AnnotationMirror script, TypeClassifier classifier)
      throws UnresolvedException {
    String methodName = method.getSimpleName().toString();
    Text givenName = Annotations.text(method, script, "name");
    Text name = givenName.isEmpty() ? new Text(Naming.kebab(methodName), givenName.site()) : givenName;
    JavaType returns = resolved(classifier.classify(method.getReturnType()));
    List<InputModel> inputs = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      inputs.add(input(parameter, classifier));
    }
    List<OutputModel> outputs = OutputCollector.outputs(method, returns, classifier, types);
    returns = resourceResult(method, OutputCollector.result(returns, outputs, method, classifier, types));
    return ScriptModel.builder()
        .site(Site.of(method, script))
        .methodName(methodName)
        .name(name)
        .nameGiven(!givenName.isEmpty())
        .isStatic(method.getModifiers().contains(Modifier.STATIC))
        .visibility(visibility(method))
        .generic(!method.getTypeParameters().isEmpty())
        .returns(returns)
        .inputs(inputs)
        .image(Annotations.optionalText(method, script, "image"))
        .after(Annotations.texts(method, script, "after"))
        .when(Annotations.optionalText(method, script, "when"))
        .forEach(Annotations.optionalText(method, script, "forEach"))
        .items(Annotations.texts(method, script, "items"))
        .itemsSite(Annotations.site(method, script, "items"))
        .timeout(Annotations.optionalText(method, script, "timeout").map(Syntax::timeLimit))
        .deadline(Annotations.optionalText(method, script, "deadline").map(Syntax::duration))
        .depends(Annotations.optionalText(method, script, "depends").map(Syntax::depends))
        .continueOn(Annotations.enumConstants(script, "continueOn").stream().distinct().toList())
        .continueOnSite(Annotations.site(method, script, "continueOn"))
        .sequence(sequence(method))
        .retry(retry(method))
        .resources(resources(method))
        .settings(SettingsCollector.settings(method))
        .memoize(SettingsCollector.memoize(method))
        .metrics(MetricCollector.metrics(method))
        .container(SettingsCollector.container(method))
        .resource(SettingsCollector.resource(method))
        .sidecars(SettingsCollector.sidecars(method, SidecarModel.Kind.SIDECAR))
        .initContainers(SettingsCollector.sidecars(method, SidecarModel.Kind.INIT_CONTAINER))
        .daemon(SettingsCollector.daemon(method))
        .archive(archive(method))
        .outputLocations(outputLocations(method))
        .outputs(outputs)
        .call(call(method))
        .suspend(suspend(method))
        .http(httpRequest(method))
        .data(data(method))
        .build();
  }

  private static Optional<DataModel> data(ExecutableElement method) throws UnresolvedException {
    return Annotations.read(method, DATA, data ->
        new DataModel(Site.of(method, data), Annotations.texts(method, data, "transformation")));
  }

  private static Optional<HttpRequestModel> httpRequest(ExecutableElement method) throws UnresolvedException {
    return Annotations.read(method, HTTP_REQUEST, http ->
        new HttpRequestModel(
            Site.of(method, http),
            Annotations.text(method, http, "value"),
            Annotations.optionalText(method, http, "method"),
            Annotations.texts(method, http, "headers"),
            Annotations.texts(method, http, "secretHeaders"),
            Annotations.optionalText(method, http, "body"),
            Annotations.optionalText(method, http, "successCondition"),
            Annotations.integer(http, "timeoutSeconds"),
            Annotations.site(method, http, "timeoutSeconds"),
            Annotations.bool(http, "insecureSkipVerify")));
  }

  private static Optional<SuspendModel> suspend(ExecutableElement method) throws UnresolvedException {
    return Annotations.read(method, SUSPEND, suspend ->
        new SuspendModel(Site.of(method, suspend), Annotations.optionalText(method, suspend, "duration")));
  }

  /**
   * A {@code @Hook} stub: a call like a {@code @Call} step's (its parameters are the arguments), named after
   * its method, that the graph does not hold; the hook says which steps run it, and when.
   */
  private ScriptModel hookStub(ExecutableElement method, AnnotationMirror hook, TypeClassifier classifier)
      throws UnresolvedException {
    String methodName = method.getSimpleName().toString();
    List<InputModel> inputs = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      inputs.add(input(parameter, classifier));
    }
    Site site = Site.of(method, hook);
    List<Text> on = Annotations.texts(method, hook, "on");
    HookModel model = new HookModel(site, on, Annotations.site(method, hook, "on"),
        Annotations.text(method, hook, "name"), Annotations.optionalText(method, hook, "expression"));
    return ScriptModel.builder()
        .site(site)
        .methodName(methodName)
        .name(new Text(Naming.kebab(methodName), site))
        .isStatic(method.getModifiers().contains(Modifier.STATIC))
        .visibility(visibility(method))
        .generic(!method.getTypeParameters().isEmpty())
        .returns(resolved(classifier.classify(method.getReturnType())))
        .inputs(inputs)
        .itemsSite(site)
        .continueOnSite(site)
        .sequence(sequence(method))
        .retry(retry(method))
        .resources(resources(method))
        .settings(SettingsCollector.settings(method))
        .memoize(SettingsCollector.memoize(method))
        .metrics(MetricCollector.metrics(method))
        .container(SettingsCollector.container(method))
        .resource(SettingsCollector.resource(method))
        .sidecars(SettingsCollector.sidecars(method, SidecarModel.Kind.SIDECAR))
        .initContainers(SettingsCollector.sidecars(method, SidecarModel.Kind.INIT_CONTAINER))
        .archive(archive(method))
        .outputLocations(outputLocations(method))
        .outputs(OutputCollector.outputs(method, resolved(classifier.classify(method.getReturnType())), classifier, types))
        .call(call(method))
        .hook(Optional.of(model))
        .build();
  }

  private InputModel input(VariableElement parameter, TypeClassifier classifier) throws UnresolvedException {
    JavaType type = resolved(classifier.classify(parameter.asType()));
    if (trees.hasUnresolvedAnnotation(parameter)) {
      throw new UnresolvedException();
    }
    List<InputSource> sources = new ArrayList<>();
    for (AnnotationMirror mirror : parameter.getAnnotationMirrors()) {
      String annotation = Annotations.nameOf(mirror);
      Site site = Site.of(parameter, mirror);
      switch (annotation) {
        case PARAM:
          sources.add(new InputSource.Parameter(site, Annotations.text(parameter, mirror, "value"), declaring(parameter, mirror)));
          break;
        case FROM:
          sources.add(new InputSource.FromStep(
              site, Annotations.text(parameter, mirror, "value"), Annotations.optionalText(parameter, mirror, "output"),
              Annotations.optionalText(parameter, mirror, "subPath")));
          break;
        case ITEM:
          sources.add(new InputSource.Item(site, Annotations.optionalText(parameter, mirror, "value")));
          break;
        case VALUE:
          sources.add(new InputSource.Value(site, Annotations.text(parameter, mirror, "value")));
          break;
        case SECRET:
          sources.add(new InputSource.Secret(site, secret(parameter, mirror)));
          break;
        default:
          Optional<LocationKind> location = LocationKind.ofAnnotation(annotation);
          if (location.isPresent()) {
            sources.add(external(parameter, mirror, location.get()));
          } else if (mirror.getAnnotationType().getKind() == javax.lang.model.type.TypeKind.ERROR) {
            throw new UnresolvedException();
          }
      }
    }
    return new InputModel(Site.of(parameter), parameter.getSimpleName().toString(), type, sources);
  }

  /**
   * Where a file comes from: text attributes (non-empty, except {@code @Raw}'s content), {@code "secret/key"}
   * credentials (names ending in Secret), {@code String[]} attributes, the booleans written, and a depth.
   */
  static InputSource.External external(Element parameter, AnnotationMirror mirror, LocationKind kind)
      throws UnresolvedException {
    java.util.Map<String, Text> values = new java.util.HashMap<>();
    java.util.Map<String, Parsed<KeyRef>> secrets = new java.util.HashMap<>();
    for (String attribute : kind.texts()) {
      Optional<Text> text = kind == LocationKind.RAW
          ? Optional.of(Annotations.text(parameter, mirror, attribute))
          : Annotations.optionalText(parameter, mirror, attribute);
      if (text.isPresent() && attribute.endsWith("Secret")) {
        secrets.put(attribute, Syntax.keyRef(text.get()));
      } else {
        text.ifPresent(written -> values.put(attribute, written));
      }
    }
    java.util.Map<String, List<Text>> lists = new java.util.HashMap<>();
    for (String attribute : kind.lists()) {
      List<Text> texts = Annotations.texts(parameter, mirror, attribute);
      if (!texts.isEmpty()) {
        lists.put(attribute, texts);
      }
    }
    java.util.Map<String, InputSource.Flag> flags = new java.util.HashMap<>();
    for (String attribute : kind.flags()) {
      if (Annotations.explicit(mirror, attribute).isPresent()) {
        flags.put(attribute, new InputSource.Flag(Annotations.bool(mirror, attribute), Annotations.site(parameter, mirror, attribute)));
      }
    }
    Optional<Long> depth = Optional.empty();
    if (kind == LocationKind.GIT) {
      int written = Annotations.integer(mirror, "depth");
      depth = written == 0 ? Optional.empty() : Optional.of((long) written);
    }
    return new InputSource.External(Site.of(parameter, mirror), kind, values, secrets, lists, flags, depth);
  }

  private static JavaType resolved(JavaType type) throws UnresolvedException {
    if (type.shape() instanceof JsonShape.Unresolved) {
      throw new UnresolvedException();
    }
    return type;
  }

  private static ScriptModel.Visibility visibility(Element element) {
    Set<Modifier> modifiers = element.getModifiers();
    if (modifiers.contains(Modifier.PRIVATE)) {
      return ScriptModel.Visibility.PRIVATE;
    }
    if (modifiers.contains(Modifier.PUBLIC)) {
      return ScriptModel.Visibility.PUBLIC;
    }
    if (modifiers.contains(Modifier.PROTECTED)) {
      return ScriptModel.Visibility.PROTECTED;
    }
    return ScriptModel.Visibility.PACKAGE;
  }

  /** Whether the runner, in the same package, can write {@code new Workflow()}. */
  private static WorkflowModel.ConstructorAccess construction(TypeElement type) {
    boolean instantiable =
        type.getKind() == ElementKind.CLASS
            && !type.getModifiers().contains(Modifier.ABSTRACT)
            && (type.getNestingKind() == NestingKind.TOP_LEVEL || type.getModifiers().contains(Modifier.STATIC));
    if (!instantiable) {
      return WorkflowModel.ConstructorAccess.UNAVAILABLE;
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty() && !constructor.getModifiers().contains(Modifier.PRIVATE)) {
        return WorkflowModel.ConstructorAccess.AVAILABLE;
      }
    }
    return WorkflowModel.ConstructorAccess.UNAVAILABLE;
  }
}
