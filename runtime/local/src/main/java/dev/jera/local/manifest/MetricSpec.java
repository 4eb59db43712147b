package dev.jera.local.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One metric of {@code metrics.prometheus}, of the workflow or of a template, as written (its tags not yet
 * substituted).
 *
 * @param name {@code name}
 * @param help {@code help}
 * @param labels {@code labels}, key to value, in order
 * @param when {@code when}, or {@code null}
 * @param kind {@code gauge}, {@code counter} or {@code histogram}; {@code null} when none is set
 * @param value the value of its kind
 * @param realtime a gauge's {@code realtime}
 * @param operation a gauge's {@code operation}: {@code Set}, {@code Add}, {@code Sub} or {@code null}
 * @param buckets a histogram's {@code buckets}
 */
public record MetricSpec(String name, String help, Map<String, String> labels, String when, String kind, String value,
    boolean realtime, String operation, List<Double> buckets) {

  public MetricSpec {
    labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    buckets = List.copyOf(buckets);
  }

  /** The metrics of a {@code metrics} object; none when it is absent. */
  static List<MetricSpec> list(JsonNode metrics) {
    List<MetricSpec> specs = new ArrayList<>();
    for (JsonNode metric : metrics.path("prometheus")) {
      Map<String, String> labels = new LinkedHashMap<>();
      for (JsonNode label : metric.path("labels")) {
        labels.put(label.path("key").asText(""), label.path("value").asText(""));
      }
      String kind = metric.has("gauge") ? "gauge" : metric.has("counter") ? "counter" : metric.has("histogram") ? "histogram" : null;
      JsonNode body = kind == null ? metric.path("none") : metric.path(kind);
      List<Double> buckets = new ArrayList<>();
      body.path("buckets").forEach(bucket -> buckets.add(bucket.asDouble()));
      specs.add(new MetricSpec(
          metric.path("name").asText(""),
          metric.path("help").asText(""),
          labels,
          metric.hasNonNull("when") ? metric.get("when").asText() : null,
          kind,
          body.path("value").asText(""),
          body.path("realtime").asBoolean(false),
          body.hasNonNull("operation") ? body.get("operation").asText() : null,
          buckets));
    }
    return specs;
  }
}
