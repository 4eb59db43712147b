package dev.jera.processor.validate;

import dev.jera.Kind;
import dev.jera.argo.KubeNames;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.ParamMessages;
import dev.jera.processor.diagnostic.TemplateMessages;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code @Template}s: valid names, one namespace with the steps' templates and the graph; inputs the
 * caller fills (a {@code @Param} default and allowed values that decode into the input's type); each
 * called by a step or the entrypoint.
 */
final class TemplateRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel workflow = context.workflow();
    Map<String, String> owners = new LinkedHashMap<>();
    if (!workflow.steps().isEmpty() && workflow.entryTemplate().isEmpty()) {
      owners.put(workflow.entryName(), "the steps' graph of " + workflow.simpleName());
    }
    for (ScriptModel script : workflow.steps()) {
      if (!script.isCall()) {
        owners.putIfAbsent(script.name().value(), "step " + script.methodName() + "()");
      }
    }
    for (WorkflowModel graph : workflow.graphs()) {
      claim(owners, graph.name(), "@Graph " + graph.simpleName(), diagnostics);
      for (ScriptModel script : graph.scripts()) {
        if (!script.isCall()) {
          claim(owners, script.name(), "step " + script.methodName() + "() of " + graph.simpleName(), diagnostics);
        }
      }
    }
    Set<String> called = NestedGraphRule.calledTemplates(workflow);
    context.graph().exitHandler().ifPresent(exit -> called.add(exit.name().value()));
    for (ScriptModel template : workflow.templates()) {
      String what = "@Template " + template.methodName() + "()";
      Text name = template.name();
      claim(owners, name, what, diagnostics);
      for (InputModel input : template.inputs()) {
        checkInput(template, input, diagnostics);
      }
      WorkflowMetadataRule.annotations(what, template.annotations(), diagnostics);
      // A (Cluster)WorkflowTemplate's templates are there for other workflows to call by templateRef.
      boolean callableElsewhere = workflow.kind() == Kind.WORKFLOW_TEMPLATE || workflow.kind() == Kind.CLUSTER_WORKFLOW_TEMPLATE;
      if (!called.contains(name.value()) && !callableElsewhere) {
        diagnostics.report(template.site(), TemplateMessages.uncalledTemplate(template.methodName()));
      }
    }
  }

  /** Takes {@code name} for {@code what} in the workflow's one namespace of templates, or says who has it. */
  private static void claim(Map<String, String> owners, Text name, String what, Diagnostics diagnostics) {
    Optional<String> problem = KubeNames.argoTemplateName(name.value());
    if (name.value().length() > 128) {
      diagnostics.report(name.site(), TemplateMessages.templateNameTooLong(name.value(), what));
    } else if (problem.isPresent()) {
      diagnostics.report(name.site(), TemplateMessages.invalidTemplateName(name.value(), what, problem.get()));
    }
    String other = owners.putIfAbsent(name.value(), what);
    if (other != null) {
      diagnostics.report(name.site(), TemplateMessages.templateNameClash(name.value(), other, what));
    }
  }

  private static void checkInput(ScriptModel template, InputModel input, Diagnostics diagnostics) {
    for (InputSource source : input.sources()) {
      // @Value is the input's own fixed value (Argo's inputs.parameters[].value); the rest would wire a step.
      if (source instanceof InputSource.FromStep || source instanceof InputSource.Item) {
        diagnostics.report(source.site(), TemplateMessages.templateInputSource(SourceRule.annotation(source), input.name(), template.methodName()));
      }
      if (source instanceof InputSource.Caller declared && !input.isArtifact()) {
        declared.defaultValue().filter(value -> !value.value().contains("{{")).ifPresent(value -> parses("defaultValue", value, template, input, diagnostics));
        declared.allowed().forEach(value -> parses("allowed", value, template, input, diagnostics));
        declared.configMap().filter(ref -> !ref.isValid())
            .ifPresent(ref -> diagnostics.report(ref.site(), ParamMessages.invalidConfigMap(ref.written(), input.name())));
      }
    }
  }

  private static void parses(String attribute, Text value, ScriptModel template, InputModel input, Diagnostics diagnostics) {
    ShapeCodecs.problem(value.value(), input.type()).ifPresent(problem -> diagnostics.report(
        value.site(),
        TemplateMessages.inputDefaultNotParsing(attribute, value.value(), input.name(), template.methodName(), input.type().display(), problem)));
  }
}
