package dev.jera.processor.validate;

import dev.jera.processor.model.WorkflowModel;
import dev.jera.runtime.argo.KubeNames;

/** The workflow has steps, a sane parallelism, a valid service account, and fits Argo's limits. */
final class WorkflowShapeRule implements Rule {
  /** Argo v4's CRD limits: templates per workflow, tasks per DAG. */
  static final int MAX_TEMPLATES = 200;

  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel workflow = context.workflow();
    if (workflow.runs().isPresent()) {
      // RunsRule speaks for a workflow that runs a template.
    } else if (workflow.scripts().isEmpty()) {
      diagnostics.error(workflow.site(), Messages.noScripts(workflow.simpleName()));
    } else if (context.graph().nodes().isEmpty()) {
      diagnostics.error(workflow.site(), Messages.onlyExitHandler(workflow.simpleName()));
    }
    // One template per script plus the entry template.
    if (workflow.scripts().size() + 1 > MAX_TEMPLATES) {
      diagnostics.error(workflow.site(), Messages.tooMany("templates (one per script, plus one)", workflow.scripts().size() + 1, MAX_TEMPLATES));
    }
    if (workflow.parallelism() < 0) {
      diagnostics.error(workflow.parallelismSite(), Messages.negativeParallelism(workflow.parallelism()));
    }
    workflow.serviceAccount().ifPresent(account -> KubeNames.dns1123Subdomain(account.value())
        .ifPresent(problem -> diagnostics.error(account.site(), Messages.invalidServiceAccount(account.value(), problem))));
  }
}
