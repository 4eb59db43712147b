package dev.jera.processor.emit;

import dev.jera.processor.emit.argo.Absent;
import dev.jera.processor.emit.argo.Metrics;
import dev.jera.processor.model.KeyValue;
import dev.jera.processor.model.MetricModel;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes {@code @Metric}s as Argo's {@code metrics.prometheus}. */
final class MetricsWriter {
  private MetricsWriter() {}

  /** The metrics, or {@code null} for none. */
  static Metrics metrics(List<MetricModel> models) {
    if (models.isEmpty()) {
      return null;
    }
    List<Metrics.Prometheus> metrics = new ArrayList<>();
    for (MetricModel model : models) {
      List<Metrics.Label> labels = new ArrayList<>();
      for (Parsed<KeyValue> label : model.labels()) {
        labels.add(new Metrics.Label(label.value().key(), label.value().value()));
      }
      String value = model.value().value();
      metrics.add(new Metrics.Prometheus(
          model.name().value(),
          model.help().value(),
          Absent.ifEmpty(labels),
          model.when().map(Text::value).orElse(null),
          model.kind().equals("GAUGE") ? new Metrics.Gauge(model.isRealtime(), value, operation(model)) : null,
          model.kind().equals("HISTOGRAM") ? new Metrics.Histogram(model.buckets(), value) : null,
          model.kind().equals("COUNTER") ? new Metrics.Counter(value) : null));
    }
    return new Metrics(metrics);
  }

  /** Argo's spelling ({@code Set}, {@code Add}, {@code Sub}); {@code null} when not written. */
  private static String operation(MetricModel model) {
    if (model.operation().equals("ARGO_DEFAULT")) {
      return null;
    }
    String name = model.operation().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
