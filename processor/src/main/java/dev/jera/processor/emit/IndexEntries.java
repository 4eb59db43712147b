package dev.jera.processor.emit;

import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ManifestNames;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.SecretModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import dev.jera.processor.wiring.WorkflowGraph;
import dev.jera.runner.index.WorkflowIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The index entry of a workflow, and the index file of a whole compilation. */
public final class IndexEntries {
  private IndexEntries() {}

  public static WorkflowIndex.Workflow entry(WorkflowModel workflow, WorkflowGraph graph) {
    return entry(workflow, graph, workflow.name().value());
  }

  /** As {@link #entry(WorkflowModel, WorkflowGraph)}, its manifest named {@code file} ({@code WorkflowNames.fileName}). */
  public static WorkflowIndex.Workflow entry(WorkflowModel workflow, WorkflowGraph graph, String file) {
    List<WorkflowIndex.Parameter> parameters = new ArrayList<>();
    for (ParamModel param : workflow.params()) {
      List<String> allowed = new ArrayList<>();
      for (Text value : param.allowed()) {
        allowed.add(value.value());
      }
      parameters.add(
          new WorkflowIndex.Parameter(
              param.name().value(),
              param.defaultValue().map(Text::value).orElse(null),
              allowed,
              param.description().map(Text::value).orElse(null)));
    }
    // An entry @Template is the workflow's one step, as a local run reports it.
    List<WorkflowIndex.Step> steps = steps(workflow.entryTemplate().map(List::of).orElse(workflow.steps()));
    boolean main = workflow.entrypoint().isEmpty() || workflow.entryName().equals(ManifestNames.ENTRY_TEMPLATE);
    return new WorkflowIndex.Workflow(
        workflow.name().value(),
        ManifestNames.kind(workflow.kind()),
        workflow.style().name(),
        workflow.className().canonicalName(),
        workflow.runnerName().canonicalName(),
        manifestPath(file),
        main ? null : workflow.entryName(),
        graph.exitHandler().map(exit -> exit.name().value()).orElse(null),
        parameters,
        steps,
        steps(workflow.templates()));
  }

  private static List<WorkflowIndex.Step> steps(List<ScriptModel> scripts) {
    List<WorkflowIndex.Step> steps = new ArrayList<>();
    for (ScriptModel script : scripts) {
      List<WorkflowIndex.Input> inputs = new ArrayList<>();
      for (InputModel input : script.inputs()) {
        inputs.add(new WorkflowIndex.Input(input.name(), input.type().canonical(), source(input.source())));
      }
      steps.add(
          new WorkflowIndex.Step(
              script.name().value(), script.methodName(), script.returns().canonical(), script.fansOut(), inputs));
    }
    return steps;
  }

  /** Where a workflow's manifest lives on the classpath, by its file name (its name, or {@code <name>.<kind>}). */
  public static String manifestPath(String file) {
    return "META-INF/argo/" + file + ".yaml";
  }

  private static String source(InputSource source) {
    if (source instanceof InputSource.Parameter) {
      return "param:" + ((InputSource.Parameter) source).name().value();
    }
    if (source instanceof InputSource.FromStep) {
      return "from:" + ((InputSource.FromStep) source).ref().value();
    }
    if (source instanceof InputSource.Item) {
      return "item";
    }
    if (source instanceof InputSource.Value) {
      return "value:" + ((InputSource.Value) source).template().value();
    }
    if (source instanceof InputSource.Caller) {
      return "caller";
    }
    if (source instanceof InputSource.External) {
      return ((InputSource.External) source).kind();
    }
    SecretModel secret = ((InputSource.Secret) source).secret();
    return "secret:" + secret.name().value() + "/" + secret.key().value();
  }

  /** One workflow's own entry, which other compilations read to type-check calls of its templates. */
  public static String entryJson(WorkflowIndex.Workflow entry) {
    return IndexJson.write(entry) + "\n";
  }

  /**
   * The index file's JSON, workflows sorted by name (then manifest, as kinds may share a name) so the file
   * does not depend on round order, with the processor options it was compiled with.
   */
  public static String json(Map<String, String> options, List<WorkflowIndex.Workflow> workflows) {
    List<WorkflowIndex.Workflow> sorted = new ArrayList<>(workflows);
    sorted.sort(Comparator.comparing(WorkflowIndex.Workflow::name).thenComparing(WorkflowIndex.Workflow::manifest));
    return IndexJson.write(new WorkflowIndex(WorkflowIndex.VERSION, options, sorted)) + "\n";
  }
}
