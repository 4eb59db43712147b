package dev.jera.processor.validate;

import dev.jera.Kind;
import dev.jera.processor.Options;
import dev.jera.processor.model.Text;
import dev.jera.runtime.argo.KubeNames;
import java.util.List;
import java.util.Optional;

/** The workflow's name is a Kubernetes name and fits what Argo adds to it. */
final class WorkflowNameRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    Text name = context.workflow().name();
    if (written(name).contains(Options.LEGACY_VERSION_PLACEHOLDER)) {
      diagnostics.warning(name.site(), Messages.legacyVersionPlaceholder(written(name)));
    }
    for (String placeholder : List.of(Options.VERSION_PLACEHOLDER, Options.LEGACY_VERSION_PLACEHOLDER)) {
      if (name.value().contains(placeholder)) {
        diagnostics.error(name.site(), Messages.versionWithoutOption(name.value(), placeholder));
        return;
      }
    }
    Optional<String> problem = KubeNames.dns1123Subdomain(name.value());
    if (problem.isPresent()) {
      diagnostics.error(name.site(), Messages.invalidWorkflowName(name.value(), problem.get()));
      return;
    }
    Kind kind = context.workflow().kind();
    int max = kind == Kind.CRON_WORKFLOW ? 52 : kind == Kind.WORKFLOW ? 58 : 63;
    if (name.value().length() > max) {
      String why =
          kind == Kind.CRON_WORKFLOW
              ? "Argo adds a timestamp to a CronWorkflow's runs, so it allows"
              : kind == Kind.WORKFLOW
                  ? "Kubernetes adds a random suffix to a Workflow's generateName, so it allows"
                  : "Argo allows";
      diagnostics.error(name.site(), Messages.workflowNameTooLong(name.value(), max, why));
    }
  }

  /** The name as written in {@code @Workflow(name)}, before the version was put in. */
  private static String written(Text name) {
    return name.site().value().map(value -> String.valueOf(value.getValue())).orElse(name.value());
  }
}
