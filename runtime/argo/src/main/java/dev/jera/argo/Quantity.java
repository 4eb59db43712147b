package dev.jera.argo;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes resource quantities ({@code resource.ParseQuantity}), as written for CPU and memory
 * requests and limits: a signed decimal number and an optional suffix.
 *
 * <p>The suffix is a power of 1024 ({@code Ki Mi Gi Ti Pi Ei}), a power of 1000 ({@code n u m k M G T P
 * E}), or a decimal exponent ({@code e3}, {@code E-3}). The number needs at least one digit; {@code 1.}
 * and {@code .5} are fine. This is where ParseQuantity and the CRD's pattern for quantities agree, so
 * quirks only one of them accepts ({@code "-"} or {@code "."} as zero, fractional exponents) are
 * rejected.
 */
public final class Quantity {
  private static final Pattern QUANTITY = Pattern.compile(
      "([+-]?)([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?");
  private static final Pattern LEADING_NUMBER = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)");
  private static final Pattern BROKEN_EXPONENT = Pattern.compile("[eE][+-]?[0-9]*(?:\\.[0-9]*)?");
  private static final Map<String, Integer> DECIMAL_EXPONENTS = Map.of(
      "n", -9, "u", -6, "m", -3, "k", 3, "M", 6, "G", 9, "T", 12, "P", 15, "E", 18);
  private static final Map<String, Integer> BINARY_EXPONENTS = Map.of(
      "Ki", 10, "Mi", 20, "Gi", 30, "Ti", 40, "Pi", 50, "Ei", 60);
  private static final Set<String> CPU_WORDS = Set.of("core", "cores", "cpu", "cpus", "vcpu", "vcpus");
  private static final Set<String> MILLI_CPU_WORDS = Set.of("millicore", "millicores", "mcpu", "millicpu");
  private static final String EXAMPLES = "\"500m\", \"2\", \"256Mi\" or \"1Gi\"";
  private static final String BINARY_NOTE = " (Ki, Mi, Gi… count in 1024s; k, M, G… in 1000s)";

  private Quantity() {}

  /**
   * Parses {@code text} to its value in base units: {@code "250m"} is 0.25, {@code "1Ki"} is 1024.
   *
   * <p>The value is exact. Kubernetes itself rounds anything finer than 1n up to 1n and caps values at
   * 2^63-1; this method does neither. An exponent beyond what {@link BigDecimal} can scale by (about
   * ±2^31) is rejected.
   *
   * @throws IllegalArgumentException if Kubernetes would reject it; the message says why and how to fix it
   */
  public static BigDecimal parse(String text) {
    Result r = read(text);
    if (r.problem() != null) {
      throw new IllegalArgumentException(r.problem());
    }
    return r.value();
  }

  /** Returns why Kubernetes would reject {@code text} as a quantity, or empty when it is valid. */
  public static Optional<String> problem(String text) {
    return Optional.ofNullable(read(text).problem());
  }

  /**
   * Like {@link #problem} but also rejects negative values, which no request or limit may have. Zero is
   * allowed: a request of 0 is legal.
   */
  public static Optional<String> problemForResource(String text) {
    Result r = read(text);
    if (r.problem() == null && r.value().signum() < 0) {
      return Optional.of(Wording.quote(text) + " is negative; requests and limits must be zero or more");
    }
    return Optional.ofNullable(r.problem());
  }

  private record Result(BigDecimal value, String problem) {
    static Result fail(String problem) {
      return new Result(null, problem);
    }
  }

  private static Result read(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = QUANTITY.matcher(text);
    if (!m.matches()) {
      return Result.fail(explain(text));
    }
    String number = m.group(2);
    // BigDecimal wants digits on both sides of the point; Kubernetes does not.
    if (number.startsWith(".")) {
      number = "0" + number;
    }
    if (number.endsWith(".")) {
      number = number + "0";
    }
    BigDecimal value = new BigDecimal(number);
    if (m.group(1).equals("-")) {
      value = value.negate();
    }
    String suffix = m.group(3) == null ? "" : m.group(3);
    try {
      return new Result(applySuffix(value, suffix), null);
    } catch (ArithmeticException | NumberFormatException e) {
      return Result.fail(Wording.quote(text) + " has an exponent too large to represent; write e.g. \"1e3\"");
    }
  }

  private static BigDecimal applySuffix(BigDecimal value, String suffix) {
    if (suffix.isEmpty()) {
      return value;
    }
    Integer power = BINARY_EXPONENTS.get(suffix);
    if (power != null) {
      return value.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(power)));
    }
    Integer exponent = DECIMAL_EXPONENTS.get(suffix);
    int scale = exponent != null ? exponent : Integer.parseInt(suffix.substring(1));
    return value.scaleByPowerOfTen(scale);
  }

  private static String explain(String text) {
    if (text.isEmpty()) {
      return "the quantity is empty; write a number with an optional unit, e.g. " + EXAMPLES;
    }
    if (text.chars().anyMatch(Character::isWhitespace)) {
      String joined = text.replaceAll("\\s+", "");
      return QUANTITY.matcher(joined).matches()
          ? Wording.quote(text) + " contains spaces; write " + Wording.quote(joined)
          : Wording.quote(text) + " contains spaces; write the number and unit together, e.g. " + EXAMPLES;
    }
    Matcher n = LEADING_NUMBER.matcher(text);
    if (!n.lookingAt()) {
      return Wording.quote(text) + " does not start with a number; write e.g. " + EXAMPLES;
    }
    String number = n.group();
    String rest = text.substring(n.end());
    if (rest.startsWith(".")) {
      return Wording.quote(text) + " has more than one decimal point; write one number, e.g. \"1.5Gi\"";
    }
    if (BROKEN_EXPONENT.matcher(rest).matches()) {
      return Wording.quote(text) + " needs a whole number after '" + rest.charAt(0)
          + "'; write e.g. \"1e3\" or \"12e-3\"";
    }
    return "unknown unit " + Wording.quote(rest) + " in " + Wording.quote(text) + "; " + unitHint(number, rest);
  }

  /** Guesses what a wrong unit meant; most often bytes written the way file sizes are. */
  private static String unitHint(String number, String unit) {
    String lower = unit.toLowerCase(Locale.ROOT);
    if (CPU_WORDS.contains(lower)) {
      return "CPU counts take no unit: write " + Wording.quote(number) + " (or \"500m\" for half a CPU)";
    }
    if (MILLI_CPU_WORDS.contains(lower)) {
      return "write " + Wording.quote(number + "m");
    }
    boolean bytes = lower.endsWith("b");
    String core = unit;
    if (bytes) {
      core = unit.substring(0, unit.length() - 1);
      if (core.isEmpty()) {
        return "a number of bytes takes no unit: write " + Wording.quote(number);
      }
    }
    String prefix = core.toUpperCase(Locale.ROOT);
    if (prefix.endsWith("I")) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    boolean knownPrefix = prefix.length() == 1 && "KMGTPE".contains(prefix);
    if (knownPrefix && (bytes || core.length() == 2)) {
      return "did you mean " + Wording.quote(number + prefix + "i") + "?" + BINARY_NOTE;
    }
    if (knownPrefix) {
      String decimal = prefix.equals("K") ? "k" : prefix;
      return "did you mean " + Wording.quote(number + decimal) + " or " + Wording.quote(number + prefix + "i") + "?"
          + BINARY_NOTE;
    }
    return "use Ki, Mi, Gi, Ti, Pi or Ei (powers of 1024), n, u, m, k, M, G, T, P or E (powers of 1000),"
        + " or an exponent such as e3";
  }
}
