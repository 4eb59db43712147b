package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.argo.TemplateText;
import dev.jera.processor.diagnostic.MetricMessages;
import dev.jera.processor.model.GraphOutputTypes;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.OutputModel;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import dev.jera.processor.validate.TemplateStrings.Place;
import dev.jera.processor.validate.TemplateStrings.Placed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The variables a metric's strings may use where it is written, as Argo's {@code prepareMetricScope} fills them
 * ({@code workflow/controller/steps.go}): the workflow's globals, and the node's {@code status}, {@code duration},
 * {@code resourcesDuration.*}; a pod's {@code exitCode} and {@code outputs.result}; the template's own
 * {@code inputs.parameters.*} and {@code outputs.parameters.*}; {@code retries} of a retried template.
 *
 * @param ofWorkflow whether it is the workflow's own scope ({@code spec.metrics}), not a template's
 * @param owner how messages name the place: {@code the workflow Hello}, {@code the graph steps}, {@code flakey()}
 * @param realtime the variables a realtime gauge may be ({@code realTimeScope})
 * @param pod whether the node is a pod's, which has an exit code
 * @param result whether the node has an {@code outputs.result}
 * @param inputs the template's input parameters
 * @param outputs the template's output parameters
 * @param retries whether the template retries
 */
record MetricScope(boolean ofWorkflow, String owner, List<String> realtime, boolean pod, boolean result, List<String> inputs,
    List<String> outputs, boolean retries) {

  static MetricScope ofWorkflow(WorkflowModel workflow) {
    return new MetricScope(true, "the workflow " + workflow.simpleName(), List.of("workflow.duration"), false, false,
        List.of(), List.of(), false);
  }

  static MetricScope ofGraph(WorkflowModel graph) {
    List<String> inputs = graph.nested() ? graph.params().stream().map(ParamModel::name).map(Text::value).toList() : List.of();
    List<String> outputs = graph.graphOutputs().stream()
        .filter(output -> !GraphOutputTypes.isFile(output, graph))
        .map(output -> output.name().value())
        .toList();
    return new MetricScope(false, "the graph " + graph.entryName(), List.of("duration", "workflow.duration"), false, false,
        inputs, outputs, false);
  }

  static MetricScope ofTemplate(ScriptModel script) {
    List<String> inputs = new ArrayList<>();
    for (InputModel input : script.inputs()) {
      if (!input.isArtifact() && !(input.source() instanceof InputSource.Secret)) {
        inputs.add(input.name());
      }
    }
    List<String> outputs = script.outputs().stream().filter(output -> !output.isArtifact())
        .map(OutputModel::name).map(Text::value).toList();
    boolean result = script.isContainer() || script.isContainerSet()
        || script.runsJava() && !script.returns().isVoid() && !script.returnsArtifact();
    return new MetricScope(false, script.methodName() + "()", List.of("duration", "workflow.duration"), !script.isSuspend(), result,
        inputs, outputs, script.retry().isPresent());
  }

  /** Why {@code tag} names nothing here, or empty when it resolves. */
  Optional<String> problem(TemplateText.Tag tag, TagResolver resolver) {
    String name = tag.name().strip();
    if (tag.expression() || name.startsWith("workflow.")) {
      return resolver.problem(tag, new Placed(new Text(name, null), Place.GLOBAL, Optional.empty(), owner));
    }
    switch (name) {
      case "status":
      case "duration":
      case "resourcesDuration.cpu":
      case "resourcesDuration.memory":
        return Optional.empty();
      case "exitCode":
        return pod ? Optional.empty() : Optional.of(MetricMessages.notOfGraph(name));
      case "outputs.result":
        if (!pod || ofWorkflow) {
          return Optional.of(MetricMessages.notOfGraph(name));
        }
        return result ? Optional.empty() : Optional.of(MetricMessages.noResult(owner.substring(0, owner.length() - 2)));
      case "retries":
        return retries ? Optional.empty() : Optional.of(MetricMessages.retriesWithoutRetry());
      default:
        break;
    }
    if (name.startsWith("outputs.parameters.") && !ofWorkflow) {
      String output = name.substring("outputs.parameters.".length());
      return outputs.contains(output) ? Optional.empty()
          : Optional.of(MetricMessages.noOutput(owner, output, outputs, DidYouMean.closest(output, outputs)));
    }
    if (name.startsWith("inputs.parameters.") && !ofWorkflow) {
      String input = name.substring("inputs.parameters.".length());
      return inputs.contains(input) ? Optional.empty()
          : Optional.of(MetricMessages.noInput(owner, input, inputs, DidYouMean.closest(input, inputs)));
    }
    return Optional.of(MetricMessages.unknownMetricVariable(name, owner, DidYouMean.closest(name, variables())));
  }

  /** Every variable of the place, for a suggestion. */
  private List<String> variables() {
    List<String> names = new ArrayList<>(List.of("status", "duration", "resourcesDuration.cpu", "resourcesDuration.memory",
        "workflow.status", "workflow.duration", "workflow.name"));
    if (!ofWorkflow) {
      if (pod) {
        names.add("exitCode");
      }
      if (result) {
        names.add("outputs.result");
      }
      if (retries) {
        names.add("retries");
      }
      inputs.forEach(input -> names.add("inputs.parameters." + input));
      outputs.forEach(output -> names.add("outputs.parameters." + output));
    }
    return names;
  }
}
