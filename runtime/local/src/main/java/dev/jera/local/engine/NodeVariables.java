package dev.jera.local.engine;

import dev.jera.argo.go.GoJson;
import dev.jera.argo.go.GoJsonSyntax;
import dev.jera.local.Phase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables a finished node gives the tasks or steps after it, as Argo's {@code buildLocalScope}
 * and {@code processAggregateNodeOutputs} give them: {@code <prefix>.id}, {@code .status},
 * {@code .startedAt}, {@code .finishedAt}, {@code .exitCode}, {@code .ip} (a daemon's, once ready), {@code .outputs.result} (captured
 * results only) and {@code .outputs.artifacts.<name>}; a retry node gives its last attempt's. A fan-out
 * gives its own id, status and times and, as its result, the JSON list of its succeeded items' results
 * in index order, each parsed as JSON.
 */
final class NodeVariables {
  private NodeVariables() {}

  /** The variables of {@code node} under {@code prefix} ({@code tasks.X} or {@code steps.X}). */
  static Map<String, String> of(Node node, String prefix) {
    Map<String, String> variables = new LinkedHashMap<>();
    Node shown = node.lastAttempt() != null ? node.lastAttempt() : node;
    common(shown, prefix, variables);
    if (shown.result != null && shown.resultCaptured && shown.phase == Phase.SUCCEEDED) {
      variables.put(prefix + ".outputs.result", shown.result);
    }
    if (shown.exitCode != null) {
      variables.put(prefix + ".exitCode", shown.exitCode.toString());
    }
    if (shown.phase == Phase.SUCCEEDED) {
      shown.artifacts.forEach((name, file) -> variables.put(prefix + ".outputs.artifacts." + name, file.toString()));
    }
    if (shown.phase == Phase.SUCCEEDED || node.phase == Phase.SKIPPED || node.phase == Phase.OMITTED) {
      Map<String, String> parameters = node.phase == Phase.SUCCEEDED ? shown.parameters : node.parameters;
      parameters.forEach((name, value) -> variables.put(prefix + ".outputs.parameters." + name, value));
    }
    return variables;
  }

  /**
   * The variables of a fan-out: {@code holder}'s id, status and times (a DAG's task group; in a steps
   * template, the step group) and the aggregated result of {@code items}.
   *
   * @throws NotAggregable if a succeeded item's captured result is not JSON
   */
  static Map<String, String> ofFanOut(Node holder, List<Node> items, String prefix) {
    Map<String, String> variables = new LinkedHashMap<>();
    common(holder, prefix, variables);
    String result = aggregate(items, true);
    if (result != null) {
      variables.put(prefix + ".outputs.result", result);
    }
    aggregateParameters(items, prefix, variables);
    return variables;
  }

  /**
   * {@code processAggregateNodeOutputs} for output parameters: {@code outputs.parameters}, the JSON list of
   * each succeeded item's parameters as an object, and {@code outputs.parameters.<name>}, the JSON list of
   * that parameter's values: the values themselves when every one is a JSON object or list
   * ({@code tryJSONUnmarshal}), else their texts.
   */
  private static void aggregateParameters(List<Node> items, String prefix, Map<String, String> variables) {
    List<String> objects = new ArrayList<>();
    Map<String, List<String>> byName = new LinkedHashMap<>();
    for (Node item : inLoopOrder(items)) {
      Node shown = item.lastAttempt() != null ? item.lastAttempt() : item;
      if (item.phase != Phase.SUCCEEDED || shown.parameters.isEmpty()) {
        continue;
      }
      Map<String, String> quoted = new LinkedHashMap<>();
      shown.parameters.forEach((name, value) -> {
        quoted.put(name, GoJson.quote(value));
        byName.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
      });
      objects.add(GoJson.sortedObject(quoted));
    }
    if (objects.isEmpty()) {
      return;
    }
    variables.put(prefix + ".outputs.parameters", "[" + String.join(",", objects) + "]");
    byName.forEach((name, values) -> {
      boolean json = values.stream().allMatch(NodeVariables::isObjectOrList);
      variables.put(prefix + ".outputs.parameters." + name,
          json ? GoJson.aggregate(values) : "[" + String.join(",", values.stream().map(GoJson::quote).toList()) + "]");
    });
  }

  private static boolean isObjectOrList(String value) {
    String trimmed = value.strip();
    return (trimmed.startsWith("{") || trimmed.startsWith("[")) && GoJson.isValid(trimmed);
  }

  /** The items Argo aggregates (attempts and hooks left out), sorted by loop index. */
  private static List<Node> inLoopOrder(List<Node> items) {
    List<Node> ordered = new ArrayList<>();
    for (Node item : items) {
      if (!item.retried && !item.hooked) {
        ordered.add(item);
      }
    }
    ordered.sort(Comparator.comparingInt(item -> loopIndex(item.name)));
    return ordered;
  }

  private static void common(Node node, String prefix, Map<String, String> variables) {
    variables.put(prefix + ".id", node.id);
    if (node.startedAt != null) {
      variables.put(prefix + ".startedAt", seconds(node.startedAt));
    }
    if (node.finishedAt != null) {
      variables.put(prefix + ".finishedAt", seconds(node.finishedAt));
    }
    if (node.phase != null) {
      variables.put(prefix + ".status", node.phase.argoName());
    } else if (node.daemoned) {
      variables.put(prefix + ".status", "Running");
    }
    if (node.podIp != null) {
      variables.put(prefix + ".ip", node.podIp);
    }
  }

  /**
   * {@code processAggregateNodeOutputs}: the JSON list of the results of the succeeded {@code items}
   * (attempts and hooks left out), sorted by loop index; {@code null} when there are no items.
   *
   * @param capturedOnly whether to take only the results Argo captures (as the variables do), or every
   *     result (as a report shows them)
   * @throws NotAggregable if a result is not JSON: Go's {@code json.Unmarshal} refuses it
   */
  static String aggregate(List<Node> items, boolean capturedOnly) {
    List<Node> ordered = inLoopOrder(items);
    if (ordered.isEmpty()) {
      return null;
    }
    List<String> results = new ArrayList<>();
    for (Node item : ordered) {
      Node shown = item.lastAttempt() != null ? item.lastAttempt() : item;
      if (item.phase != Phase.SUCCEEDED || shown.result == null || capturedOnly && !shown.resultCaptured) {
        continue;
      }
      String problem = GoJsonSyntax.error(shown.result);
      if (problem != null) {
        throw new NotAggregable(item, problem);
      }
      results.add(shown.result);
    }
    return GoJson.aggregate(results);
  }

  /** {@code parseLoopIndex}: the index in {@code name(index:value)}, the last parenthesis of the name. */
  static int loopIndex(String name) {
    String last = name.substring(name.lastIndexOf('(') + 1);
    int colon = last.indexOf(':');
    return Integer.parseInt(colon < 0 ? last.replace(")", "") : last.substring(0, colon));
  }

  /** Argo's timestamps: RFC 3339, whole seconds, UTC. */
  static String seconds(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** The items' results cannot be aggregated: Argo ends the template that reads them in Error. */
  static final class NotAggregable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Node item;

    NotAggregable(Node item, String problem) {
      super(problem);
      this.item = item;
    }
  }
}
