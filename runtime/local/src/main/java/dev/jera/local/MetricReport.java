package dev.jera.local;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One emission of a custom metric, as Argo's controller would make it when the workflow or a node ended: a
 * local run records it and exports nothing.
 *
 * @param name the metric's name
 * @param help its help
 * @param kind {@code gauge}, {@code counter} or {@code histogram}
 * @param labels its labels, their tags substituted, in order
 * @param value the value emitted: a gauge's new value (or what it adds or subtracts), what a counter adds, what a
 *     histogram observes; a realtime gauge's value once its workflow or node ended
 * @param operation a gauge's {@code Set}, {@code Add} or {@code Sub} when written, else {@code null}
 * @param realtime whether it is a realtime gauge
 * @param template the template whose metric it is, or {@code null} for one of the workflow ({@code spec.metrics})
 * @param node the name of the node it was emitted for (the workflow's own for one of the workflow)
 */
public record MetricReport(String name, String help, String kind, Map<String, String> labels, double value,
    String operation, boolean realtime, String template, String node) {

  public MetricReport {
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }
}
