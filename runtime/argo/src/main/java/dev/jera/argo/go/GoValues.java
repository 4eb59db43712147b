package dev.jera.argo.go;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The values govaluate computes with, seen from Java, and what Go does with them.
 *
 * <p>govaluate works on {@code float64}, {@code bool}, {@code string}, {@code []interface{}} (from a comma
 * list) and {@code nil}. Here they are {@link Double}, {@link Boolean}, {@link String}, an unmodifiable
 * {@link List} and {@code null}. Go's {@code %v} formatting matters beyond messages: govaluate's {@code +}
 * joins a string with anything through {@code fmt.Sprintf("%v%v")}, so {@code 'v' + 1000000} is
 * {@code "v1e+06"}, and Argo prints the non-boolean result of a {@code when} the same way.
 */
public final class GoValues {

  private GoValues() {}

  /** Formats a value as Go's {@code %v} does. */
  public static String format(Object value) {
    if (value == null) {
      return "<nil>";
    }
    if (value instanceof Double) {
      return formatFloat((Double) value);
    }
    if (value instanceof List) {
      return ((List<?>) value).stream().map(GoValues::format).collect(Collectors.joining(" ", "[", "]"));
    }
    return value.toString();
  }

  /**
   * Formats a {@code float64} as {@code %v}: the shortest decimal that reads back to the same number, in
   * exponent form when the exponent is below -4 or at least 6 ({@code strconv.FormatFloat(f, 'g', -1, 64)}).
   */
  static String formatFloat(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == 0) {
      return 1 / value < 0 ? "-0" : "0";
    }
    GoFloat.Digits digits = GoFloat.shortest(value);
    String sign = value < 0 ? "-" : "";
    int exponent = digits.exponent();
    if (exponent < -4 || exponent >= 6) {
      int magnitude = Math.abs(exponent);
      return sign + digits.mantissa() + "e" + (exponent < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + magnitude;
    }
    return sign + digits.plain();
  }

  /**
   * Go's {@code reflect.DeepEqual}, which govaluate's {@code ==} and {@code !=} use: values of different
   * types are never equal, numbers compare as numbers (so NaN is not equal to itself), lists element by
   * element.
   */
  public static boolean deepEqual(Object left, Object right) {
    if (left == null || right == null) {
      return left == right;
    }
    if (left instanceof Double && right instanceof Double) {
      return ((Double) left).doubleValue() == ((Double) right).doubleValue();
    }
    if (left instanceof List && right instanceof List) {
      List<?> a = (List<?>) left;
      List<?> b = (List<?>) right;
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!deepEqual(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return left.getClass() == right.getClass() && left.equals(right);
  }

  /**
   * Compares two strings the way Go does, byte by byte in UTF-8, which is the order of their code points
   * (Java's {@link String#compareTo} compares UTF-16 units, which differs above U+FFFF).
   */
  public static int compareStrings(String left, String right) {
    int i = 0;
    int j = 0;
    while (i < left.length() && j < right.length()) {
      int a = left.codePointAt(i);
      int b = right.codePointAt(j);
      if (a != b) {
        return Integer.compare(a, b);
      }
      i += Character.charCount(a);
      j += Character.charCount(b);
    }
    return Boolean.compare(i < left.length(), j < right.length());
  }

  /** A value and its kind for messages, such as {@code 'heads' (a string)} or {@code 5 (a number)}. */
  public static String describe(Object value) {
    if (value == null) {
      return "nothing (nil)";
    }
    String kind;
    String shown = format(value);
    if (value instanceof String) {
      kind = "a string";
      shown = "'" + shown + "'";
    } else if (value instanceof Double) {
      kind = "a number";
    } else if (value instanceof Boolean) {
      kind = "a boolean";
    } else if (value instanceof GoRegex.Compiled) {
      kind = "a regular expression";
      shown = "'" + shown + "'";
    } else {
      kind = "a list";
    }
    return shown + " (" + kind + ")";
  }

  /**
   * Go's {@code int64(f)} on amd64, where Argo's controller runs: NaN and numbers out of range become the
   * most negative {@code int64} instead of saturating as Java's cast does.
   */
  public static long toInt64(double value) {
    if (Double.isNaN(value) || value >= 0x1p63 || value < -0x1p63) {
      return Long.MIN_VALUE;
    }
    return (long) value;
  }

  /** Go's {@code uint64(f)} on amd64, as a Java {@code long} holding the same 64 bits. */
  public static long toUint64(double value) {
    if (value >= 0x1p63 && value < 0x1p64) {
      return (long) (value - 0x1p63) ^ Long.MIN_VALUE;
    }
    return toInt64(value);
  }

  /** Go's {@code float64(u)} for a {@code uint64} held in a Java {@code long}. */
  public static double fromUint64(long bits) {
    if (bits >= 0) {
      return bits;
    }
    // Halve (keeping the lowest bit so rounding stays correct), convert, then double.
    return ((bits >>> 1) | (bits & 1)) * 2.0;
  }
}
