package dev.jera.runtime.local;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A DAG task or a step of a steps group: which template it calls, with what, and when.
 *
 * @param name its name
 * @param template the template it calls
 * @param depends its {@code depends} condition ({@code dependencies} turned into one), or {@code null}
 * @param arguments its argument parameters by name, as written
 * @param withParam {@code withParam} as written, or {@code null}
 * @param withItems the {@code withItems} items, each as the JSON Argo holds it, or {@code null}
 * @param when its {@code when} condition as written, or {@code null}
 */
public record Task(
    String name,
    String template,
    String depends,
    Map<String, String> arguments,
    String withParam,
    List<String> withItems,
    String when) {

  /** Copies the collections. */
  public Task {
    arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    withItems = withItems == null ? null : List.copyOf(withItems);
  }

  /** Whether the task fans out over items. */
  public boolean loops() {
    return withParam != null || withItems != null;
  }
}
