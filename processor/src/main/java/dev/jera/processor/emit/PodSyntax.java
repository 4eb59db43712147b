package dev.jera.processor.emit;

import dev.jera.argo.KubeNames;
import dev.jera.processor.emit.argo.PodSpecParts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compact forms users write in annotations: {@code key=value} pairs (labels, node selectors),
 * tolerations ({@code key=value:Effect}) and node
 * requirements ({@code key in (a, b)}). The compiler checks them with {@link #tolerationProblem} and
 * {@link #requirementProblem} before the writer parses them.
 */
public final class PodSyntax {
  private static final Pattern TOLERATION = Pattern.compile("^([^=:\\s]+)(?:=([^:\\s]*))?(?::(\\S+))?$");
  private static final Pattern REQUIREMENT =
      Pattern.compile("^(\\S+)\\s+(in|notin|exists|doesnotexist|gt|lt)(?:\\s*\\(([^)]*)\\))?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final List<String> EFFECTS = List.of("NoSchedule", "PreferNoSchedule", "NoExecute");

  private PodSyntax() {}

  /** A {@code key=value} pair split at its first {@code =}; empty when there is none. */
  public static Optional<Map.Entry<String, String>> keyValue(String text) {
    int equals = text.indexOf('=');
    return equals < 0 ? Optional.empty() : Optional.of(Map.entry(text.substring(0, equals), text.substring(equals + 1)));
  }

  /** What Kubernetes rejects in a label (or node selector) pair, if anything. */
  public static Optional<String> labelProblem(Map.Entry<String, String> pair) {
    return KubeNames.labelKey(pair.getKey()).or(() -> KubeNames.labelValue(pair.getValue()));
  }

  public static Optional<String> tolerationProblem(String text) {
    Matcher matcher = TOLERATION.matcher(text.strip());
    if (!matcher.matches()) {
      return Optional.of("write key=value:Effect, key:Effect or key=value");
    }
    if (matcher.group(3) != null && !EFFECTS.contains(matcher.group(3))) {
      return Optional.of("effect '" + matcher.group(3) + "' is not one of " + String.join(", ", EFFECTS));
    }
    return Optional.empty();
  }

  static PodSpecParts.Toleration toleration(String text) {
    Matcher matcher = TOLERATION.matcher(text.strip());
    matcher.matches();
    String value = matcher.group(2);
    return new PodSpecParts.Toleration(
        matcher.group(1), value == null ? "Exists" : "Equal", value, matcher.group(3));
  }

  public static Optional<String> requirementProblem(String text) {
    Matcher matcher = REQUIREMENT.matcher(text.strip());
    if (!matcher.matches()) {
      return Optional.of("write 'key in (a, b)', 'key notin (a)', 'key exists' or 'key doesnotexist'");
    }
    String operator = matcher.group(2).toLowerCase(Locale.ROOT);
    boolean needsValues = operator.equals("in") || operator.equals("notin") || operator.equals("gt") || operator.equals("lt");
    if (needsValues && (matcher.group(3) == null || values(matcher.group(3)).isEmpty())) {
      return Optional.of("'" + operator + "' needs values in parentheses, e.g. (a, b)");
    }
    if (!needsValues && matcher.group(3) != null) {
      return Optional.of("'" + operator + "' takes no values");
    }
    return Optional.empty();
  }

  static PodSpecParts.Requirement requirement(String text) {
    Matcher matcher = REQUIREMENT.matcher(text.strip());
    matcher.matches();
    String operator;
    switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
      case "in":
        operator = "In";
        break;
      case "notin":
        operator = "NotIn";
        break;
      case "exists":
        operator = "Exists";
        break;
      case "doesnotexist":
        operator = "DoesNotExist";
        break;
      case "gt":
        operator = "Gt";
        break;
      default:
        operator = "Lt";
    }
    List<String> values = matcher.group(3) == null ? null : values(matcher.group(3));
    return new PodSpecParts.Requirement(matcher.group(1), operator, values);
  }

  private static List<String> values(String list) {
    List<String> values = new ArrayList<>();
    for (String value : list.split(",")) {
      if (!value.isBlank()) {
        values.add(value.strip());
      }
    }
    return values;
  }
}
