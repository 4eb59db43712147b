package dev.jera.processor.validate;

import dev.jera.Kind;
import dev.jera.argo.DidYouMean;
import dev.jera.argo.KubeNames;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.TemplateMessages;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.JsonShape;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Site;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code @Workflow(entrypoint)}: a valid template name; with steps, the name of their graph; without,
 * a {@code @Template} whose inputs the workflow's parameters feed by name (Argo binds
 * {@code spec.arguments} to the entrypoint's inputs).
 */
final class EntrypointRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel workflow = context.workflow();
    // An exit handler that is a @Template is called with the workflow's arguments, as the entrypoint is.
    context.graph().exitHandler().filter(exit -> workflow.templates().contains(exit)).ifPresent(exit ->
        fedByParameters(workflow, "the exit handler " + exit.name().value(), exit, workflow.onExit().get().site(), diagnostics));
    workflow.exitGraph().ifPresent(exit -> graphFedByParameters(workflow, "the exit handler", exit, workflow.onExit().get().site(), diagnostics));
    if (workflow.entrypoint().isEmpty() || workflow.runs().isPresent()) {
      return;
    }
    Text entry = workflow.entrypoint().get();
    Optional<String> problem = KubeNames.argoTemplateName(entry.value());
    if (entry.value().length() > 128) {
      diagnostics.report(entry.site(), TemplateMessages.templateNameTooLong(entry.value(), "the entrypoint"));
      return;
    } else if (problem.isPresent()) {
      diagnostics.report(entry.site(), TemplateMessages.invalidTemplateName(entry.value(), "the entrypoint", problem.get()));
      return;
    }
    Optional<ScriptModel> template = workflow.entryTemplate();
    List<String> steps = new ArrayList<>();
    for (ScriptModel script : workflow.steps()) {
      steps.add(script.methodName() + "()");
    }
    Optional<WorkflowModel> graph = workflow.graphs().stream().filter(g -> g.name().value().equals(entry.value())).findFirst();
    if (template.isEmpty() && graph.isPresent()) {
      // A nested graph as the entrypoint (with steps, TemplateRule reports the clash of names).
      if (steps.isEmpty()) {
        graphFedByParameters(workflow, "the entrypoint", graph.get(), entry.site(), diagnostics);
      }
      return;
    }
    if (template.isEmpty()) {
      if (steps.isEmpty()) {
        List<String> names = new ArrayList<>();
        workflow.templates().forEach(t -> names.add(t.name().value()));
        workflow.graphs().forEach(g -> names.add(g.name().value()));
        Optional<String> meant = workflow.templates().stream()
            .filter(t -> t.methodName().equals(entry.value())).map(t -> t.name().value()).findFirst()
            .or(() -> DidYouMean.closest(entry.value(), names));
        diagnostics.report(entry.site(), TemplateMessages.unknownEntrypoint(entry.value(), workflow.simpleName(), meant));
      }
      return; // With steps, the entrypoint names their graph (TemplateRule keeps @Templates off that name).
    }
    if (!steps.isEmpty()) {
      diagnostics.report(entry.site(), TemplateMessages.entrypointSkipsSteps(workflow.simpleName(), entry.value(), template.get().methodName(), steps));
      return;
    }
    fedByParameters(workflow, "the entrypoint " + entry.value(), template.get(), entry.site(), diagnostics);
  }

  /** Each input of a nested graph run as the entrypoint has a default or a workflow parameter of its name. */
  private static void graphFedByParameters(WorkflowModel workflow, String role, WorkflowModel graph, Site site,
      Diagnostics diagnostics) {
    if (workflow.kind() == Kind.WORKFLOW_TEMPLATE || workflow.kind() == Kind.CLUSTER_WORKFLOW_TEMPLATE) {
      return;
    }
    List<String> params = workflow.params().stream().map(param -> param.name().value()).toList();
    for (ParamModel input : graph.params()) {
      if (input.defaultValue().isEmpty() && !params.contains(input.name().value())) {
        diagnostics.report(site, TemplateMessages.entryInputWithoutParam(
            role + " " + graph.name().value(), input.name().value(), workflow.simpleName()));
      }
    }
  }

  /** Each input of {@code template} the caller passes has a default or a workflow parameter of its name. */
  private static void fedByParameters(WorkflowModel workflow, String role, ScriptModel template, Site site, Diagnostics diagnostics) {
    if (workflow.kind() == Kind.WORKFLOW_TEMPLATE || workflow.kind() == Kind.CLUSTER_WORKFLOW_TEMPLATE) {
      return; // The workflow that runs a template passes the arguments its entrypoint needs.
    }
    List<String> params = new ArrayList<>();
    for (ParamModel param : workflow.params()) {
      params.add(param.name().value());
    }
    List<String> files = new ArrayList<>();
    workflow.argumentFiles().forEach(file -> files.add(file.name()));
    for (InputModel input : template.inputs()) {
      boolean fromCaller = input.source() instanceof InputSource.Caller;
      if (input.isArtifact()) {
        // A file input is fed by an argument file of its name; an optional one may go without.
        if (fromCaller && !files.contains(input.name()) && !JsonShape.optionalFile(input.type().shape())) {
          diagnostics.report(site, TemplateMessages.entryFileWithoutArgument(role, input.name(), workflow.simpleName()));
        }
        continue;
      }
      boolean hasDefault = input.source() instanceof InputSource.Caller caller && caller.hasOwnValue();
      if (fromCaller && !hasDefault && !params.contains(input.name())) {
        diagnostics.report(site, TemplateMessages.entryInputWithoutParam(role, input.name(), workflow.simpleName()));
      }
    }
  }
}
