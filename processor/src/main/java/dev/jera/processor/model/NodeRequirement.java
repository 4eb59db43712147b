package dev.jera.processor.model;

import java.util.List;

/**
 * A node affinity requirement as {@code @Pod(affinity)} writes it, {@code key in (a, b)}.
 *
 * @param operator Kubernetes' name of the operator: {@code In}, {@code NotIn}, {@code Exists},
 *     {@code DoesNotExist}, {@code Gt} or {@code Lt}
 * @param values the values in parentheses; none for {@code Exists} and {@code DoesNotExist}
 */
public record NodeRequirement(String key, String operator, List<String> values) {
  public NodeRequirement {
    values = List.copyOf(values);
  }
}
