package dev.jera.samples.argo.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;

/**
 * Reads YAML the way Argo reads a manifest: {@code sigs.k8s.io/yaml}'s {@code YAMLToJSON} over Go's
 * {@code yaml.v2} (workflow/common/parse.go, toWorkflowTypeYAML), so a plain scalar means what it means
 * to Argo, not what it means to YAML 1.2: {@code yes}/{@code on} are booleans, {@code 0755} is octal,
 * {@code 1_000} is an int, a timestamp stays a string (yaml.v2's decode.go keeps timestamp-looking
 * values as strings when the target is {@code interface{}}).
 *
 * <p>The result is JSON data: {@link Map} (insertion ordered; a repeated key keeps its last value, as
 * yaml.v2's non-strict decoding does), {@link List}, {@link String}, {@link Boolean}, {@link
 * BigDecimal} (stripped of trailing zeros: Go's JSON encoding of 1.0 is {@code 1}) and {@code null}.
 */
public final class GoYaml {
  private static final String TAG = "tag:yaml.org,2002:";
  private static final Set<String> TRUE = Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
  private static final Set<String> FALSE = Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
  private static final Set<String> NULL = Set.of("", "~", "null", "Null", "NULL");
  private static final Set<String> NOT_JSON = Set.of(
      ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF");
  // resolve.go yamlStyleFloat
  private static final Pattern YAML_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  // what strconv.ParseFloat accepts after a leading '.'
  private static final Pattern DOT_FLOAT = Pattern.compile("\\.[0-9]+([eE][-+]?[0-9]+)?");
  // resolve.go parseTimestamp's layouts
  private static final Pattern TIMESTAMP = Pattern.compile(
      "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
          + "(?:[Tt][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\\.[0-9]+)?(?:Z|[-+][0-9]{2}:[0-9]{2})"
          + "| [0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\\.[0-9]+)?)?");

  private GoYaml() {}

  /** Every non-empty document of a YAML stream, in order. */
  public static List<Object> documents(String yaml) {
    Parse parse = new Parse(LoadSettings.builder().setAllowDuplicateKeys(true).setMaxAliasesForCollections(1000).build());
    List<Object> documents = new ArrayList<>();
    Builder builder = new Builder();
    for (Event event : parse.parseString(yaml)) {
      switch (event.getEventId()) {
        case DocumentStart -> builder = new Builder();
        case DocumentEnd -> {
          if (builder.root != null) {
            documents.add(builder.root);
          }
        }
        case MappingStart, SequenceStart, Scalar, Alias -> builder.start((NodeEvent) event);
        case MappingEnd, SequenceEnd -> builder.end();
        default -> {}
      }
    }
    return documents;
  }

  /** The single document of {@code yaml}. */
  public static Object document(String yaml) {
    List<Object> documents = documents(yaml);
    if (documents.size() != 1) {
      throw new IllegalArgumentException("expected one YAML document, found " + documents.size());
    }
    return documents.get(0);
  }

  /** What a plain (unquoted, untagged) scalar is to yaml.v2's {@code resolve()}, as JSON data. */
  static Object resolvePlain(String in) {
    if (NULL.contains(in)) {
      return null;
    }
    if (TRUE.contains(in)) {
      return true;
    }
    if (FALSE.contains(in)) {
      return false;
    }
    if (NOT_JSON.contains(in)) {
      throw new IllegalArgumentException("'" + in + "' is an infinite or NaN float, which JSON (and so Argo) cannot hold");
    }
    char hint = in.charAt(0);
    if (hint == '.') {
      return DOT_FLOAT.matcher(in).matches() ? floatValue(in) : in;
    }
    if (hint == '+' || hint == '-' || (hint >= '0' && hint <= '9')) {
      if (TIMESTAMP.matcher(in).matches()) {
        return in;
      }
      String plain = in.replace("_", "");
      Optional<BigInteger> integer = goInteger(plain);
      if (integer.isPresent()) {
        return new BigDecimal(integer.get());
      }
      if (YAML_FLOAT.matcher(plain).matches()) {
        return floatValue(plain);
      }
    }
    return in;
  }

  /** strconv.ParseInt(s, 0, 64), then ParseUint(s, 0, 64), then yaml.v2's own "0b" form. */
  private static Optional<BigInteger> goInteger(String s) {
    boolean negative = s.startsWith("-");
    String digits = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
    int radix = 10;
    if (digits.matches("0[xX][0-9a-fA-F]+")) {
      radix = 16;
      digits = digits.substring(2);
    } else if (digits.matches("0[oO][0-7]+")) {
      radix = 8;
      digits = digits.substring(2);
    } else if (digits.matches("0[bB][01]+")) {
      radix = 2;
      digits = digits.substring(2);
    } else if (digits.matches("0[0-7]+")) {
      radix = 8;
      digits = digits.substring(1);
    } else if (!digits.matches("0|[1-9][0-9]*")) {
      return Optional.empty();
    }
    BigInteger value = new BigInteger(digits, radix);
    if (negative) {
      value = value.negate();
    }
    boolean fitsInt64 = value.bitLength() < 64;
    boolean fitsUint64 = !negative && !s.startsWith("+") && value.signum() >= 0 && value.bitLength() <= 64;
    return fitsInt64 || fitsUint64 ? Optional.of(value) : Optional.empty();
  }

  private static BigDecimal floatValue(String text) {
    double value = Double.parseDouble(text);
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("'" + text + "' overflows a float64");
    }
    return number(new BigDecimal(Double.toString(value)));
  }

  /** The canonical form of a JSON number: 1, 1.0 and 1e0 are one value to Go's encoding/json. */
  static BigDecimal number(BigDecimal value) {
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  private static Object scalar(ScalarEvent event) {
    Optional<String> tag = event.getTag().filter(t -> !t.equals("!"));
    if (tag.isEmpty()) {
      return event.isPlain() ? resolvePlain(event.getValue()) : event.getValue();
    }
    String value = event.getValue();
    return switch (tag.get()) {
      case TAG + "str" -> value;
      case TAG + "null" -> null;
      case TAG + "bool" -> {
        if (TRUE.contains(value) || FALSE.contains(value)) {
          yield TRUE.contains(value);
        }
        throw new IllegalArgumentException("!!bool '" + value + "' is not a boolean");
      }
      case TAG + "int", TAG + "float" -> {
        Object resolved = resolvePlain(value);
        if (resolved instanceof BigDecimal) {
          yield resolved;
        }
        throw new IllegalArgumentException(tag.get() + " '" + value + "' is not a number");
      }
      default -> throw new IllegalArgumentException("unsupported YAML tag " + tag.get());
    };
  }

  /** Keys become strings the way sigs.k8s.io/yaml's convertToJSONableObject formats them. */
  private static String key(Object key) {
    if (key instanceof String s) {
      return s;
    }
    if (key instanceof Boolean || key instanceof BigDecimal) {
      return key instanceof BigDecimal d ? d.toPlainString() : key.toString();
    }
    throw new IllegalArgumentException("unsupported map key " + key);
  }

  /** Builds one document from its events. */
  private static final class Builder {
    private final Deque<Object> open = new ArrayDeque<>();
    private final Deque<Optional<Anchor>> anchors = new ArrayDeque<>();
    private final Map<String, Object> anchored = new HashMap<>();
    private final Deque<Object> pendingKey = new ArrayDeque<>();
    private Object root;

    void start(NodeEvent event) {
      if (event instanceof AliasEvent alias) {
        String name = alias.getAlias().getValue();
        if (!anchored.containsKey(name)) {
          throw new IllegalArgumentException("unknown YAML alias *" + name);
        }
        add(anchored.get(name));
      } else if (event instanceof ScalarEvent scalar) {
        Object value = scalar(scalar);
        scalar.getAnchor().ifPresent(a -> anchored.put(a.getValue(), value));
        add(value);
      } else if (event instanceof CollectionStartEvent collection) {
        collection.getTag().filter(t -> !t.equals("!") && !t.equals(TAG + "map") && !t.equals(TAG + "seq"))
            .ifPresent(t -> {
              throw new IllegalArgumentException("unsupported YAML tag " + t);
            });
        open.push(event instanceof MappingStartEvent ? new LinkedHashMap<String, Object>() : new ArrayList<>());
        anchors.push(event.getAnchor());
        if (event instanceof MappingStartEvent) {
          pendingKey.push(NO_KEY);
        }
      } else {
        throw new IllegalStateException("unexpected " + event);
      }
    }

    void end() {
      Object done = open.pop();
      if (done instanceof Map) {
        pendingKey.pop();
      }
      anchors.pop().ifPresent(a -> anchored.put(a.getValue(), done));
      add(done);
    }

    @SuppressWarnings("unchecked")
    private void add(Object value) {
      if (open.isEmpty()) {
        root = value;
        return;
      }
      Object parent = open.peek();
      if (parent instanceof List) {
        ((List<Object>) parent).add(value);
        return;
      }
      Map<String, Object> map = (Map<String, Object>) parent;
      Object key = pendingKey.pop();
      if (key == NO_KEY) {
        pendingKey.push(value == null ? NULL_KEY : value);
        return;
      }
      pendingKey.push(NO_KEY);
      if (key == NULL_KEY) {
        throw new IllegalArgumentException("a null map key cannot become JSON");
      }
      if ("<<".equals(key) && value instanceof Map) {
        // yaml.v2 merge key: the merged entries never override the mapping's own
        ((Map<String, Object>) value).forEach(map::putIfAbsent);
        return;
      }
      String name = key(key);
      map.remove(name); // the last of repeated keys wins, in its own position
      map.put(name, value);
    }

    private static final Object NO_KEY = new Object();
    private static final Object NULL_KEY = new Object();
  }
}
