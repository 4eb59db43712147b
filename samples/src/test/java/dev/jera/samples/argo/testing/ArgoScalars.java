package dev.jera.samples.argo.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How Argo's Go types read a JSON scalar; each method cites the Go code it follows. */
final class ArgoScalars {
  private static final Pattern GO_ATOI = Pattern.compile("[-+]?[0-9]+");
  // time.ParseDuration: [-+]? then one or more "<decimal><unit>", or "0"
  private static final Pattern DURATION_PART = Pattern.compile("([0-9]*(?:\\.[0-9]*)?)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)");
  private static final Map<String, BigInteger> NANOS = Map.of(
      "ns", BigInteger.ONE,
      "us", BigInteger.valueOf(1_000L),
      "\u00b5s", BigInteger.valueOf(1_000L),
      "\u03bcs", BigInteger.valueOf(1_000L),
      "ms", BigInteger.valueOf(1_000_000L),
      "s", BigInteger.valueOf(1_000_000_000L),
      "m", BigInteger.valueOf(60_000_000_000L),
      "h", BigInteger.valueOf(3_600_000_000_000L));
  // k8s.io/apimachinery resource.ParseQuantity: a signed decimal, then a suffix (binary SI, decimal SI or an exponent)
  private static final Pattern QUANTITY =
      Pattern.compile("([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][-+]?[0-9]+)?");

  private ArgoScalars() {}

  /**
   * A parameter's {@code value}, {@code default}, {@code enum} item or {@code description}: Go's
   * {@code AnyString} (pkg/apis/workflow/v1alpha1/anystring.go UnmarshalJSON) turns a JSON number into
   * {@code strconv.FormatFloat(v, 'f', -1, 64)} and a boolean into "true"/"false".
   */
  static Object anyString(Object value) {
    if (value instanceof BigDecimal number) {
      return GoYaml.number(new BigDecimal(Double.toString(number.doubleValue()))).toPlainString();
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    return value;
  }

  /**
   * A Kubernetes {@code IntOrString} (retry {@code limit}, backoff {@code factor}, {@code withSequence}
   * fields, a template's {@code activeDeadlineSeconds}): Argo reads both forms through
   * {@code intstr}/{@code strconv.Atoi(x.String())} (operator.go expandSequence, util/intstr), so 2 and
   * "2" are one value.
   */
  static Object intOrString(Object value) {
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    return value;
  }

  /**
   * The text of a top-level {@code withItems} scalar as {@code {{item}}} and the node name see it:
   * operator.go processItem formats numbers and booleans with {@code %v} (the item's JSON text) and
   * strings as themselves, so 1 and "1" expand the same way.
   */
  static Object itemScalar(Object value) {
    if (value instanceof BigDecimal number) {
      return goJsonNumber(number);
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    return value;
  }

  /** encoding/json's text for a float64: 'f' format between 1e-6 and 1e21, else 'e'. */
  private static String goJsonNumber(BigDecimal number) {
    BigDecimal abs = number.abs();
    if (abs.signum() != 0 && (abs.compareTo(new BigDecimal("1e21")) >= 0 || abs.compareTo(new BigDecimal("1e-6")) < 0)) {
      String e = number.stripTrailingZeros().toString().replace("E", "e");
      return e.replaceAll("e(\\d)", "e+$1").replaceAll("e([+-])(\\d)$", "e$10$2");
    }
    return number.toPlainString();
  }

  /**
   * A duration Argo reads with {@code wfv1.ParseStringToDuration} (pkg/apis/workflow/v1alpha1/utils.go):
   * bare digits are seconds, anything else is a Go duration. Backoff duration/maxDuration/cap, template
   * timeout/pendingTimeout, suspend duration, podGC deleteDelayDuration. A value with a tag, or one Argo
   * cannot parse, stays as it is.
   */
  static Object secondsOrDuration(Object value) {
    if (value instanceof String s) {
      if (GO_ATOI.matcher(s).matches()) {
        return new Duration(new BigInteger(s.startsWith("+") ? s.substring(1) : s).multiply(NANOS.get("s")), s);
      }
      return goDuration(s).<Object>map(n -> new Duration(n, s)).orElse(s);
    }
    return value;
  }

  /** A duration Argo reads with {@code time.ParseDuration} only (memoize maxAge, operator.go). */
  static Object duration(Object value) {
    if (value instanceof String s) {
      return goDuration(s).<Object>map(n -> new Duration(n, s)).orElse(s);
    }
    return value;
  }

  /** Go's time.ParseDuration, in nanoseconds. */
  static Optional<BigInteger> goDuration(String text) {
    String s = text;
    boolean negative = false;
    if (s.startsWith("-") || s.startsWith("+")) {
      negative = s.startsWith("-");
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return Optional.of(BigInteger.ZERO);
    }
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = DURATION_PART.matcher(s);
    BigDecimal total = BigDecimal.ZERO;
    int at = 0;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at) {
        return Optional.empty();
      }
      String number = m.group(1);
      if (number.isEmpty() || number.equals(".")) {
        return Optional.empty();
      }
      total = total.add(new BigDecimal(number.endsWith(".") ? number + "0" : number.startsWith(".") ? "0" + number : number)
          .multiply(new BigDecimal(NANOS.get(m.group(2)))));
      at = m.end();
    }
    BigInteger nanos = total.toBigInteger();
    return Optional.of(negative ? nanos.negate() : nanos);
  }

  /**
   * A Kubernetes resource quantity (cpu, memory, storage): "500m", "0.5" and 0.5 are one quantity to
   * resource.Quantity, which the API server canonicalises.
   */
  static Object quantity(Object value) {
    String text = value instanceof BigDecimal d ? d.toPlainString() : value instanceof String s ? s : null;
    if (text == null) {
      return value;
    }
    Matcher m = QUANTITY.matcher(text);
    if (!m.matches()) {
      return value;
    }
    BigDecimal number = new BigDecimal(m.group(1).endsWith(".") ? m.group(1) + "0" : m.group(1));
    String suffix = m.group(2) == null ? "" : m.group(2);
    BigDecimal factor = switch (suffix) {
      case "" -> BigDecimal.ONE;
      case "n" -> new BigDecimal("1e-9");
      case "u" -> new BigDecimal("1e-6");
      case "m" -> new BigDecimal("1e-3");
      case "k" -> new BigDecimal("1e3");
      case "M" -> new BigDecimal("1e6");
      case "G" -> new BigDecimal("1e9");
      case "T" -> new BigDecimal("1e12");
      case "P" -> new BigDecimal("1e15");
      case "E" -> new BigDecimal("1e18");
      case "Ki" -> new BigDecimal(BigInteger.TWO.pow(10));
      case "Mi" -> new BigDecimal(BigInteger.TWO.pow(20));
      case "Gi" -> new BigDecimal(BigInteger.TWO.pow(30));
      case "Ti" -> new BigDecimal(BigInteger.TWO.pow(40));
      case "Pi" -> new BigDecimal(BigInteger.TWO.pow(50));
      case "Ei" -> new BigDecimal(BigInteger.TWO.pow(60));
      default -> BigDecimal.ONE.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1)));
    };
    return new Quantity(GoYaml.number(number.multiply(factor)), text);
  }

  /** A duration: equal when the nanoseconds are. */
  record Duration(BigInteger nanos, String text) implements Semantic {
    @Override
    public boolean equals(Object o) {
      return o instanceof Duration d && d.nanos.equals(nanos);
    }

    @Override
    public int hashCode() {
      return nanos.hashCode();
    }

    @Override
    public Optional<String> differenceFrom(Semantic other) {
      return other instanceof Duration d && d.nanos.equals(nanos) ? Optional.empty() : Optional.of("");
    }

    @Override
    public String show() {
      return "\"" + text + "\" (" + canonicalKey() + ")";
    }

    @Override
    public String canonicalKey() {
      return new BigDecimal(nanos).movePointLeft(9).stripTrailingZeros().toPlainString() + "s";
    }
  }

  /** A resource quantity: equal when the amounts are. */
  record Quantity(BigDecimal amount, String text) implements Semantic {
    @Override
    public boolean equals(Object o) {
      return o instanceof Quantity q && q.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
      return amount.stripTrailingZeros().hashCode();
    }

    @Override
    public Optional<String> differenceFrom(Semantic other) {
      return other instanceof Quantity q && q.amount.compareTo(amount) == 0 ? Optional.empty() : Optional.of("");
    }

    @Override
    public String show() {
      return "\"" + text + "\" (" + canonicalKey() + ")";
    }

    @Override
    public String canonicalKey() {
      return amount.toPlainString();
    }
  }
}
