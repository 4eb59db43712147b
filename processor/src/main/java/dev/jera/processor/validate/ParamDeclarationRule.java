package dev.jera.processor.validate;

import dev.jera.Kind;
import dev.jera.argo.KubeNames;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.ParamMessages;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Declared workflow parameters: valid unique names, defaults among the allowed values, a ConfigMap key
 * as {@code configmap/key} and without allowed values in a workflow that is submitted.
 */
final class ParamDeclarationRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    Set<String> names = new HashSet<>();
    for (ParamModel param : context.workflow().params()) {
      String name = param.name().value();
      Optional<String> problem = KubeNames.argoParameterName(name);
      if (problem.isPresent()) {
        diagnostics.report(param.name().site(), ParamMessages.invalidParamName(name, problem.get()));
      }
      if (!names.add(name)) {
        diagnostics.report(param.name().site(), ParamMessages.duplicateParam(name));
      }
      List<String> allowed = new ArrayList<>();
      for (Text value : param.allowed()) {
        if (allowed.contains(value.value())) {
          diagnostics.report(value.site(), ParamMessages.duplicateAllowed(value.value(), name));
        }
        allowed.add(value.value());
      }
      param.configMap().filter(ref -> !ref.isValid())
          .ifPresent(ref -> diagnostics.report(ref.site(), ParamMessages.invalidConfigMap(ref.written(), name)));
      // validate.go validateArgumentsValues: an enum needs a value, unless a WorkflowTemplate is only linted
      boolean submitted = context.workflow().kind() == Kind.WORKFLOW || context.workflow().kind() == Kind.CRON_WORKFLOW;
      if (submitted && param.configMap().isPresent() && !param.allowed().isEmpty()) {
        diagnostics.report(param.allowed().get(0).site(), ParamMessages.configMapWithAllowed(name, param.configMap().get().written()));
      }
      if (param.defaultValue().isPresent() && !allowed.isEmpty()
          && !allowed.contains(param.defaultValue().get().value())) {
        Text value = param.defaultValue().get();
        diagnostics.report(value.site(), ParamMessages.defaultNotAllowed(value.value(), name, allowed));
      }
    }
  }
}
