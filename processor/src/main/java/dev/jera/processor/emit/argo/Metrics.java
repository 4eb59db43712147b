package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.function.BiConsumer;

/** {@code metrics}: the Prometheus metrics of a workflow or of a template. */
public record Metrics(List<Metrics.Prometheus> prometheus) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("prometheus", prometheus);
  }

  /** One metric; exactly one of gauge, histogram and counter is set. */
  public record Prometheus(String name, String help, List<Label> labels, String when, Gauge gauge,
      Histogram histogram, Counter counter) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("name", name);
      each.accept("help", help);
      each.accept("labels", labels);
      each.accept("when", when);
      each.accept("gauge", gauge);
      each.accept("histogram", histogram);
      each.accept("counter", counter);
    }
  }

  /** A label of a metric. */
  public record Label(String key, String value) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("key", key);
      each.accept("value", value);
    }
  }

  /** {@code gauge}: {@code realtime} is always written, as Argo's schema requires it. */
  public record Gauge(boolean realtime, String value, String operation) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("realtime", realtime);
      each.accept("value", value);
      each.accept("operation", operation);
    }
  }

  /** {@code histogram}. */
  public record Histogram(List<Double> buckets, String value) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("buckets", buckets);
      each.accept("value", value);
    }
  }

  /** {@code counter}. */
  public record Counter(String value) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("value", value);
    }
  }
}
