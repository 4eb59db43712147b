package dev.jera.processor.resolve;

import dev.jera.argo.DidYouMean;
import dev.jera.processor.collect.WorkflowCollector;
import dev.jera.processor.emit.ManifestBuilder;
import dev.jera.processor.model.CallModel;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.RunsModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.WorkflowModel;
import dev.jera.processor.wiring.StepLookup;
import dev.jera.runner.index.WorkflowIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Resolves what {@code @Call} and {@code @Workflow(runs)} name: a workflow or library of this
 * compilation, a class on the class path, or a name in a jar's index. The result is plain data the
 * rules check and the writers use.
 */
public final class CallResolver {
  private static final String JAVA_PATH = "java.nio.file.Path";

  private final Elements elements;
  private final WorkflowCollector collector;
  private final Registry registry;
  private final ClasspathIndex index;

  public CallResolver(Elements elements, WorkflowCollector collector, Registry registry, ClasspathIndex index) {
    this.elements = elements;
    this.collector = collector;
    this.registry = registry;
    this.index = index;
  }

  public WorkflowModel resolve(WorkflowModel workflow) {
    List<ScriptModel> scripts = new ArrayList<>();
    boolean changed = false;
    for (ScriptModel script : workflow.scripts()) {
      if (script.call().isPresent() && script.call().get().target() instanceof CallModel.Pending) {
        scripts.add(script.withCall(script.call().get().resolvedTo(call(script.call().get()))));
        changed = true;
      } else {
        scripts.add(script);
      }
    }
    Optional<RunsModel> runs = workflow.runs().map(r -> r.target() instanceof RunsModel.Pending ? r.resolvedTo(runs(r)) : r);
    return changed || runs.isPresent() ? workflow.resolved(scripts, runs) : workflow;
  }

  private CallModel.Target call(CallModel call) {
    CallModel.Reference reference = call.reference();
    String template = call.template().value();
    if (reference.kind() == CallModel.Reference.Kind.NAME) {
      return byName(reference.value())
          .map(source -> source.fold(model -> fromModel(model, template, call.describedAs()), entry -> fromIndex(entry, template)))
          .orElseGet(() -> new CallModel.Missing(
              "no workflow template named '" + reference.value() + "' in this compilation or on the class path"
                  + " (its jar would hold " + ClasspathIndex.entryPath(reference.value()) + ")"));
    }
    Optional<WorkflowModel> model = byClass(reference.value());
    if (model.isEmpty()) {
      return new CallModel.Missing(call.describedAs() + " is not a @Workflow or @Library class Jera can read");
    }
    boolean library = reference.kind() == CallModel.Reference.Kind.LIBRARY_CLASS;
    if (library != model.get().library()) {
      return new CallModel.Missing(
          library
              ? call.describedAs() + " is not a @Library; name a workflow template with @Call(workflow = …)"
              : call.describedAs() + " is a @Library; call it with @Call(library = …)");
    }
    return fromModel(model.get(), template, call.describedAs());
  }

  private CallModel.Target fromModel(WorkflowModel model, String template, String describedAs) {
    if (!model.library()) {
      String kind = ManifestBuilder.kindName(model.kind());
      if (!kind.endsWith("WorkflowTemplate")) {
        return new CallModel.Missing(
            describedAs + " is a " + model.kind() + "; only a WORKFLOW_TEMPLATE or CLUSTER_WORKFLOW_TEMPLATE can be called");
      }
    }
    StepLookup lookup = new StepLookup(model);
    Optional<ScriptModel> found = lookup.find(template);
    if (found.isEmpty()) {
      return new CallModel.Missing(
          describedAs + " has no script '" + template + "'"
              + DidYouMean.hint(template, lookup.names()));
    }
    ScriptModel callee = found.get();
    if (callee.isCall()) {
      return new CallModel.Missing(
          "'" + template + "' of " + describedAs + " calls another template itself; call that template directly");
    }
    List<CallModel.CalleeInput> inputs = new ArrayList<>();
    for (InputModel input : callee.inputs()) {
      boolean fixed =
          input.sources().stream().anyMatch(s -> s instanceof InputSource.Secret || s instanceof InputSource.External);
      inputs.add(new CallModel.CalleeInput(input.name(), input.type().canonical(), input.type().display(), input.isArtifact(), !fixed));
    }
    return new CallModel.Resolved(
        new CallModel.Callee(
            model.library() ? "" : model.name().value(),
            model.library() ? "Library" : ManifestBuilder.kindName(model.kind()),
            callee.name().value(),
            inputs,
            callee.returns().canonical(),
            callee.returns().display(),
            callee.returnsArtifact(),
            model.library() ? Optional.of(callee) : Optional.empty(),
            model.library() ? Optional.of(model.runnerName()) : Optional.empty()));
  }

  private CallModel.Target fromIndex(WorkflowIndex.Workflow entry, String template) {
    String describedAs = "'" + entry.name() + "'";
    if (!entry.kind().endsWith("WorkflowTemplate")) {
      return new CallModel.Missing(describedAs + " is a " + entry.kind() + "; only a WorkflowTemplate or ClusterWorkflowTemplate can be called");
    }
    List<String> names = new ArrayList<>();
    for (WorkflowIndex.Step step : entry.steps()) {
      names.add(step.name());
      names.add(step.method());
      if (!step.name().equals(template) && !step.method().equals(template)) {
        continue;
      }
      List<CallModel.CalleeInput> inputs = new ArrayList<>();
      for (WorkflowIndex.Input input : step.inputs()) {
        String source = input.source();
        boolean fixed = source.startsWith("secret:") || List.of("http", "git", "s3", "gcs").contains(source);
        inputs.add(new CallModel.CalleeInput(input.name(), input.type(), simple(input.type()), input.type().equals(JAVA_PATH), !fixed));
      }
      return new CallModel.Resolved(
          new CallModel.Callee(
              entry.name(), entry.kind(), step.name(), inputs, step.returns(), simple(step.returns()),
              step.returns().equals(JAVA_PATH), Optional.empty(), Optional.empty()));
    }
    return new CallModel.Missing(
        describedAs + " has no template '" + template + "'"
            + DidYouMean.hint(template, names));
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
              ? "no workflow template named '" + reference.value() + "' in this compilation or on the class path"
              : runs.describedAs() + " is not a @Workflow class Jera can read");
    }
    return source.get().fold(
        model -> {
          String kind = ManifestBuilder.kindName(model.kind());
          List<RunsModel.Parameter> parameters = new ArrayList<>();
          for (ParamModel param : model.params()) {
            parameters.add(new RunsModel.Parameter(param.name().value(), param.defaultValue().isEmpty()));
          }
          return model.library() || !kind.endsWith("WorkflowTemplate")
              ? new RunsModel.Missing(runs.describedAs() + " is not a WORKFLOW_TEMPLATE or CLUSTER_WORKFLOW_TEMPLATE")
              : new RunsModel.Resolved(model.name().value(), kind, parameters);
        },
        entry -> {
          List<RunsModel.Parameter> parameters = new ArrayList<>();
          for (WorkflowIndex.Parameter param : entry.parameters()) {
            parameters.add(new RunsModel.Parameter(param.name(), param.defaultValue() == null));
          }
          return entry.kind().endsWith("WorkflowTemplate")
              ? new RunsModel.Resolved(entry.name(), entry.kind(), parameters)
              : new RunsModel.Missing("'" + entry.name() + "' is a " + entry.kind() + ", not a WorkflowTemplate");
        });
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
    TypeElement type = elements.getTypeElement(className);
    if (type == null) {
      return Optional.empty();
    }
    return collector.collect(type);
  }

  private static String simple(String canonical) {
    return canonical.replaceAll("[a-z0-9_]+\\.", "").replace(",", ", ");
  }
}
