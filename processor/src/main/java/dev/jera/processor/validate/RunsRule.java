package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.processor.diagnostic.CallMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.RunsModel;
import dev.jera.processor.model.WorkflowModel;
import java.util.ArrayList;
import java.util.List;

/** A workflow that runs a template resolves it, has no scripts of its own, and passes its parameters. */
final class RunsRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel workflow = context.workflow();
    if (workflow.runs().isEmpty()) {
      return;
    }
    RunsModel runs = workflow.runs().get();
    if (!workflow.steps().isEmpty()) {
      diagnostics.report(runs.site(), CallMessages.runsWithScripts(workflow.simpleName()));
    }
    if (runs.target() instanceof RunsModel.Missing) {
      diagnostics.report(runs.site(), CallMessages.runsProblem(((RunsModel.Missing) runs.target()).problem()));
      return;
    }
    if (!(runs.target() instanceof RunsModel.Resolved)) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (RunsModel.Parameter parameter : ((RunsModel.Resolved) runs.target()).parameters()) {
      names.add(parameter.name());
    }
    for (ParamModel param : workflow.params()) {
      if (!names.contains(param.name().value())) {
        diagnostics.report(
            param.name().site(),
            CallMessages.runsUnknownParam(param.name().value(), runs.describedAs(), DidYouMean.closest(param.name().value(), names)));
      }
    }
  }
}
