package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.processor.diagnostic.CallMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.TemplateMessages;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.RunsModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A workflow that runs a template resolves it, has no scripts of its own, starts at one of its templates
 * (its entrypoint, or the one {@code @Workflow(entrypoint)} names), and passes parameters the template or
 * that entrypoint takes.
 */
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
    RunsModel.Resolved template = (RunsModel.Resolved) runs.target();
    List<String> names = new ArrayList<>();
    for (RunsModel.Parameter parameter : template.parameters()) {
      names.add(parameter.name());
    }
    Optional<RunsModel.Template> entry = entrypoint(workflow, runs.describedAs(), template, diagnostics);
    if (workflow.entrypoint().isPresent() && entry.isEmpty()) {
      return;
    }
    // Argo binds spec.arguments to the entrypoint's inputs by name: a parameter may also feed one of them.
    entry.ifPresent(e -> e.inputs().forEach(input -> names.add(input.name())));
    entry.ifPresent(e -> fedInputs(workflow, runs.describedAs(), template, e, diagnostics));
    for (ParamModel param : workflow.params()) {
      if (!names.contains(param.name().value())) {
        diagnostics.report(
            param.name().site(),
            CallMessages.runsUnknownParam(param.name().value(), runs.describedAs(), DidYouMean.closest(param.name().value(), names)));
      }
    }
  }

  /** The template {@code @Workflow(entrypoint)} names among the referenced workflow's, reported when there is none. */
  private static Optional<RunsModel.Template> entrypoint(
      WorkflowModel workflow, String describedAs, RunsModel.Resolved template, Diagnostics diagnostics) {
    if (workflow.entrypoint().isEmpty()) {
      return Optional.empty();
    }
    Text entry = workflow.entrypoint().get();
    List<String> names = template.templates().stream().map(RunsModel.Template::name).toList();
    Optional<RunsModel.Template> found = template.templates().stream().filter(t -> t.name().equals(entry.value())).findFirst();
    if (found.isEmpty()) {
      diagnostics.report(entry.site(), CallMessages.runsUnknownEntrypoint(entry.value(), describedAs, names,
          DidYouMean.closest(entry.value(), names)));
    }
    return found;
  }

  /** Each input of the chosen entrypoint without a value of its own is fed by a parameter of this workflow or the template. */
  private static void fedInputs(
      WorkflowModel workflow, String describedAs, RunsModel.Resolved template, RunsModel.Template entry, Diagnostics diagnostics) {
    Set<String> params = new HashSet<>();
    workflow.params().forEach(param -> params.add(param.name().value()));
    template.parameters().forEach(param -> params.add(param.name()));
    for (RunsModel.Parameter input : entry.inputs()) {
      if (input.required() && !params.contains(input.name())) {
        diagnostics.report(workflow.entrypoint().get().site(), TemplateMessages.entryInputWithoutParam(
            "the entrypoint " + entry.name() + " of " + describedAs, input.name(), workflow.simpleName()));
      }
    }
  }
}
