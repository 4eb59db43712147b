package dev.jera.processor.validate;

import dev.jera.Style;
import dev.jera.argo.DidYouMean;
import dev.jera.argo.KubeNames;
import dev.jera.argo.expr.ExpressionException;
import dev.jera.argo.expr.RetryExpression;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.OutputMessages;
import dev.jera.processor.model.GraphOutputModel;
import dev.jera.processor.model.GraphOutputTypes;
import dev.jera.processor.model.OutputModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code @Output} on a graph class: a name Argo takes, once per kind; a value from one step of the graph
 * (its named output, or its result) or from an expression that parses and reads the graph's steps.
 */
final class GraphOutputRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel graph = context.workflow();
    String owner = graph.nested() ? graph.simpleName() : "the graph of " + graph.simpleName();
    Set<String> parameters = new HashSet<>();
    Set<String> files = new HashSet<>();
    for (GraphOutputModel output : graph.graphOutputs()) {
      Text name = output.name();
      if (name.isEmpty()) {
        diagnostics.report(output.site(), OutputMessages.graphOutputWithoutName(owner));
        continue;
      }
      KubeNames.argoParameterName(name.value()).ifPresent(problem ->
          diagnostics.report(name.site(), OutputMessages.invalidName("output name", name.value(), problem)));
      if (output.from().isPresent() == output.expression().isPresent()) {
        diagnostics.report(output.site(), OutputMessages.graphOutputSource(owner, name.value()));
        continue;
      }
      boolean file = GraphOutputTypes.isFile(output, graph);
      if (!(file ? files : parameters).add(name.value())) {
        diagnostics.report(name.site(), OutputMessages.duplicate(file ? "file" : "value", name.value(), graph.simpleName()));
      }
      output.from().ifPresent(from -> checkFrom(context, owner, output, from, diagnostics));
      output.expression().ifPresent(expression -> checkExpression(context, owner, expression, diagnostics));
    }
  }

  private static void checkFrom(Context context, String owner, GraphOutputModel output, Text from, Diagnostics diagnostics) {
    Optional<ScriptModel> producer = GraphOutputTypes.producer(output, context.workflow());
    if (producer.isEmpty()) {
      List<String> steps = context.workflow().scripts().stream().map(s -> s.name().value()).toList();
      diagnostics.report(from.site(), OutputMessages.graphOutputUnknownStep(owner, from.value(), DidYouMean.closest(from.value(), steps)));
      return;
    }
    ScriptModel step = producer.get();
    if (output.output().isEmpty()) {
      if (!step.returnsArtifact() && step.returns().isVoid()) {
        diagnostics.report(from.site(), OutputMessages.graphOutputWithoutValue(owner, from.value(), step.methodName()));
      }
      return;
    }
    Text named = output.output().get();
    Optional<List<OutputModel>> outputs = step.readableOutputs();
    if (outputs.isEmpty()) {
      return; // a template from a jar's index: its outputs are not known here.
    }
    List<String> names = outputs.get().stream().map(o -> o.name().value()).toList();
    if (!names.contains(named.value())) {
      diagnostics.report(named.site(), OutputMessages.unknown(from.value(), named.value(), names, DidYouMean.closest(named.value(), names)));
    }
  }

  /** The expression parses, and reads only the graph's steps, inputs and the workflow's variables. */
  private static void checkExpression(Context context, String owner, Text expression, Diagnostics diagnostics) {
    RetryExpression parsed;
    try {
      parsed = RetryExpression.parse(expression.value());
    } catch (ExpressionException e) {
      diagnostics.report(expression.site(), OutputMessages.graphOutputExpression(owner, expression.value(),
          "does not parse at column " + e.column() + ": " + e.reason()));
      return;
    }
    ExpressionCheck.problems(expression.value(), "the expression '" + expression.value() + "'", "an @Output of " + owner)
        .forEach(message -> diagnostics.report(expression.site(), message));
    String steps = context.workflow().style() == Style.STEPS ? "steps" : "tasks";
    for (RetryExpression.Reference reference : parsed.references()) {
      String root = reference.name().split("\\.", 2)[0];
      if (!reference.function() && !root.equals(steps) && !root.equals("inputs") && !root.equals("workflow")) {
        diagnostics.report(expression.site(), OutputMessages.graphOutputExpression(owner, expression.value(),
            "reads '" + root + "', which a graph's output cannot: it reads " + steps + ", inputs and workflow"));
      }
    }
  }
}
