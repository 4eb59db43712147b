package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.WorkflowMessages;
import dev.jera.processor.model.GraphSettings;
import dev.jera.processor.model.WorkflowModel;

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
    if (workflow.scripts().isEmpty() && workflow.entryTemplate().isPresent()) {
      diagnostics.report(graph.site(), WorkflowMessages.graphWithoutSteps(
          workflow.simpleName(), "whose entrypoint is the @Template " + workflow.entryTemplate().get().methodName() + "()"));
      return;
    }
    if (graph.parallelism() < 0) {
      diagnostics.report(graph.parallelismSite(), WorkflowMessages.negativeGraphParallelism(graph.parallelism()));
    }
  }
}
