package dev.jera.processor.diagnostic;

import java.util.List;
import java.util.Optional;

/** Messages about {@code @Metric}: the Prometheus metrics of a workflow or a template. */
public final class MetricMessages {
  private MetricMessages() {}

  public static Message invalidName(String name, String owner, Optional<String> suggestion) {
    return MessageId.INVALID_METRIC_NAME.with(
        "@Metric(name = \"" + name + "\") of " + owner + " is not a valid Prometheus metric name: use letters, digits and _,"
        + " not starting with a digit" + suggestion.map(s -> "; write \"" + s + "\"").orElse(""));
  }

  public static Message labelNotKeyValue(String label, String metric) {
    return MessageId.INVALID_METRIC_LABEL.with(
        "label \"" + label + "\" of " + metric + " is not key=value; write it as \"key=value\", e.g. \"status={{status}}\"");
  }

  public static Message invalidLabelKey(String key, String metric, Optional<String> suggestion) {
    return MessageId.INVALID_METRIC_LABEL.with(
        "label key '" + key + "' of " + metric + " is not a valid Prometheus label name: use letters, digits and _,"
        + " not starting with a digit" + suggestion.map(s -> "; write '" + s + "'").orElse(""));
  }

  public static Message duplicateLabel(String key, String metric) {
    return MessageId.INVALID_METRIC_LABEL.with(
        "label key '" + key + "' of " + metric + " is given twice, and Argo keeps only the last; remove one");
  }

  public static Message noHelp(String metric) {
    return MessageId.METRIC_WITHOUT_HELP.with(
        metric + " has an empty help, which Argo requires; say what it measures, e.g. help = \"Duration of the step\"");
  }

  public static Message noValue(String metric, String kind) {
    return MessageId.INVALID_METRIC_VALUE.with(
        metric + " has an empty value, which Argo requires of a " + kind + "; give a number or a variable, e.g. value = \"1\""
        + " or value = \"{{duration}}\"");
  }

  public static Message valueTooLong(String metric, int length) {
    return MessageId.INVALID_METRIC_VALUE.with(
        "the value of " + metric + " is " + length + " characters long, more than the 256 Argo allows a gauge's");
  }

  public static Message valueNotNumber(String metric, String value) {
    return MessageId.INVALID_METRIC_VALUE.with(
        "the value \"" + value + "\" of " + metric + " is not a number, so Argo cannot emit it; give a number such as \"1\","
        + " or a variable that holds one, such as \"{{duration}}\"");
  }

  public static Message realtimeNotGauge(String metric, String kind) {
    return MessageId.INVALID_REALTIME_METRIC.with(
        metric + " is a " + kind + ", and only a gauge can be realtime; remove realtime = true, or make it kind = Metric.Kind.GAUGE");
  }

  public static Message realtimeValue(String metric, String value, List<String> allowed) {
    return MessageId.INVALID_REALTIME_METRIC.with(
        "the value \"" + value + "\" of realtime " + metric + " is not a variable Argo updates in real time; write "
        + String.join(" or ", allowed.stream().map(a -> "\"" + a + "\"").toList()) + ", or remove realtime = true");
  }

  public static Message realtimeResourcesDuration(String metric) {
    return MessageId.INVALID_REALTIME_METRIC.with(
        "realtime " + metric + " uses resourcesDuration.*, which Argo cannot emit in real time; remove realtime = true");
  }

  public static Message bucketsOfNonHistogram(String metric, String kind) {
    return MessageId.METRIC_SETTING_OF_OTHER_KIND.with(
        "buckets of " + metric + " are for a histogram, and it is a " + kind + "; remove buckets, or make it kind = Metric.Kind.HISTOGRAM");
  }

  public static Message operationOfNonGauge(String metric, String kind) {
    return MessageId.METRIC_SETTING_OF_OTHER_KIND.with(
        "operation of " + metric + " is for a gauge, and it is a " + kind + "; remove operation");
  }

  public static Message bucketsNotIncreasing(String metric, String sorted) {
    return MessageId.METRIC_SETTING_OF_OTHER_KIND.with(
        "the buckets of " + metric + " are not in increasing order, each once; write buckets = {" + sorted + "}");
  }

  public static Message conflictingHelp(String metric, String help, String where, String otherHelp) {
    return MessageId.CONFLICTING_METRIC.with(
        metric + " has help \"" + help + "\", but the metric of that name on " + where + " has \"" + otherHelp
        + "\"; Argo refuses to change a metric's help, so give both the same help, or rename one");
  }

  public static Message conflictingKind(String metric, String kind, String where, String otherKind) {
    return MessageId.CONFLICTING_METRIC.with(
        metric + " is a " + kind + ", but the metric of that name on " + where + " is a " + otherKind
        + "; one name is one kind of metric, so rename one");
  }

  public static Message onCall(String metric, String method, String template) {
    return MessageId.MISPLACED_METRIC.with(
        metric + " is on " + method + "(), which calls " + template + " and has no template of its own;"
        + " put it on the template " + template);
  }

  public static Message onHook(String metric, String method) {
    return MessageId.MISPLACED_METRIC.with(
        metric + " is on the @Hook " + method + "(), which has no template of its own; put it on the template the hook calls");
  }

  public static Message onLibrary(String metric, String library) {
    return MessageId.MISPLACED_METRIC.with(
        metric + " is on the @Library " + library + ", which is no workflow and no template; put it on a method of it,"
        + " a metric of that method's template");
  }

  public static Message graphOnMethod(String metric, String method) {
    return MessageId.MISPLACED_METRIC.with(
        "graph = true of " + metric + " on " + method + "() names no graph: a method's metric is its template's; remove graph = true");
  }

  public static Message graphWithoutGraph(String metric, String workflow) {
    return MessageId.MISPLACED_METRIC.with(
        "graph = true of " + metric + " puts it on the graph of " + workflow + ", which has no steps of its own;"
        + " put it on the entrypoint's template, or remove graph = true for a metric of the workflow");
  }

  public static String unknownMetricVariable(String name, String place, Optional<String> meant) {
    return "a metric of " + place + " has no variable '" + name + "'" + Hints.suggest(meant);
  }

  public static String notOfGraph(String name) {
    return "'" + name + "' is a pod's, and a graph's node has none";
  }

  public static String noResult(String method) {
    return method + "() returns nothing, so its node has no outputs.result";
  }

  public static String noOutput(String template, String name, List<String> names, Optional<String> meant) {
    return template + " has no output parameter '" + name + "'"
        + (names.isEmpty() ? "; it declares none (@Output)" : "; its outputs are " + String.join(", ", names)) + Hints.suggest(meant);
  }

  public static String noInput(String template, String name, List<String> names, Optional<String> meant) {
    return template + " has no input parameter '" + name + "'"
        + (names.isEmpty() ? "; it takes none" : "; its inputs are " + String.join(", ", names)) + Hints.suggest(meant);
  }

  public static String retriesWithoutRetry() {
    return "{{retries}} counts the retries of a template with @Retry, and this one has none";
  }
}
