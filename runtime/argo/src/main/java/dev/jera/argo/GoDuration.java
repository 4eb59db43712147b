package dev.jera.argo;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go's {@code time.ParseDuration} syntax, which Argo uses for a template's {@code timeout} and
 * {@code pendingTimeout} and for the retry backoff's {@code duration}, {@code cap} and
 * {@code maxDuration}.
 *
 * <p>A duration is an optional sign and one or more numbers, each with an optional fraction and a unit:
 * {@code ns}, {@code us} (or {@code µs} with U+00B5 or U+03BC), {@code ms}, {@code s}, {@code m} or
 * {@code h}; for example {@code 300ms}, {@code -1.5h} or {@code 2h45m}. {@code 0} alone needs no unit.
 * The parser follows Go's byte for byte, including its range of about ±292 years and its rounding of
 * fractions to whole nanoseconds.
 */
public final class GoDuration {
  /** 1&lt;&lt;63 read as an unsigned number: Go accumulates the magnitude in a uint64 up to this bound. */
  private static final long LIMIT = Long.MIN_VALUE;

  private static final Map<String, Long> UNITS = Map.of(
      "ns", 1L,
      "us", 1_000L,
      "\u00b5s", 1_000L,
      "\u03bcs", 1_000L,
      "ms", 1_000_000L,
      "s", 1_000_000_000L,
      "m", 60_000_000_000L,
      "h", 3_600_000_000_000L);

  /** Spellings people use for Go's units; "M" is left out because it might mean months. */
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("sec", "s"), Map.entry("secs", "s"), Map.entry("second", "s"), Map.entry("seconds", "s"),
      Map.entry("min", "m"), Map.entry("mins", "m"), Map.entry("minute", "m"), Map.entry("minutes", "m"),
      Map.entry("hr", "h"), Map.entry("hrs", "h"), Map.entry("hour", "h"), Map.entry("hours", "h"),
      Map.entry("msec", "ms"), Map.entry("msecs", "ms"), Map.entry("millis", "ms"),
      Map.entry("millisecond", "ms"), Map.entry("milliseconds", "ms"),
      Map.entry("usec", "us"), Map.entry("microsecond", "us"), Map.entry("microseconds", "us"),
      Map.entry("nsec", "ns"), Map.entry("nanosecond", "ns"), Map.entry("nanoseconds", "ns"),
      Map.entry("s", "s"), Map.entry("m", "m"), Map.entry("h", "h"),
      Map.entry("ms", "ms"), Map.entry("us", "us"), Map.entry("ns", "ns"));

  private static final Map<String, Integer> LONG_UNITS_IN_HOURS = Map.of(
      "d", 24, "day", 24, "days", 24, "w", 168, "wk", 168, "week", 168, "weeks", 168);

  private static final Pattern BARE_INTEGER = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern BARE_NUMBER = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)");
  private static final Pattern PART = Pattern.compile("([0-9.]+)([^0-9.]*)");
  private static final Pattern WHOLE_LONG_UNIT = Pattern.compile("([0-9]+)([A-Za-z]+)");
  private static final String EXAMPLES = "\"30s\", \"10m\" or \"1h30m\"";
  private static final String UNIT_LIST = "ns, us, ms, s, m or h";

  private GoDuration() {}

  /**
   * Parses {@code text} as Go does.
   *
   * @throws IllegalArgumentException if Go would reject it; the message says why and how to fix it
   */
  public static Duration parse(String text) {
    Result r = read(text);
    if (r.problem() != null) {
      throw new IllegalArgumentException(r.problem());
    }
    return Duration.ofNanos(r.nanos());
  }

  /** Returns why Go would reject {@code text}, or empty when it is a valid duration. */
  public static Optional<String> problem(String text) {
    return Optional.ofNullable(read(text).problem());
  }

  /**
   * Whether {@code text} is a whole number with no unit, such as {@code 30} or {@code -5}.
   *
   * <p>Argo rejects such a {@code timeout} ("has invalid duration format in timeout") even though it
   * accepts {@code "0"} elsewhere, and a retry backoff reads it as seconds; callers decide which applies.
   */
  public static boolean isBareInteger(String text) {
    return BARE_INTEGER.matcher(Objects.requireNonNull(text, "text")).matches();
  }

  private record Result(long nanos, String problem) {
    static Result ok(long nanos) {
      return new Result(nanos, null);
    }

    static Result fail(String problem) {
      return new Result(0, problem);
    }
  }

  /** Go's ParseDuration, with the magnitude kept as an unsigned 64-bit number exactly as Go keeps it. */
  private static Result read(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return Result.fail("the duration is empty; write a number with a unit, e.g. " + EXAMPLES);
    }
    if (text.chars().anyMatch(Character::isWhitespace)) {
      return Result.fail(spaces(text));
    }
    int n = text.length();
    int i = 0;
    boolean negative = false;
    char first = text.charAt(0);
    if (first == '-' || first == '+') {
      negative = first == '-';
      i++;
    }
    if (text.substring(i).equals("0")) {
      return Result.ok(0);
    }
    if (i == n) {
      return Result.fail(notADuration(text));
    }
    long total = 0;
    while (i < n) {
      if (!(text.charAt(i) == '.' || isDigit(text.charAt(i)))) {
        return Result.fail(notADuration(text));
      }
      int numberStart = i;
      long whole = 0;
      while (i < n && isDigit(text.charAt(i))) {
        if (Long.compareUnsigned(whole, Long.divideUnsigned(LIMIT, 10)) > 0) {
          return Result.fail(tooLong(text));
        }
        whole = whole * 10 + (text.charAt(i) - '0');
        if (Long.compareUnsigned(whole, LIMIT) > 0) {
          return Result.fail(tooLong(text));
        }
        i++;
      }
      boolean digitsBefore = i != numberStart;
      long fraction = 0;
      double scale = 1;
      boolean digitsAfter = false;
      if (i < n && text.charAt(i) == '.') {
        i++;
        int fractionStart = i;
        boolean overflow = false;
        // Like Go, keep reading digits past what fits but ignore them.
        for (; i < n && isDigit(text.charAt(i)); i++) {
          if (overflow) {
            continue;
          }
          if (Long.compareUnsigned(fraction, Long.MAX_VALUE / 10) > 0) {
            overflow = true;
            continue;
          }
          long next = fraction * 10 + (text.charAt(i) - '0');
          if (Long.compareUnsigned(next, LIMIT) > 0) {
            overflow = true;
            continue;
          }
          fraction = next;
          scale *= 10;
        }
        digitsAfter = i != fractionStart;
      }
      if (!digitsBefore && !digitsAfter) {
        return Result.fail(notADuration(text));
      }
      int unitStart = i;
      while (i < n && text.charAt(i) != '.' && !isDigit(text.charAt(i))) {
        i++;
      }
      if (unitStart == i) {
        return Result.fail(missingUnit(text, text.substring(numberStart, i)));
      }
      String unitText = text.substring(unitStart, i);
      Long unit = UNITS.get(unitText);
      if (unit == null) {
        return Result.fail(unknownUnit(text, unitText));
      }
      if (Long.compareUnsigned(whole, Long.divideUnsigned(LIMIT, unit)) > 0) {
        return Result.fail(tooLong(text));
      }
      long value = whole * unit;
      if (fraction > 0) {
        // Go computes this in float64; doing the same keeps rounding identical.
        value += (long) (unsignedToDouble(fraction) * ((double) unit / scale));
        if (Long.compareUnsigned(value, LIMIT) > 0) {
          return Result.fail(tooLong(text));
        }
      }
      total += value;
      if (Long.compareUnsigned(total, LIMIT) > 0) {
        return Result.fail(tooLong(text));
      }
    }
    if (negative) {
      return Result.ok(-total);
    }
    if (total == LIMIT) {
      return Result.fail(tooLong(text));
    }
    return Result.ok(total);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static double unsignedToDouble(long x) {
    return x >= 0 ? x : ((x >>> 1) | (x & 1)) * 2.0;
  }

  private static String spaces(String text) {
    String joined = text.replaceAll("\\s+", "");
    if (!joined.isEmpty() && read(joined).problem() == null) {
      return Wording.quote(text) + " contains spaces; write " + Wording.quote(joined);
    }
    return Wording.quote(text) + " contains spaces; write a duration without them, e.g. " + EXAMPLES;
  }

  private static String notADuration(String text) {
    return Wording.quote(text) + " is not a duration; write numbers with units, e.g. " + EXAMPLES;
  }

  private static String tooLong(String text) {
    return Wording.quote(text) + " is too long; Go durations reach at most about 292 years (\"2562047h\")";
  }

  private static String missingUnit(String text, String number) {
    if (BARE_NUMBER.matcher(text).matches()) {
      return Wording.quote(text) + " has no unit: write " + Wording.quote(text + "s") + ", \"10m\" or \"1h30m\"";
    }
    return Wording.quote(text) + " has no unit after " + number + "; every number needs one of "
        + UNIT_LIST + ", e.g. \"1h30m\"";
  }

  private static String unknownUnit(String text, String unit) {
    String prefix = "unknown unit " + Wording.quote(unit) + " in " + Wording.quote(text) + "; ";
    if (unit.indexOf('-') >= 0 || unit.indexOf('+') >= 0) {
      return Wording.quote(text)
          + " has a sign in the middle; only the whole duration may have one, e.g. \"-1h30m\"";
    }
    Integer hours = LONG_UNITS_IN_HOURS.get(unit.toLowerCase(Locale.ROOT));
    if (hours != null) {
      Matcher whole = WHOLE_LONG_UNIT.matcher(text);
      String fix = whole.matches() && whole.group(1).length() < 9
          ? "write " + Wording.quote(Long.parseLong(whole.group(1)) * hours + "h")
          : "write hours instead (1d = 24h, 1w = 168h)";
      return prefix + "Go durations stop at hours: " + fix;
    }
    String fixed = withGoUnits(text);
    if (fixed != null && read(fixed).problem() == null) {
      return prefix + "write " + Wording.quote(fixed);
    }
    return prefix + "use " + UNIT_LIST + ", e.g. \"1h30m\"";
  }

  /** Rewrites every unit through {@link #ALIASES}, or returns null when one has no Go spelling. */
  private static String withGoUnits(String text) {
    String body = text;
    String sign = "";
    if (body.startsWith("-") || body.startsWith("+")) {
      sign = body.substring(0, 1);
      body = body.substring(1);
    }
    StringBuilder out = new StringBuilder(sign);
    Matcher part = PART.matcher(body);
    int end = 0;
    while (part.find() && part.start() == end) {
      String unit = part.group(2);
      String goUnit = unit.equals("M") ? null : ALIASES.get(unit.toLowerCase(Locale.ROOT));
      if (goUnit == null) {
        return null;
      }
      out.append(part.group(1)).append(goUnit);
      end = part.end();
    }
    return end == body.length() ? out.toString() : null;
  }
}
