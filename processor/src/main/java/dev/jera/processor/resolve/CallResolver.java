package dev.jera.processor.resolve;

import dev.jera.argo.DidYouMean;
import dev.jera.processor.diagnostic.CallMessages;
import dev.jera.processor.model.CallModel;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.GraphOutputTypes;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.JavaType;
import dev.jera.processor.model.LocationKind;
import dev.jera.processor.model.ManifestNames;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.RunsModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.WorkflowModel;
import dev.jera.processor.wiring.StepLookup;
import dev.jera.runner.index.WorkflowIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves what {@code @Call} and {@code @Workflow(runs)} name: a workflow or library of this
 * compilation, a class on the class path, or a name in a jar's index. The result is plain data the
 * rules check and the writers use.
 */
public final class CallResolver {
  private static final String JAVA_PATH = "java.nio.file.Path";

  private final Function<String, Optional<WorkflowModel>> classReader;
  private final Registry registry;
  private final ClasspathIndex index;

  /**
   * @param classReader the model of a class on the class path, by qualified name (the collect stage's
   *     work, handed in so that resolving depends on the model alone)
   */
  public CallResolver(Function<String, Optional<WorkflowModel>> classReader, Registry registry, ClasspathIndex index) {
    this.classReader = classReader;
    this.registry = registry;
    this.index = index;
  }

  public WorkflowModel resolve(WorkflowModel workflow) {
    if (workflow.graphs().isEmpty()) {
      return resolveScripts(workflow, workflow);
    }
    // The graphs first, so that the workflow's steps see the types of the outputs their steps give.
    List<WorkflowModel> graphs = new ArrayList<>();
    for (WorkflowModel graph : workflow.graphs()) {
      graphs.add(resolveScripts(graph, workflow));
    }
    WorkflowModel withGraphs = workflow.toBuilder().graphs(graphs).build();
    return resolveScripts(withGraphs, withGraphs);
  }

  /** The calls of {@code owner}'s steps (the workflow or one of its graphs), local ones against {@code workflow}. */
  private WorkflowModel resolveScripts(WorkflowModel owner, WorkflowModel workflow) {
    List<ScriptModel> scripts = new ArrayList<>();
    boolean changed = false;
    for (ScriptModel script : owner.scripts()) {
      if (script.call().isPresent() && script.call().get().target() instanceof CallModel.Pending) {
        CallModel call = script.call().get();
        CallModel.Target target =
            call.reference().kind() == CallModel.Reference.Kind.LOCAL ? local(workflow, owner, call) : call(call);
        scripts.add(script.withCall(call.resolvedTo(target)));
        changed = true;
      } else {
        scripts.add(script);
      }
    }
    Optional<RunsModel> runs = owner.runs().map(r -> r.target() instanceof RunsModel.Pending ? r.resolvedTo(runs(r)) : r);
    return changed || runs.isPresent() ? owner.toBuilder().scripts(scripts).runs(runs).build() : owner;
  }

  /** A {@code @Template} or nested {@code @Graph} of the calling step's own workflow, by its template name. */
  private static CallModel.Target local(WorkflowModel workflow, WorkflowModel owner, CallModel call) {
    String template = call.template().value();
    List<String> names = new ArrayList<>();
    for (ScriptModel candidate : workflow.templates()) {
      if (candidate.name().value().equals(template)) {
        return new CallModel.Resolved(callee(candidate, true, "", CallModel.LOCAL_KIND, Optional.empty(), Optional.empty()));
      }
      names.add(candidate.name().value());
    }
    for (WorkflowModel graph : workflow.graphs()) {
      if (graph.name().value().equals(template)) {
        return new CallModel.Resolved(graphCallee(graph, "", CallModel.LOCAL_KIND));
      }
      names.add(graph.name().value());
    }
    if (!workflow.scripts().isEmpty() && workflow.entryName().equals(template)) {
      // The workflow class's own graph, called from a nested graph.
      return new CallModel.Resolved(graphCallee(workflow, "", CallModel.LOCAL_KIND));
    }
    // A method name meant the template's name: suggest that first.
    Optional<String> meant = workflow.templates().stream()
        .filter(candidate -> candidate.methodName().equals(template))
        .map(candidate -> candidate.name().value())
        .findFirst()
        .or(() -> DidYouMean.closest(template, names));
    boolean step = new StepLookup(owner).byStepName(template).isPresent();
    return new CallModel.Missing(CallMessages.noLocalTemplate(call.describedAs(), template, step, meant));
  }

  /**
   * The callee a script or template is, as its caller sees it.
   *
   * @param template whether it is a {@code @Template}, whose {@code @Value} inputs are fixed (a step's
   *     {@code @Value} is only how its own workflow wires it, and a caller passes that input)
   */
  private static CallModel.Callee callee(
      ScriptModel callee, boolean template, String workflowName, String kind, Optional<ScriptModel> libraryScript,
      Optional<com.squareup.javapoet.ClassName> libraryRunner) {
    List<CallModel.CalleeInput> inputs = new ArrayList<>();
    for (InputModel input : callee.inputs()) {
      boolean fixed = input.sources().stream().anyMatch(s -> s instanceof InputSource.Secret
          || template && s instanceof InputSource.Value);
      // A file's location is where Argo fetches it unless the calling step passes another file.
      boolean located = input.sources().stream().anyMatch(s -> s instanceof InputSource.External);
      boolean optional = located || input.source() instanceof InputSource.Caller caller && caller.hasOwnValue();
      inputs.add(new CallModel.CalleeInput(
          input.name(), input.type().canonical(), input.type().display(), input.isArtifact(), !fixed, optional));
    }
    return new CallModel.Callee(
        workflowName, kind, callee.name().value(), inputs, callee.returns().canonical(), callee.returns().display(),
        callee.returnsResultArtifact(), libraryScript, libraryRunner, Optional.of(callee.outputs()));
  }

  /** A graph as its callers see it: its inputs are parameters and files, and it has no result. */
  static CallModel.Callee graphCallee(WorkflowModel graph, String workflowName, String kind) {
    List<CallModel.CalleeInput> inputs = new ArrayList<>();
    if (graph.nested()) {
      for (ParamModel param : graph.params()) {
        inputs.add(new CallModel.CalleeInput(
            param.name().value(), "java.lang.String", "String", false, true, param.defaultValue().isPresent()));
      }
      for (ParamModel file : graph.inputFiles()) {
        inputs.add(new CallModel.CalleeInput(file.name().value(), "java.nio.file.Path", "Path", true, true, false));
      }
    }
    return new CallModel.Callee(workflowName, kind, graph.entryName(), inputs, JavaType.VOID, JavaType.VOID, false,
        Optional.empty(), Optional.empty(), Optional.of(GraphOutputTypes.asOutputs(graph)));
  }

  private CallModel.Target call(CallModel call) {
    CallModel.Reference reference = call.reference();
    String template = call.template().value();
    if (reference.kind() == CallModel.Reference.Kind.NAME) {
      return byName(reference.value())
          .map(source -> source.fold(model -> fromModel(model, template, call.describedAs()), entry -> fromIndex(entry, template)))
          .orElseGet(() -> new CallModel.Missing(
              CallMessages.noTemplateNamed(reference.value()) + CallMessages.whereItsJarHoldsIt(ClasspathIndex.entryPath(reference.value()))));
    }
    Optional<WorkflowModel> model = byClass(reference.value());
    if (model.isEmpty()) {
      return new CallModel.Missing(CallMessages.notReadable(call.describedAs()));
    }
    boolean library = reference.kind() == CallModel.Reference.Kind.LIBRARY_CLASS;
    if (library != model.get().library()) {
      return new CallModel.Missing(
          library ? CallMessages.notALibrary(call.describedAs()) : CallMessages.aLibrary(call.describedAs()));
    }
    return fromModel(model.get(), template, call.describedAs());
  }

  private CallModel.Target fromModel(WorkflowModel model, String template, String describedAs) {
    if (!model.library()) {
      String kind = ManifestNames.kind(model.kind());
      if (!ManifestNames.isTemplateKind(kind)) {
        return new CallModel.Missing(CallMessages.notCallable(describedAs, model.kind().name()));
      }
    }
    StepLookup lookup = new StepLookup(model);
    // A workflow template's @Template methods are callable by their template names as well.
    Optional<ScriptModel> found = lookup.find(template)
        .or(() -> model.templates().stream().filter(t -> t.name().value().equals(template)).findFirst());
    if (found.isEmpty() && !model.library()) {
      // A graph of a workflow template: its own (its entrypoint) or a nested one.
      String kind = ManifestNames.kind(model.kind());
      if (!model.scripts().isEmpty() && model.entryName().equals(template)) {
        return new CallModel.Resolved(graphCallee(model, model.name().value(), kind));
      }
      for (WorkflowModel graph : model.graphs()) {
        if (graph.name().value().equals(template)) {
          return new CallModel.Resolved(graphCallee(graph, model.name().value(), kind));
        }
      }
    }
    if (found.isEmpty()) {
      List<String> names = new ArrayList<>(lookup.names());
      model.templates().forEach(t -> names.add(t.name().value()));
      model.graphs().forEach(g -> names.add(g.name().value()));
      return new CallModel.Missing(CallMessages.noScript(describedAs, template, DidYouMean.hint(template, names)));
    }
    ScriptModel callee = found.get();
    if (callee.isCall()) {
      return new CallModel.Missing(CallMessages.callsOnward(template, describedAs));
    }
    return new CallModel.Resolved(
        callee(
            callee,
            model.templates().contains(callee),
            model.library() ? "" : model.name().value(),
            model.library() ? "Library" : ManifestNames.kind(model.kind()),
            model.library() ? Optional.of(callee) : Optional.empty(),
            model.library() ? Optional.of(model.runnerName()) : Optional.empty()));
  }

  private CallModel.Target fromIndex(WorkflowIndex.Workflow entry, String template) {
    String describedAs = "'" + entry.name() + "'";
    if (!ManifestNames.isTemplateKind(entry.kind())) {
      return new CallModel.Missing(CallMessages.notCallableEntry(describedAs, entry.kind()));
    }
    List<String> names = new ArrayList<>();
    List<WorkflowIndex.Step> callable = new ArrayList<>(entry.steps());
    if (entry.templates() != null) {
      callable.addAll(entry.templates());
    }
    for (WorkflowIndex.Step step : callable) {
      names.add(step.name());
      names.add(step.method());
      if (!step.name().equals(template) && !step.method().equals(template)) {
        continue;
      }
      List<CallModel.CalleeInput> inputs = new ArrayList<>();
      for (WorkflowIndex.Input input : step.inputs()) {
        String source = input.source();
        // A @Template's @Value input is fixed; a step's is only how its own workflow wires it.
        boolean ofTemplate = entry.templates() != null && entry.templates().contains(step);
        boolean fixed = source.startsWith("secret:") || ofTemplate && source.startsWith("value:");
        boolean located = LocationKind.ofField(source).isPresent();
        inputs.add(new CallModel.CalleeInput(input.name(), input.type(), simple(input.type()), input.type().equals(JAVA_PATH), !fixed, located));
      }
      return new CallModel.Resolved(
          new CallModel.Callee(
              entry.name(), entry.kind(), step.name(), inputs, step.returns(), simple(step.returns()),
              step.returns().equals(JAVA_PATH), Optional.empty(), Optional.empty(), Optional.empty()));
    }
    return new CallModel.Missing(CallMessages.noTemplate(describedAs, template, DidYouMean.hint(template, names)));
  }

  private RunsModel.Target runs(RunsModel runs) {
    CallModel.Reference reference = runs.reference();
    Optional<Source> source =
        reference.kind() == CallModel.Reference.Kind.NAME
            ? byName(reference.value())
            : byClass(reference.value()).map(Source::of);
    if (source.isEmpty()) {
      return new RunsModel.Missing(
          reference.kind() == CallModel.Reference.Kind.NAME
              ? CallMessages.noTemplateNamed(reference.value())
              : CallMessages.notAWorkflow(runs.describedAs()));
    }
    return source.get().fold(
        model -> {
          String kind = ManifestNames.kind(model.kind());
          List<RunsModel.Parameter> parameters = new ArrayList<>();
          for (ParamModel param : model.params()) {
            parameters.add(new RunsModel.Parameter(param.name().value(), param.defaultValue().isEmpty()));
          }
          return model.library() || !ManifestNames.isTemplateKind(kind)
              ? new RunsModel.Missing(CallMessages.notRunnable(runs.describedAs()))
              : new RunsModel.Resolved(model.name().value(), kind, parameters, templatesOf(model));
        },
        entry -> {
          List<RunsModel.Parameter> parameters = new ArrayList<>();
          for (WorkflowIndex.Parameter param : entry.parameters()) {
            parameters.add(new RunsModel.Parameter(param.name(), param.defaultValue() == null));
          }
          return ManifestNames.isTemplateKind(entry.kind())
              ? new RunsModel.Resolved(entry.name(), entry.kind(), parameters, templatesOf(entry))
              : new RunsModel.Missing(CallMessages.notRunnableEntry(entry.name(), entry.kind()));
        });
  }

  /**
   * The templates of a workflow from source: the graph of its steps, each step's template, and each
   * {@code @Template} with the inputs its caller passes.
   */
  private static List<RunsModel.Template> templatesOf(WorkflowModel model) {
    List<RunsModel.Template> templates = new ArrayList<>();
    if (!model.scripts().isEmpty()) {
      templates.add(new RunsModel.Template(model.entryName(), List.of()));
    }
    for (ScriptModel script : model.scripts()) {
      templates.add(new RunsModel.Template(script.name().value(), List.of()));
    }
    for (ScriptModel template : model.templates()) {
      List<RunsModel.Parameter> inputs = new ArrayList<>();
      for (InputModel input : template.inputs()) {
        if (input.source() instanceof InputSource.Caller caller) {
          inputs.add(new RunsModel.Parameter(input.name(), !caller.hasOwnValue()));
        }
      }
      templates.add(new RunsModel.Template(template.name().value(), inputs));
    }
    return templates;
  }

  /**
   * The templates of a workflow from a jar's index: the graph of its steps, and each template by name
   * with the inputs a caller passes (the index does not say which have defaults: none counts as required).
   */
  private static List<RunsModel.Template> templatesOf(WorkflowIndex.Workflow entry) {
    List<RunsModel.Template> templates = new ArrayList<>();
    if (!entry.steps().isEmpty() && entry.entrypoint() == null) {
      templates.add(new RunsModel.Template(ManifestNames.ENTRY_TEMPLATE, List.of()));
    }
    List<WorkflowIndex.Step> all = new ArrayList<>(entry.steps());
    if (entry.templates() != null) {
      all.addAll(entry.templates());
    }
    Set<String> seen = new HashSet<>();
    for (WorkflowIndex.Step step : all) {
      List<RunsModel.Parameter> inputs = new ArrayList<>();
      for (WorkflowIndex.Input input : step.inputs()) {
        if ("caller".equals(input.source())) {
          inputs.add(new RunsModel.Parameter(input.name(), false));
        }
      }
      if (seen.add(step.name())) {
        templates.add(new RunsModel.Template(step.name(), inputs));
      }
    }
    return templates;
  }

  /** A workflow as its model (from source) or its index entry (from a jar). */
  private interface Source {
    <T> T fold(java.util.function.Function<WorkflowModel, T> model, java.util.function.Function<WorkflowIndex.Workflow, T> entry);

    static Source of(WorkflowModel model) {
      return new Source() {
        @Override
        public <T> T fold(java.util.function.Function<WorkflowModel, T> onModel, java.util.function.Function<WorkflowIndex.Workflow, T> onEntry) {
          return onModel.apply(model);
        }
      };
    }

    static Source of(WorkflowIndex.Workflow entry) {
      return new Source() {
        @Override
        public <T> T fold(java.util.function.Function<WorkflowModel, T> onModel, java.util.function.Function<WorkflowIndex.Workflow, T> onEntry) {
          return onEntry.apply(entry);
        }
      };
    }
  }

  private Optional<Source> byName(String name) {
    Optional<WorkflowModel> model = registry.byName(name);
    if (model.isPresent()) {
      return Optional.of(Source.of(model.get()));
    }
    return index.workflow(name).map(Source::of);
  }

  /**
   * A class of this compilation, or one from a jar: the latter is read through its index entry, since
   * a class file may not keep its methods' parameter names.
   */
  private Optional<WorkflowModel> byClass(String className) {
    Optional<WorkflowModel> known = registry.byClass(className);
    if (known.isPresent()) {
      return known;
    }
    return classReader.apply(className);
  }

  private static String simple(String canonical) {
    return canonical.replaceAll("[a-z0-9_]+\\.", "").replace(",", ", ");
  }
}
