package dev.jera.processor.validate;

import dev.jera.Kind;
import dev.jera.argo.DidYouMean;
import dev.jera.argo.KubeNames;
import dev.jera.argo.TemplateText;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.WorkflowSettingsMessages;
import dev.jera.processor.model.KeyValue;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.WorkflowModel;
import dev.jera.processor.model.WorkflowSettings;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workflow's annotations (label-key syntax, each key once, Kubernetes' size limit), its labelsFrom
 * (a label key, an expression over what the workflow defines when it starts, evaluated by Argo's
 * controller with expr-lang: {@code operator.go:setWorkflowSpecAndEntrypoint}), and a fixed name only on
 * a WORKFLOW.
 */
final class WorkflowMetadataRule implements Rule {
  /** Kubernetes' {@code TotalAnnotationSizeLimitB}: the keys and values of one resource's annotations. */
  static final long ANNOTATIONS_LIMIT = 256 * 1024;

  /** A variable path in an expression, not inside a string and not a field of another value. */
  private static final Pattern REFERENCE = Pattern.compile("(?<![\\w.)\\]'\"])([A-Za-z_]\\w*)((?:\\.[A-Za-z_][\\w-]*)*)");
  private static final Pattern STRING = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`");
  /** Roots of variables Argo defines only for steps and templates, never when the workflow starts. */
  private static final Set<String> STEP_ROOTS =
      Set.of("tasks", "steps", "inputs", "outputs", "item", "pod", "node", "retries", "lastRetry", "cronworkflow");

  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel workflow = context.workflow();
    WorkflowSettings settings = workflow.resourceSettings();
    annotations("the workflow's", settings.annotations(), diagnostics);
    settings.generateName()
        .filter(flag -> !flag.value() && workflow.kind() != Kind.WORKFLOW)
        .ifPresent(flag -> diagnostics.report(flag.site(), WorkflowSettingsMessages.fixedNameOutsideWorkflow(workflow.kind().name())));
    Set<String> keys = new HashSet<>();
    for (Parsed<KeyValue> label : workflow.labels()) {
      label.result().ifPresent(pair -> keys.add(pair.key()));
    }
    TagResolver resolver = new TagResolver(context);
    for (Parsed<KeyValue> entry : settings.labelsFrom()) {
      if (!entry.isValid()) {
        diagnostics.report(entry.site(), WorkflowSettingsMessages.labelsFromWithoutEquals(entry.written()));
        continue;
      }
      String key = entry.value().key();
      Optional<String> keyProblem = KubeNames.labelKey(key);
      if (keyProblem.isPresent()) {
        diagnostics.report(entry.site(), WorkflowSettingsMessages.labelsFromInvalidKey(key, keyProblem.get()));
        continue;
      }
      if (!keys.add(key)) {
        diagnostics.report(entry.site(), WorkflowSettingsMessages.labelsFromDuplicate(key));
        continue;
      }
      String expression = entry.value().value().strip();
      List<dev.jera.processor.diagnostic.Message> problems = expression.isEmpty() || expression.contains("{{")
          ? List.of()
          : ExpressionCheck.problems(expression, "the expression '" + expression + "'", "labelsFrom '" + key + "'");
      problems.forEach(message -> diagnostics.report(entry.site(), message));
      if (problems.stream().anyMatch(message -> message.id().kind() == javax.tools.Diagnostic.Kind.ERROR)) {
        continue;
      }
      expressionProblem(context, resolver, key, expression)
          .ifPresent(message -> diagnostics.report(entry.site(), message));
    }
  }

  /** Annotations of the workflow or of pods: {@code key=value}, a label key, each once, 256 KiB in all. */
  static void annotations(String where, List<Parsed<KeyValue>> annotations, Diagnostics diagnostics) {
    Set<String> keys = new HashSet<>();
    long bytes = 0;
    for (Parsed<KeyValue> annotation : annotations) {
      if (!annotation.isValid()) {
        diagnostics.report(annotation.site(),
            WorkflowSettingsMessages.invalidAnnotation(where, annotation.written(), "write key=value"));
        continue;
      }
      String key = annotation.value().key();
      Optional<String> problem = KubeNames.labelKey(key);
      if (problem.isPresent()) {
        diagnostics.report(annotation.site(), WorkflowSettingsMessages.invalidAnnotation(where, annotation.written(), problem.get()));
      } else if (!keys.add(key)) {
        diagnostics.report(annotation.site(), WorkflowSettingsMessages.duplicateAnnotation(key));
      }
      bytes += utf8(key) + utf8(annotation.value().value());
    }
    if (bytes > ANNOTATIONS_LIMIT) {
      diagnostics.report(annotations.get(0).site(), WorkflowSettingsMessages.annotationsTooLarge(where, bytes));
    }
  }

  private static long utf8(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /** What Argo could not evaluate in a labelsFrom expression, checked as far as Jera can without expr-lang. */
  private static Optional<dev.jera.processor.diagnostic.Message> expressionProblem(
      Context context, TagResolver resolver, String key, String expression) {
    if (expression.isEmpty()) {
      return Optional.of(WorkflowSettingsMessages.labelsFromEmptyExpression(key));
    }
    if (expression.contains("{{")) {
      return Optional.of(WorkflowSettingsMessages.labelsFromTag(key));
    }
    List<String> declared = context.workflow().params().stream().map(ParamModel::name).map(t -> t.value()).toList();
    for (String parameter : TemplateStrings.parametersIn(expression)) {
      if (!declared.contains(parameter)) {
        return Optional.of(WorkflowSettingsMessages.labelsFromUnknownParameter(
            key, parameter, context.workflow().simpleName(), DidYouMean.closest(parameter, declared)));
      }
    }
    Matcher reference = REFERENCE.matcher(STRING.matcher(expression).replaceAll("''"));
    while (reference.find()) {
      String root = reference.group(1);
      String path = root + reference.group(2);
      if (STEP_ROOTS.contains(root) && !reference.group(2).isEmpty()) {
        return Optional.of(WorkflowSettingsMessages.labelsFromUnknownVariable(key, path,
            "labelsFrom is evaluated before any step runs; read workflow.* variables"));
      }
      if (root.equals("workflow") && !path.startsWith("workflow.parameters.")) {
        Optional<String> problem = resolver.problem(new TemplateText.Tag(path, false),
            new TemplateStrings.Placed(new dev.jera.processor.model.Text(path, context.workflow().site()),
                TemplateStrings.Place.GLOBAL, Optional.empty(), "labelsFrom"));
        if (problem.isPresent()) {
          return Optional.of(WorkflowSettingsMessages.labelsFromUnknownVariable(key, path, problem.get()));
        }
      }
    }
    return Optional.empty();
  }
}
