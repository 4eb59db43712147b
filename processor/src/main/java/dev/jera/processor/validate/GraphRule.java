package dev.jera.processor.validate;

import dev.jera.Style;
import dev.jera.argo.DidYouMean;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.WorkflowMessages;
import dev.jera.processor.model.GraphSettings;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import java.util.List;

/** {@code @Graph} sets a graph the class has, with a parallelism Argo takes. */
final class GraphRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel workflow = context.workflow();
    GraphSettings graph = workflow.graphSettings();
    if (graph.site() == null) {
      return;
    }
    if (workflow.library()) {
      diagnostics.report(graph.site(), WorkflowMessages.graphWithoutSteps(workflow.simpleName(), "a @Library"));
      return;
    }
    if (workflow.steps().isEmpty() && workflow.entryTemplate().isPresent()) {
      diagnostics.report(graph.site(), WorkflowMessages.graphWithoutSteps(
          workflow.simpleName(), "whose entrypoint is the @Template " + workflow.entryTemplate().get().methodName() + "()"));
      return;
    }
    if (graph.parallelism() < 0) {
      diagnostics.report(graph.parallelismSite(), WorkflowMessages.negativeGraphParallelism(graph.parallelism()));
    }
    graph.target().ifPresent(target -> checkTarget(context, target, diagnostics));
  }

  /** Step names separated by spaces, or tags (TagRule checks those) that choose them when the workflow starts. */
  private static void checkTarget(Context context, Text target, Diagnostics diagnostics) {
    if (context.workflow().style() == Style.STEPS) {
      diagnostics.report(target.site(), WorkflowMessages.targetInSteps(context.workflow().simpleName()));
      return;
    }
    if (target.value().contains("{{")) {
      return;
    }
    List<String> steps = context.workflow().steps().stream().map(script -> script.name().value()).toList();
    for (String name : target.value().split(" ")) {
      if (!steps.contains(name)) {
        diagnostics.report(target.site(), WorkflowMessages.unknownTarget(name, DidYouMean.closest(name, steps)));
      }
    }
  }
}
