package dev.jera.processor.validate;

import dev.jera.argo.KubeNames;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.WorkflowMessages;
import dev.jera.processor.model.WorkflowModel;

/** The workflow has steps, a sane parallelism and a valid service account. */
final class WorkflowShapeRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel workflow = context.workflow();
    if (workflow.runs().isPresent()) {
      // RunsRule speaks for a workflow that runs a template.
    } else if (workflow.steps().isEmpty()) {
      // A @Template entrypoint runs alone (EntrypointRule checks the name); a template library needs templates.
      boolean runsATemplate = workflow.entrypoint().isPresent();
      boolean library = workflow.templateLibrary() && !(workflow.templates().isEmpty() && workflow.graphs().isEmpty());
      if (!runsATemplate && !library) {
        diagnostics.report(workflow.site(), WorkflowMessages.noScripts(workflow.simpleName()));
      }
    } else if (context.graph().nodes().isEmpty()) {
      diagnostics.report(workflow.site(), WorkflowMessages.onlyExitHandler(workflow.simpleName()));
    }
    // Argo's limit of templates is checked before collection (TemplateLimit), so a model is within it.
    if (workflow.parallelism() < 0) {
      diagnostics.report(workflow.parallelismSite(), WorkflowMessages.negativeParallelism(workflow.parallelism()));
    }
    workflow.serviceAccount().ifPresent(account -> KubeNames.dns1123Subdomain(account.value())
        .ifPresent(problem -> diagnostics.report(account.site(), WorkflowMessages.invalidServiceAccount(account.value(), problem))));
  }
}
