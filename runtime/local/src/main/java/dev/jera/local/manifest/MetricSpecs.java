package dev.jera.local.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The custom metrics of a manifest: the workflow's ({@code spec.metrics}) and each template's, by name. A local
 * run records what they would emit; it exports nothing.
 *
 * @param workflow {@code spec.metrics.prometheus}
 * @param templates each template's {@code metrics.prometheus}, by template name; templates without any are absent
 */
public record MetricSpecs(List<MetricSpec> workflow, Map<String, List<MetricSpec>> templates) {
  /** No metrics. */
  public static final MetricSpecs NONE = new MetricSpecs(List.of(), Map.of());

  public MetricSpecs {
    workflow = List.copyOf(workflow);
    templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
  }

  /** The metrics of a workflow spec ({@code spec}, or a CronWorkflow's {@code workflowSpec}). */
  static MetricSpecs of(JsonNode spec) {
    Map<String, List<MetricSpec>> templates = new LinkedHashMap<>();
    for (JsonNode template : spec.path("templates")) {
      List<MetricSpec> metrics = MetricSpec.list(template.path("metrics"));
      if (!metrics.isEmpty()) {
        templates.putIfAbsent(template.path("name").asText(""), metrics);
      }
    }
    return new MetricSpecs(MetricSpec.list(spec.path("metrics")), templates);
  }

  /** A workflow's metrics over those of the template it runs: its own {@code spec.metrics} if any, and every template's. */
  MetricSpecs over(MetricSpecs template) {
    Map<String, List<MetricSpec>> merged = new LinkedHashMap<>(template.templates);
    merged.putAll(templates);
    return new MetricSpecs(workflow.isEmpty() ? template.workflow : workflow, merged);
  }

  /** The metrics of the template {@code name}; none when it has none. */
  public List<MetricSpec> of(String name) {
    return templates.getOrDefault(name, List.of());
  }
}
