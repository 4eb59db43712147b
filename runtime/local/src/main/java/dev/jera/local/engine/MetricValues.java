package dev.jera.local.engine;

import dev.jera.argo.expr.ExpressionException;
import dev.jera.argo.expr.WhenExpression;
import dev.jera.local.MetricReport;
import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import dev.jera.local.manifest.MetricSpec;
import dev.jera.local.manifest.MetricSpecs;
import dev.jera.local.values.Variables;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The custom metrics a run emits, as Argo's {@code computeMetrics} makes them once a node or the workflow has ended
 * ({@code workflow/controller/operator.go}, {@code steps.go:prepareMetricScope}): every string substituted in the
 * scope of its place (no tag may stay unresolved), {@code when} evaluated, then the value read as a number. What
 * Argo would report as a {@code MetricsError} condition instead of emitting is collected as {@link #errors()}.
 *
 * <p>A template's metrics are emitted for each node that ran it (not one skipped or omitted), and for each attempt
 * of a retried node but its last, whose outcome is its retry node's; the workflow's once it ended. They come in the
 * order the nodes ended, the workflow's last. {@code resourcesDuration.*} is 0: a local run does not
 * account for resources.
 */
public final class MetricValues {
  /** What Go's {@code strconv.ParseFloat} reads (decimal forms, {@code Inf}, {@code NaN}). */
  private static final Pattern GO_FLOAT =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?(?i:inf|infinity|nan)");

  private final List<MetricReport> emitted = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();

  private MetricValues() {}

  /**
   * The metrics of a run that has ended.
   *
   * @param globals the run's globals; {@code workflow.status} is its final phase
   */
  public static MetricValues of(MetricSpecs specs, NodeTree tree, String workflowName, Phase phase, Instant created,
      Instant finished, Variables globals) {
    MetricValues values = new MetricValues();
    if (specs.workflow().isEmpty() && specs.templates().isEmpty()) {
      return values;
    }
    // Argo emits a node's metrics as it completes: in the order the nodes ended (ties in the order they were created).
    List<Node> ended = new ArrayList<>();
    for (Node node : tree.nodes()) {
      if (specs.of(node.templateName).isEmpty() || !ran(node) || node.retried) {
        continue;
      }
      if (node.type == NodeType.RETRY) {
        List<Node> attempts = node.children.stream().filter(child -> !child.hooked).toList();
        attempts.subList(0, Math.max(0, attempts.size() - 1)).stream().filter(attempt -> attempt.phase != null)
            .forEach(ended::add);
      }
      ended.add(node);
    }
    ended.sort(Comparator.comparing(node -> node.finishedAt, Comparator.nullsLast(Comparator.naturalOrder())));
    for (Node node : ended) {
      values.emit(specs.of(node.templateName), node.templateName, node, nodeScope(node, globals, created), created);
    }
    Node root = tree.nodes().stream().filter(node -> node.name.equals(workflowName)).findFirst().orElse(null);
    Map<String, String> workflow = new HashMap<>();
    workflow.put("workflow.status", phase.argoName());
    workflow.put("workflow.duration", seconds(created, finished));
    // The workflow's outcome over the root node's variables: its status is the workflow's final one.
    Variables scope = (root == null ? globals : nodeScope(root, globals, created)).with(workflow);
    for (MetricSpec metric : specs.workflow()) {
      values.emit(metric, null, workflowName, scope, seconds(created, finished), seconds(created, finished));
    }
    return values;
  }

  /** What was emitted, in order. */
  public List<MetricReport> emitted() {
    return List.copyOf(emitted);
  }

  /** Why a metric was not emitted, as Argo's {@code MetricsError} condition says it, in order. */
  public List<String> errors() {
    return List.copyOf(errors);
  }

  /** Whether Argo ran the node's template: it ended, and was not skipped or omitted. */
  private static boolean ran(Node node) {
    return node.phase != null && node.phase != Phase.SKIPPED && node.phase != Phase.OMITTED
        && node.type != NodeType.SKIPPED && node.type != NodeType.TASK_GROUP && node.type != NodeType.STEP_GROUP
        && node.type != NodeType.CONTAINER;
  }

  /** {@code prepareMetricScope}: the globals (the workflow still Running), and the node's own variables. */
  private static Variables nodeScope(Node node, Variables globals, Instant created) {
    Map<String, String> scope = new LinkedHashMap<>();
    scope.put("workflow.status", "Running");
    scope.put("workflow.duration", seconds(created, node.finishedAt));
    scope.put("duration", seconds(node.startedAt, node.finishedAt));
    scope.put("status", node.phase.argoName());
    scope.put("resourcesDuration.cpu", "0");
    scope.put("resourcesDuration.memory", "0");
    if (!node.children.isEmpty()) {
      scope.put("retries", Integer.toString(node.children.size() - 1));
    }
    node.inputs.forEach((name, value) -> scope.put("inputs.parameters." + name, value));
    Node shown = node.lastAttempt() != null ? node.lastAttempt() : node;
    if (node.result != null && shown.resultCaptured) {
      scope.put("outputs.result", node.result);
    }
    if (node.exitCode != null) {
      scope.put("exitCode", node.exitCode.toString());
    }
    node.parameters.forEach((name, value) -> {
      if (!Variables.ABSENT.equals(value)) {
        scope.put("outputs.parameters." + name, value);
      }
    });
    // The node's variables over the globals: a node's own status is not the workflow's.
    return globals.with(name -> scope.get(name));
  }

  private void emit(List<MetricSpec> metrics, String template, Node node, Variables scope, Instant created) {
    String duration = seconds(node.startedAt, node.finishedAt);
    for (MetricSpec metric : metrics) {
      emit(metric, template, node.name, scope, duration, seconds(created, node.finishedAt));
    }
  }

  /** {@code computeMetrics} on one metric; {@code duration} and {@code workflowDuration} are its realtime values at the end. */
  private void emit(MetricSpec metric, String template, String node, Variables scope, String duration,
      String workflowDuration) {
    String name;
    String help;
    Map<String, String> labels = new LinkedHashMap<>();
    String when;
    String value;
    try {
      name = scope.substituteAll(metric.name());
      help = scope.substituteAll(metric.help());
      for (Map.Entry<String, String> label : metric.labels().entrySet()) {
        labels.put(label.getKey(), scope.substituteAll(label.getValue()));
      }
      when = scope.substituteAll(metric.when());
      value = metric.realtime() ? metric.value() : scope.substituteAll(metric.value());
    } catch (Variables.SubstitutionException e) {
      errors.add("unable to substitute parameters for metric '" + metric.name() + "': " + e.getMessage());
      return;
    }
    if (help.isEmpty()) {
      errors.add("metric '" + metric.name() + "' must contain a help string under 'help: ' field");
      return;
    }
    try {
      if (when != null && !when.isEmpty() && !WhenExpression.parse(when).evaluate()) {
        return;
      }
    } catch (ExpressionException e) {
      errors.add("unable to compute 'when' clause for metric '" + metric.name() + "': " + e.getMessage());
      return;
    }
    if (metric.kind() == null) {
      errors.add("could not construct metric '" + name + "': invalid custom metric type");
      return;
    }
    if (metric.realtime() && metric.kind().equals("gauge")) {
      String variable = value.startsWith("{{") && value.endsWith("}}") ? value.substring(2, value.length() - 2).strip() : null;
      if (variable == null) {
        errors.add("real time metrics can only be used with metric variables");
        return;
      }
      if (variable.equals("duration") && template != null) {
        value = duration;
      } else if (variable.equals("workflow.duration")) {
        value = workflowDuration;
      } else {
        errors.add("'" + variable + "' is not available as a real time metric");
        return;
      }
    }
    if (!GO_FLOAT.matcher(value).matches()) {
      errors.add("could not construct metric '" + name + "': strconv.ParseFloat: parsing \"" + value + "\": invalid syntax");
      return;
    }
    String number = value.replaceAll("(?i)infinity|inf", "Infinity").replaceAll("(?i)nan", "NaN");
    emitted.add(new MetricReport(name, help, metric.kind(), labels, Double.parseDouble(number),
        metric.kind().equals("gauge") ? metric.operation() : null, metric.realtime() && metric.kind().equals("gauge"),
        template, node));
  }

  /** Seconds between two times as Argo's {@code fmt.Sprintf("%f", …)} writes them; 0 without an end. */
  private static String seconds(Instant from, Instant to) {
    double seconds = to == null || from == null ? 0 : Duration.between(from, to).toNanos() / 1e9;
    return String.format(Locale.ROOT, "%f", seconds);
  }

  /** A call's {@code inputs.parameters.<name>} variables, by name. */
  static Map<String, String> inputsByName(Map<String, String> variables) {
    Map<String, String> inputs = new LinkedHashMap<>();
    variables.forEach((key, value) -> {
      if (key.startsWith("inputs.parameters.")) {
        inputs.put(key.substring("inputs.parameters.".length()), value);
      }
    });
    return inputs;
  }
}
