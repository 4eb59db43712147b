package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.ParamMessages;
import dev.jera.processor.model.ForEachParameter;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.KeyValue;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Scripts take declared parameters only; a declared parameter nothing uses draws a warning, unless a
 * misspelt reference meant it (the misspelling's error says so: one mistake, one report).
 */
final class ParamUsageRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    List<String> declared = new ArrayList<>();
    for (ParamModel param : context.workflow().params()) {
      declared.add(param.name().value());
    }
    Set<String> used = new HashSet<>();
    for (ScriptModel script : context.workflow().scripts()) {
      for (InputModel input : script.inputs()) {
        for (InputSource source : input.sources()) {
          if (source instanceof InputSource.Parameter) {
            Text name = ((InputSource.Parameter) source).name();
            used.add(name.value());
            if (!declared.contains(name.value())) {
              Optional<String> meant = DidYouMean.closest(name.value(), declared);
              diagnostics.report(name.site(), ParamMessages.unknownParam(name.value(), context.workflow().simpleName(), meant));
              meant.ifPresent(used::add);
            }
          }
        }
      }
    }
    WorkflowModel workflow = context.workflow();
    // forEach may fan out over a workflow parameter.
    for (ScriptModel script : context.workflow().scripts()) {
      ForEachParameter.of(context.workflow(), script, false).ifPresent(param -> used.add(param.name().value()));
    }
    // Argo feeds the entrypoint's inputs from the workflow's parameters of the same names.
    workflow.entryTemplate().ifPresent(entry -> entry.inputs().forEach(input -> used.add(input.name())));
    Set<String> mentions = new HashSet<>(workflow.nested()
        ? TemplateStrings.inputParametersMentioned(workflow)
        : TemplateStrings.workflowParametersMentioned(workflow));
    for (WorkflowModel graph : workflow.graphs()) {
      mentions.addAll(TemplateStrings.workflowParametersMentioned(graph));
      if (workflow.entryName().equals(graph.name().value())) {
        graph.params().forEach(input -> used.add(input.name().value()));
      }
    }
    for (String mentioned : mentions) {
      used.add(mentioned);
      if (!declared.contains(mentioned)) {
        DidYouMean.closest(mentioned, declared).ifPresent(used::add);
      }
    }
    // A label computed from a parameter (labelsFrom) uses it; a misspelt one is WorkflowMetadataRule's to report.
    for (Parsed<KeyValue> label : context.workflow().resourceSettings().labelsFrom()) {
      label.result().ifPresent(pair -> {
        for (String mentioned : TemplateStrings.parametersIn(pair.value())) {
          used.add(mentioned);
          DidYouMean.closest(mentioned, declared).ifPresent(used::add);
        }
      });
    }
    // A graph without steps has its own error; its inputs are not also reported unused.
    boolean stepless = workflow.nested() && workflow.scripts().isEmpty();
    for (ParamModel param : context.workflow().params()) {
      if (!used.contains(param.name().value()) && context.workflow().runs().isEmpty() && !stepless) {
        diagnostics.report(param.name().site(), ParamMessages.unusedParam(param.name().value()));
      }
    }
  }
}
