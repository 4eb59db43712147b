package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** {@code metrics}: the Prometheus metrics of a workflow or of a template. */
public record Metrics(List<Metrics.Prometheus> prometheus) {

  /** One metric; exactly one of gauge, histogram and counter is set. */
  @JsonPropertyOrder({"name", "help", "labels", "when", "gauge", "histogram", "counter"})
  public record Prometheus(String name, String help, List<Label> labels, String when, Gauge gauge,
      Histogram histogram, Counter counter) {}

  /** A label of a metric. */
  @JsonPropertyOrder({"key", "value"})
  public record Label(String key, String value) {}

  /** {@code gauge}: {@code realtime} is always written, as Argo's schema requires it. */
  @JsonPropertyOrder({"realtime", "value", "operation"})
  public record Gauge(boolean realtime, String value, String operation) {}

  /** {@code histogram}. */
  @JsonPropertyOrder({"buckets", "value"})
  public record Histogram(List<Double> buckets, String value) {}

  /** {@code counter}. */
  public record Counter(String value) {}
}
