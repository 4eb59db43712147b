package dev.jera.processor.collect;

import dev.jera.argo.GoDuration;
import dev.jera.argo.KubeNames;
import dev.jera.argo.Quantity;
import dev.jera.argo.expr.DependsExpression;
import dev.jera.argo.expr.ExpressionException;
import dev.jera.processor.diagnostic.PodMessages;
import dev.jera.processor.diagnostic.ResourceMessages;
import dev.jera.processor.model.KeyRef;
import dev.jera.processor.model.KeyValue;
import dev.jera.processor.model.NodeRequirement;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.TimeLimit;
import dev.jera.processor.model.Toleration;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the compact forms users write in annotations, once, as the model is collected: durations,
 * quantities, {@code key=value} pairs, tolerations ({@code key=value:Effect}), node requirements
 * ({@code key in (a, b)}), {@code "name/key"} references and outcome conditions. Each gives the value or
 * why there is none; the rules report the latter, the writers read the former.
 */
final class Syntax {
  private static final Pattern TOLERATION = Pattern.compile("^([^=:\\s]+)(?:=([^:\\s]*))?(?::(\\S+))?$");
  private static final Pattern REQUIREMENT =
      Pattern.compile("^(\\S+)\\s+(in|notin|exists|doesnotexist|gt|lt)(?:\\s*\\(([^)]*)\\))?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern INPUT_TAG = Pattern.compile("^\\{\\{\\s*inputs\\.parameters\\.([^{}\\s]+)\\s*}}$");
  /** The characters of a lock's name (a mutex, a database semaphore's key). */
  private static final Pattern LOCK_NAME = Pattern.compile("[-A-Za-z0-9_.]+");
  private static final List<String> EFFECTS = List.of("NoSchedule", "PreferNoSchedule", "NoExecute");

  private Syntax() {}

  /** A Go duration with a unit, as Argo reads timeouts, retry waits, deadlines and TTLs. */
  static Parsed<Duration> duration(Text text) {
    Optional<String> problem = GoDuration.problem(text.value());
    if (problem.isEmpty() && GoDuration.isBareInteger(text.value())) {
      problem = Optional.of(ResourceMessages.bareNumber(text.value()));
    }
    return problem.isPresent()
        ? Parsed.invalid(text, problem.get())
        : Parsed.valid(text, GoDuration.parse(text.value()));
  }

  /**
   * A template's {@code timeout}: a Go duration with a unit, or one whole tag naming an input of the
   * template ({@code {{inputs.parameters.timeout}}}), whose name a rule checks.
   */
  static Parsed<TimeLimit> timeLimit(Text text) {
    Matcher tag = INPUT_TAG.matcher(text.value());
    if (tag.matches()) {
      return Parsed.valid(text, new TimeLimit.FromInput(tag.group(1)));
    }
    if (text.value().contains("{{")) {
      return Parsed.invalid(text, ResourceMessages.timeoutTagForm());
    }
    return duration(text).map(TimeLimit.Fixed::new);
  }

  /** A Kubernetes quantity for a request, a limit or a claim's size: not negative. */
  static Parsed<BigDecimal> quantity(Text text) {
    Optional<String> problem = Quantity.problemForResource(text.value());
    return problem.isPresent() ? Parsed.invalid(text, problem.get()) : Parsed.valid(text, Quantity.parse(text.value()));
  }

  /** A pair split at its first {@code =}; a rule judges the key and the value. */
  static Parsed<KeyValue> keyValue(Text text) {
    int equals = text.value().indexOf('=');
    return equals < 0
        ? Parsed.invalid(text, PodMessages.writeKeyValue())
        : Parsed.valid(text, new KeyValue(text.value().substring(0, equals), text.value().substring(equals + 1)));
  }

  /** {@code name/key}: a resource name, one slash and a key Kubernetes accepts. */
  static Parsed<KeyRef> keyRef(Text text) {
    String[] parts = text.value().split("/", -1);
    if (parts.length != 2 || KubeNames.dns1123Subdomain(parts[0]).isPresent() || KubeNames.secretKey(parts[1]).isPresent()) {
      return Parsed.invalid(text, PodMessages.writeNameAndKey());
    }
    return Parsed.valid(text, new KeyRef(parts[0], parts[1]));
  }

  /**
   * A key of Argo's synchronization database ({@code @Synchronized(database = true)}): a bare name, as
   * a mutex's; a {@code configmap/key} there is a ConfigMap semaphore written under the wrong flag.
   */
  static Parsed<KeyRef> databaseKey(Text text) {
    if (text.value().contains("/")) {
      return Parsed.invalid(text, PodMessages.databaseKeyNotConfigMap(text.value()));
    }
    if (!LOCK_NAME.matcher(text.value()).matches()) {
      return Parsed.invalid(text, PodMessages.lockNameCharacters());
    }
    return Parsed.valid(text, new KeyRef("", text.value()));
  }

  /** {@code configmap/key}, or a bare {@code key} of the namespace's default ConfigMap (an empty name). */
  static Parsed<KeyRef> repositoryRef(Text text) {
    if (!text.value().contains("/") && KubeNames.secretKey(text.value()).isEmpty()) {
      return Parsed.valid(text, new KeyRef("", text.value()));
    }
    return keyRef(text);
  }

  static Parsed<Toleration> toleration(Text text) {
    Matcher matcher = TOLERATION.matcher(text.value().strip());
    if (!matcher.matches()) {
      return Parsed.invalid(text, PodMessages.tolerationForms());
    }
    String effect = matcher.group(3);
    if (effect != null && !EFFECTS.contains(effect)) {
      return Parsed.invalid(text, PodMessages.unknownEffect(effect, EFFECTS));
    }
    return Parsed.valid(
        text, new Toleration(matcher.group(1), Optional.ofNullable(matcher.group(2)), Optional.ofNullable(effect)));
  }

  static Parsed<NodeRequirement> requirement(Text text) {
    Matcher matcher = REQUIREMENT.matcher(text.value().strip());
    if (!matcher.matches()) {
      return Parsed.invalid(text, PodMessages.requirementForms());
    }
    String operator = matcher.group(2).toLowerCase(Locale.ROOT);
    boolean needsValues = operator.equals("in") || operator.equals("notin") || operator.equals("gt") || operator.equals("lt");
    List<String> values = matcher.group(3) == null ? List.of() : values(matcher.group(3));
    if (needsValues && values.isEmpty()) {
      return Parsed.invalid(text, PodMessages.operatorNeedsValues(operator));
    }
    if (!needsValues && matcher.group(3) != null) {
      return Parsed.invalid(text, PodMessages.operatorTakesNoValues(operator));
    }
    return Parsed.valid(text, new NodeRequirement(matcher.group(1), kubernetesOperator(operator), values));
  }

  /** An outcome condition, {@code @Script(depends)}. */
  static Parsed<DependsExpression> depends(Text text) {
    try {
      return Parsed.valid(text, DependsExpression.parse(text.value()));
    } catch (ExpressionException e) {
      return Parsed.invalid(text, e.reason());
    }
  }

  static <T> List<Parsed<T>> each(List<Text> texts, java.util.function.Function<Text, Parsed<T>> parser) {
    List<Parsed<T>> parsed = new ArrayList<>();
    for (Text text : texts) {
      parsed.add(parser.apply(text));
    }
    return parsed;
  }

  private static String kubernetesOperator(String lowerCase) {
    switch (lowerCase) {
      case "in":
        return "In";
      case "notin":
        return "NotIn";
      case "exists":
        return "Exists";
      case "doesnotexist":
        return "DoesNotExist";
      case "gt":
        return "Gt";
      default:
        return "Lt";
    }
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
