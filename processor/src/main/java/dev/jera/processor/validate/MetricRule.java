package dev.jera.processor.validate;

import dev.jera.argo.TemplateText;
import dev.jera.argo.expr.WhenExpression;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.MetricMessages;
import dev.jera.processor.diagnostic.TagMessages;
import dev.jera.processor.model.KeyValue;
import dev.jera.processor.model.MetricModel;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code @Metric}s, as Argo's {@code validateTemplate} and {@code metrics/util.go} check them (rules 46–49: names
 * and label keys Prometheus accepts, a help, a value, no {@code resourcesDuration.*} in real time), and what Argo
 * only finds when it emits them: a realtime value that is not the place's duration variable, settings of another
 * kind of metric, a literal value that is no number, one name with two helps or kinds. The variables of each
 * string are those Argo's {@code prepareMetricScope} gives the place, checked by {@link MetricScope}.
 */
final class MetricRule implements Rule {
  /** Prometheus's legacy name rule, which Argo's {@code IsValidMetricName} applies (and no {@code :}). */
  private static final Pattern NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?(Inf|inf|NaN)");
  private static final int MAX_GAUGE_VALUE = 256;

  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel workflow = context.workflow();
    TagResolver resolver = new TagResolver(context);
    if (workflow.library()) {
      for (MetricModel metric : workflow.metrics()) {
        diagnostics.report(metric.site(), MetricMessages.onLibrary(metric.describe(), workflow.simpleName()));
      }
    } else {
      for (MetricModel metric : workflow.workflowMetrics()) {
        check(metric, MetricScope.ofWorkflow(workflow), resolver, diagnostics);
      }
      List<MetricModel> graphMetrics = workflow.graphMetrics();
      if (!graphMetrics.isEmpty() && workflow.steps().isEmpty()) {
        graphMetrics.stream().filter(MetricModel::ofGraph).forEach(metric -> diagnostics.report(metric.graph().get(),
            MetricMessages.graphWithoutGraph(metric.describe(), workflow.simpleName())));
      } else {
        for (MetricModel metric : graphMetrics) {
          check(metric, MetricScope.ofGraph(workflow), resolver, diagnostics);
        }
      }
    }
    for (ScriptModel script : workflow.pods()) {
      for (MetricModel metric : script.metrics()) {
        if (metric.graph().isPresent()) {
          diagnostics.report(metric.graph().get(), MetricMessages.graphOnMethod(metric.describe(), script.methodName()));
        }
        if (script.isHook()) {
          diagnostics.report(metric.site(), MetricMessages.onHook(metric.describe(), script.methodName()));
        } else if (script.isCall()) {
          diagnostics.report(metric.site(),
              MetricMessages.onCall(metric.describe(), script.methodName(), script.call().get().template().value()));
        } else {
          check(metric, MetricScope.ofTemplate(script), resolver, diagnostics);
        }
      }
    }
    if (!workflow.nested()) {
      conflicts(workflow, diagnostics);
    }
  }

  private static void check(MetricModel metric, MetricScope scope, TagResolver resolver, Diagnostics diagnostics) {
    String described = metric.describe() + " of " + scope.owner();
    String name = metric.name().value();
    if (!NAME.matcher(name).matches()) {
      diagnostics.report(metric.name().site(), MetricMessages.invalidName(name, scope.owner(), suggestName(name)));
    }
    if (metric.help().value().isBlank()) {
      diagnostics.report(metric.help().site(), MetricMessages.noHelp(described));
    }
    labels(metric, described, diagnostics);
    String kind = metric.kind().toLowerCase(Locale.ROOT);
    value(metric, described, kind, diagnostics);
    if (metric.isRealtime()) {
      realtime(metric, described, kind, scope, diagnostics);
    }
    if (!metric.kind().equals("HISTOGRAM") && !metric.buckets().isEmpty()) {
      diagnostics.report(metric.bucketsSite(), MetricMessages.bucketsOfNonHistogram(described, kind));
    } else if (!increasing(metric.buckets())) {
      String sorted = new TreeSet<>(metric.buckets()).stream().map(MetricRule::number).collect(Collectors.joining(", "));
      diagnostics.report(metric.bucketsSite(), MetricMessages.bucketsNotIncreasing(described, sorted));
    }
    if (!metric.kind().equals("GAUGE") && !metric.operation().equals("ARGO_DEFAULT")) {
      diagnostics.report(metric.operationSite(), MetricMessages.operationOfNonGauge(described, kind));
    }
    tags(metric, described, scope, resolver, diagnostics);
    metric.when().ifPresent(when -> when(when, diagnostics));
  }

  /** {@code when} is evaluated as a step's is ({@code shouldExecute}): it must parse, whatever its tags hold. */
  private static void when(Text when, Diagnostics diagnostics) {
    try {
      String text = TemplateText.parse(when.value()).withPlaceholders("value");
      WhenExpression.syntaxProblem(text).ifPresent(problem ->
          diagnostics.report(when.site(), TagMessages.invalidWhen(when.value(), problem)));
    } catch (IllegalArgumentException e) {
      // an unterminated tag: reported with the tags
    }
  }

  private static void labels(MetricModel metric, String described, Diagnostics diagnostics) {
    Set<String> keys = new HashSet<>();
    for (Parsed<KeyValue> label : metric.labels()) {
      if (label.result().isEmpty()) {
        diagnostics.report(label.site(), MetricMessages.labelNotKeyValue(label.written(), described));
        continue;
      }
      String key = label.value().key();
      if (!NAME.matcher(key).matches()) {
        diagnostics.report(label.site(), MetricMessages.invalidLabelKey(key, described, suggestName(key)));
      } else if (!keys.add(key)) {
        diagnostics.report(label.site(), MetricMessages.duplicateLabel(key, described));
      }
    }
  }

  private static void value(MetricModel metric, String described, String kind, Diagnostics diagnostics) {
    String value = metric.value().value();
    if (value.isBlank()) {
      diagnostics.report(metric.value().site(), MetricMessages.noValue(described, kind));
      return;
    }
    if (metric.kind().equals("GAUGE") && value.length() > MAX_GAUGE_VALUE) {
      diagnostics.report(metric.value().site(), MetricMessages.valueTooLong(described, value.length()));
    }
    TemplateText text;
    try {
      text = TemplateText.parse(value);
    } catch (IllegalArgumentException e) {
      return; // the tags' check reports it
    }
    if (text.tags().isEmpty() && !NUMBER.matcher(value.strip()).matches()) {
      diagnostics.report(metric.value().site(), MetricMessages.valueNotNumber(described, value));
    }
  }

  /** Argo's {@code computeMetrics}: a realtime value is one whole tag, a function of its real-time scope. */
  private static void realtime(MetricModel metric, String described, String kind, MetricScope scope, Diagnostics diagnostics) {
    Text value = metric.value();
    if (!metric.kind().equals("GAUGE")) {
      diagnostics.report(metric.realtime().get(), MetricMessages.realtimeNotGauge(described, kind));
    } else if (value.value().contains("resourcesDuration.")) {
      diagnostics.report(value.site(), MetricMessages.realtimeResourcesDuration(described));
    } else if (!value.value().isBlank()) {
      String inner = value.value().startsWith("{{") && value.value().endsWith("}}")
          ? value.value().substring(2, value.value().length() - 2).strip() : "";
      if (!scope.realtime().contains(inner)) {
        diagnostics.report(value.site(), MetricMessages.realtimeValue(described, value.value(),
            scope.realtime().stream().map(variable -> "{{" + variable + "}}").toList()));
      }
    }
  }

  private static void tags(MetricModel metric, String described, MetricScope scope, TagResolver resolver, Diagnostics diagnostics) {
    List<Text> strings = new ArrayList<>(List.of(metric.name(), metric.help(), metric.value()));
    for (Parsed<KeyValue> label : metric.labels()) {
      label.result().ifPresent(pair -> strings.add(new Text(pair.value(), label.site())));
    }
    metric.when().ifPresent(strings::add);
    for (Text string : strings) {
      TemplateText text;
      try {
        text = TemplateText.parse(string.value());
      } catch (IllegalArgumentException e) {
        diagnostics.report(string.site(), TagMessages.unterminatedTag(described, e.getMessage()));
        continue;
      }
      for (TemplateText.Tag tag : text.tags()) {
        scope.problem(tag, resolver).ifPresent(problem ->
            diagnostics.report(string.site(), TagMessages.unresolvedTag(tag.written(), described, problem)));
      }
    }
  }

  /** One name is one instrument of the controller: its help and kind cannot change ({@code matchExistingMetric}). */
  private static void conflicts(WorkflowModel workflow, Diagnostics diagnostics) {
    List<Owned> all = new ArrayList<>();
    workflow.workflowMetrics().forEach(metric -> all.add(new Owned(metric, "the workflow " + workflow.simpleName())));
    List<WorkflowModel> graphs = new ArrayList<>();
    graphs.add(workflow);
    graphs.addAll(workflow.graphs());
    for (WorkflowModel graph : graphs) {
      graph.graphMetrics().forEach(metric -> all.add(new Owned(metric, "the graph " + graph.entryName())));
      for (ScriptModel script : graph.pods()) {
        script.metrics().forEach(metric -> all.add(new Owned(metric, script.methodName() + "()")));
      }
    }
    for (int i = 1; i < all.size(); i++) {
      MetricModel metric = all.get(i).metric();
      for (Owned earlier : all.subList(0, i)) {
        if (!earlier.metric().name().value().equals(metric.name().value())) {
          continue;
        }
        String described = metric.describe() + " of " + all.get(i).owner();
        if (!earlier.metric().kind().equals(metric.kind())) {
          diagnostics.report(metric.site(), MetricMessages.conflictingKind(described, metric.kind().toLowerCase(Locale.ROOT),
              earlier.owner(), earlier.metric().kind().toLowerCase(Locale.ROOT)));
        } else if (!earlier.metric().help().value().equals(metric.help().value())) {
          diagnostics.report(metric.help().site(), MetricMessages.conflictingHelp(described, metric.help().value(),
              earlier.owner(), earlier.metric().help().value()));
        }
        break;
      }
    }
  }

  private record Owned(MetricModel metric, String owner) {}

  private static boolean increasing(List<Double> buckets) {
    for (int i = 1; i < buckets.size(); i++) {
      if (!(buckets.get(i) > buckets.get(i - 1))) {
        return false;
      }
    }
    return true;
  }

  private static String number(double value) {
    return value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value) : Double.toString(value);
  }

  /** The name with every character Prometheus refuses turned into {@code _}, and a leading digit prefixed. */
  static Optional<String> suggestName(String name) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String fixed = name.replaceAll("[^a-zA-Z0-9_]", "_");
    if (Character.isDigit(fixed.charAt(0))) {
      fixed = "_" + fixed;
    }
    return fixed.equals(name) ? Optional.empty() : Optional.of(fixed);
  }
}
