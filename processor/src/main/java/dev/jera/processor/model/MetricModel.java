package dev.jera.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One {@code @Metric}: a Prometheus metric of the workflow or of a template (Argo's {@code metrics.prometheus}).
 *
 * @param site the annotation
 * @param name {@code name}
 * @param help {@code help}
 * @param labels {@code labels}, each {@code key=value}, split
 * @param kind {@code GAUGE}, {@code COUNTER} or {@code HISTOGRAM}
 * @param value {@code value}
 * @param realtime where {@code realtime = true} is written, when it is
 * @param buckets {@code buckets}, in the order written
 * @param bucketsSite where {@code buckets} is written, or the annotation
 * @param operation {@code operation}: {@code ARGO_DEFAULT}, {@code SET}, {@code ADD} or {@code SUB}
 * @param operationSite where {@code operation} is written, or the annotation
 * @param when {@code when}, when written
 * @param graph where {@code graph = true} is written, when it is
 */
public record MetricModel(
    Site site,
    Text name,
    Text help,
    List<Parsed<KeyValue>> labels,
    String kind,
    Text value,
    Optional<Site> realtime,
    List<Double> buckets,
    Site bucketsSite,
    String operation,
    Site operationSite,
    Optional<Text> when,
    Optional<Site> graph) {

  public MetricModel {
    labels = List.copyOf(labels);
    buckets = List.copyOf(buckets);
  }

  public boolean isRealtime() {
    return realtime.isPresent();
  }

  /** Whether, on a workflow class, it is a metric of the class's own graph template rather than of the workflow. */
  public boolean ofGraph() {
    return graph.isPresent();
  }

  /** How messages name it: {@code @Metric 'duration_gauge'}. */
  public String describe() {
    return "@Metric '" + name.value() + "'";
  }
}
