package dev.jera.argo.go;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The shortest decimal digits of a {@code float64}, as Go's {@code strconv} finds them: the fewest digits
 * that read back to the same number, the closest to it when several do. Both of Go's float formats that
 * Argo shows ({@code %v} and {@code encoding/json}) start from these digits.
 *
 * <p>{@code Double.toString} is not enough on JDK 17: it sometimes gives a digit more than needed
 * ({@code 1e23} prints as {@code 9.999999999999999E22}).
 */
public final class GoFloat {

  /**
   * A finite, non-zero magnitude as {@code 0.<digits> × 10^pointAt}: {@code digits} has no trailing zero.
   */
  public record Digits(String digits, int pointAt) {
    /** The decimal exponent of the first digit: {@code d.ddd × 10^exponent}. */
    public int exponent() {
      return pointAt - 1;
    }

    /** The digits with the decimal point placed, no exponent: {@code 1234.5}, {@code 0.00012}. */
    public String plain() {
      if (pointAt <= 0) {
        return "0." + "0".repeat(-pointAt) + digits;
      }
      if (pointAt >= digits.length()) {
        return digits + "0".repeat(pointAt - digits.length());
      }
      return digits.substring(0, pointAt) + "." + digits.substring(pointAt);
    }

    /** The mantissa of the exponent form: {@code 1.2345}, or {@code 1} for a single digit. */
    public String mantissa() {
      return digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    }
  }

  private GoFloat() {}

  /** The shortest digits of {@code |value|}; {@code value} must be finite and not zero. */
  public static Digits shortest(double value) {
    double magnitude = Math.abs(value);
    if (magnitude == 0 || !Double.isFinite(magnitude)) {
      throw new IllegalArgumentException("no digits for " + value);
    }
    BigDecimal exact = new BigDecimal(magnitude);
    for (int precision = 1; precision < 17; precision++) {
      BigDecimal best = closestThatReadsBack(exact, magnitude, precision);
      if (best != null) {
        return digitsOf(best);
      }
    }
    // 17 significant digits always read back.
    return digitsOf(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
  }

  /** Of the two neighbours of {@code exact} with {@code precision} digits, the closer one that parses back. */
  private static BigDecimal closestThatReadsBack(BigDecimal exact, double magnitude, int precision) {
    BigDecimal below = exact.round(new MathContext(precision, RoundingMode.FLOOR));
    BigDecimal above = exact.round(new MathContext(precision, RoundingMode.CEILING));
    boolean belowReads = below.doubleValue() == magnitude;
    boolean aboveReads = above.doubleValue() == magnitude;
    if (belowReads && aboveReads) {
      int order = exact.subtract(below).compareTo(above.subtract(exact));
      return order < 0 ? below : order > 0 ? above : evenOf(below, above);
    }
    return belowReads ? below : aboveReads ? above : null;
  }

  private static BigDecimal evenOf(BigDecimal below, BigDecimal above) {
    return below.unscaledValue().testBit(0) ? above : below;
  }

  private static Digits digitsOf(BigDecimal decimal) {
    BigDecimal stripped = decimal.stripTrailingZeros();
    String digits = stripped.unscaledValue().toString();
    return new Digits(digits, digits.length() - stripped.scale());
  }
}
