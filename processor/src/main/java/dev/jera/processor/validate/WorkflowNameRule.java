package dev.jera.processor.validate;

import dev.jera.Kind;
import dev.jera.argo.KubeNames;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.NameMessages;
import dev.jera.processor.model.Options;
import dev.jera.processor.model.Text;
import java.util.List;
import java.util.Optional;

/**
 * The workflow's name is a Kubernetes name and fits what Argo adds to it. The limit a name is held to
 * is the one of its kind from the start, so a long name is told it once, not Kubernetes' 253 first.
 */
final class WorkflowNameRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    Text name = context.workflow().name();
    String value = name.value();
    if (written(name).contains(Options.LEGACY_VERSION_PLACEHOLDER)) {
      diagnostics.report(name.site(), NameMessages.legacyVersionPlaceholder(written(name)));
    }
    for (String placeholder : List.of(Options.VERSION_PLACEHOLDER, Options.LEGACY_VERSION_PLACEHOLDER)) {
      if (value.contains(placeholder)) {
        diagnostics.report(name.site(), NameMessages.versionWithoutOption(value, placeholder));
        return;
      }
    }
    Kind kind = context.workflow().kind();
    // A Workflow given exactly its name (generateName = false) gets no suffix: Kubernetes' 63 apply.
    boolean fixed = kind == Kind.WORKFLOW && context.workflow().resourceSettings().fixedName();
    int max = fixed ? 63 : maxLength(kind);
    Optional<String> problem = KubeNames.dns1123Subdomain(value, max);
    if (problem.isEmpty()) {
      return;
    }
    boolean tooLong = value.length() > max;
    if (tooLong && KubeNames.dns1123Subdomain(value, value.length()).isEmpty()) {
      diagnostics.report(name.site(), NameMessages.workflowNameTooLong(value, max, kind, fixed));
    } else {
      diagnostics.report(name.site(), tooLong
          ? NameMessages.invalidAndTooLongWorkflowName(value, problem.get(), max, kind, fixed)
          : NameMessages.invalidWorkflowName(value, problem.get()));
    }
  }

  /** The name as written in {@code @Workflow(name)}, before the version was put in. */
  private static String written(Text name) {
    return name.site().value().map(written -> String.valueOf(written.getValue())).orElse(name.value());
  }

  /** The longest name Argo takes for a workflow of this kind, with what it appends. */
  static int maxLength(Kind kind) {
    return kind == Kind.CRON_WORKFLOW ? 52 : kind == Kind.WORKFLOW ? 58 : 63;
  }
}
