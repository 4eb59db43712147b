package dev.jera.processor.collect;

import dev.jera.processor.model.MetricModel;
import dev.jera.processor.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/** Reads the {@code @Metric} annotations of a workflow class, a graph class or a template method. */
final class MetricCollector {
  static final String METRIC = "dev.jera.Metric";
  static final String METRICS = "dev.jera.Metrics";

  private MetricCollector() {}

  /** The element's metrics, in the order written. */
  static List<MetricModel> metrics(Element element) throws UnresolvedException {
    List<MetricModel> metrics = new ArrayList<>();
    for (Annotations.Found found : Annotations.findRepeated(element, METRIC, METRICS)) {
      metrics.add(new MetricModel(
          Annotations.site(element, found),
          Annotations.text(element, found, "name"),
          Annotations.text(element, found, "help"),
          Syntax.each(Annotations.texts(element, found, "labels"), Syntax::keyValue),
          Annotations.enumConstant(found.mirror(), "kind"),
          Annotations.text(element, found, "value"),
          flag(element, found, "realtime"),
          Annotations.doubles(found.mirror(), "buckets"),
          attributeSite(element, found, "buckets"),
          Annotations.enumConstant(found.mirror(), "operation"),
          attributeSite(element, found, "operation"),
          Annotations.optionalText(element, found, "when"),
          flag(element, found, "graph")));
    }
    return metrics;
  }

  /** Where a boolean attribute is written {@code true}, when it is. */
  private static Optional<Site> flag(Element element, Annotations.Found found, String attribute) throws UnresolvedException {
    return Annotations.bool(found.mirror(), attribute)
        ? Optional.of(attributeSite(element, found, attribute))
        : Optional.empty();
  }

  private static Site attributeSite(Element element, Annotations.Found found, String attribute) {
    return Annotations.site(element, found.mirror(), attribute).locatedBy(found.locator().map(l -> l.attribute(attribute, -1)));
  }

}
