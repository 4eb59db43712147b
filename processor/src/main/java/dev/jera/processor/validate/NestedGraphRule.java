package dev.jera.processor.validate;

import dev.jera.Kind;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.WorkflowMessages;
import dev.jera.processor.model.CallModel;
import dev.jera.processor.model.GraphSettings;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import java.util.HashSet;
import java.util.Set;

/**
 * The workflow's nested {@code @Graph} classes: each has steps and is called (by a step, the entrypoint or
 * {@code onExit}); the workflow class's own {@code @Graph} leaves its name and style to {@code @Workflow}.
 * Their steps are checked as a graph of their own (Validator's graph rules); their names with the other
 * templates' (TemplateRule).
 */
final class NestedGraphRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel workflow = context.workflow();
    GraphSettings own = workflow.graphSettings();
    own.name().ifPresent(name -> diagnostics.report(name.site(), WorkflowMessages.graphNameOnWorkflow("name", workflow.simpleName())));
    own.styleSite().ifPresent(site -> diagnostics.report(site, WorkflowMessages.graphNameOnWorkflow("style", workflow.simpleName())));
    Set<String> called = calledTemplates(workflow);
    for (WorkflowModel graph : workflow.graphs()) {
      String name = graph.name().value();
      if (graph.scripts().isEmpty()) {
        diagnostics.report(graph.site(), WorkflowMessages.nestedGraphWithoutSteps(graph.simpleName(), name));
      } else if (!called.contains(name) && !callableElsewhere(workflow)) {
        diagnostics.report(graph.site(), WorkflowMessages.uncalledGraph(graph.simpleName(), name));
      }
    }
  }

  /** A (Cluster)WorkflowTemplate's templates are there for other workflows to call by templateRef. */
  private static boolean callableElsewhere(WorkflowModel workflow) {
    return workflow.kind() == Kind.WORKFLOW_TEMPLATE || workflow.kind() == Kind.CLUSTER_WORKFLOW_TEMPLATE;
  }

  /** The templates the workflow names: its entrypoint, onExit, and what its graphs' steps call locally. */
  static Set<String> calledTemplates(WorkflowModel workflow) {
    Set<String> called = new HashSet<>();
    workflow.entrypoint().map(Text::value).ifPresent(called::add);
    workflow.onExit().map(Text::value).ifPresent(called::add);
    addCalls(workflow, called);
    workflow.graphs().forEach(graph -> addCalls(graph, called));
    return called;
  }

  private static void addCalls(WorkflowModel graph, Set<String> called) {
    for (ScriptModel script : graph.scripts()) {
      // An unresolved call counts as a call of what it names: its error says which template was meant.
      script.call()
          .filter(call -> call.reference().kind() == CallModel.Reference.Kind.LOCAL)
          .ifPresent(call -> called.add(call.template().value()));
    }
  }
}
