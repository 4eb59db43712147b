package dev.jera.argo.go;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the quoted strings govaluate turns into dates.
 *
 * <p>govaluate tries every quoted literal against fourteen Go time layouts ({@code tryParseTime}); one that
 * fits stops being a string and becomes its Unix time in seconds, a number. So {@code '2024-01-05' <
 * '2024-02-01'} compares numbers, and {@code '2024-01-05' =~ '2024'} fails because {@code =~} needs a
 * string. Go reads a layout leniently: a space matches a run of spaces, the hour may have one digit, and a
 * fraction of a second may follow the seconds in any layout. The patterns below encode that.
 *
 * <p>Go parses in the controller's local zone, which in Argo's image is UTC, so a date without a zone is a
 * UTC date here. A zone abbreviation such as {@code MST} counts as offset zero, as Go does for names the
 * local zone does not know.
 */
public final class GoTimeLiterals {

  private static final String WEEKDAY = "(?i:sun|mon|tue|wed|thu|fri|sat)";
  private static final String MONTH = "((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))";
  private static final String DATE = "([0-9]{4})-([0-9]{2})-([0-9]{2})";
  private static final String HOUR = "([0-9]{1,2})";
  private static final String MINUTE = "([0-9]{2})";
  private static final String SECONDS = "([0-9]{2})(?:[.,][0-9]+)?";
  /** Go's {@code Z07:00}: {@code Z} or an offset with a colon. */
  private static final String ZONE_COLON = "(Z|[+-][0-9]{2}:[0-9]{2})";
  /** Go's {@code Z0700}: {@code Z} or an offset without a colon. */
  private static final String ZONE_PLAIN = "(Z|[+-][0-9]{4})";
  /** Go's {@code MST}: an abbreviation of three to five capitals, or GMT with an hour offset. */
  private static final String ZONE_NAME = "(GMT[+-][0-9]{1,2}|ChST|MeST|WITA|[A-Z]{3,4}T|[A-Z]{3})";

  private static final List<Layout> LAYOUTS =
      List.of(
          // ANSIC, UnixDate and RubyDate
          new Layout(WEEKDAY + " +" + MONTH + " +" + "([0-9]{1,2}) +" + HOUR + ":" + MINUTE + ":" + SECONDS
              + " +([0-9]{4})", Fields.MONTH_NAME),
          new Layout(WEEKDAY + " +" + MONTH + " +" + "([0-9]{1,2}) +" + HOUR + ":" + MINUTE + ":" + SECONDS
              + " +" + ZONE_NAME + " +([0-9]{4})", Fields.MONTH_NAME_ZONE_NAME),
          new Layout(WEEKDAY + " +" + MONTH + " +" + "([0-9]{2}) +" + HOUR + ":" + MINUTE + ":" + SECONDS
              + " +([+-][0-9]{4}) +([0-9]{4})", Fields.MONTH_NAME_ZONE_NAME),
          // Kitchen
          new Layout("([0-9]{1,2}):([0-9]{2})(AM|PM)", Fields.KITCHEN),
          // RFC3339 and RFC3339Nano
          new Layout(DATE + "T" + HOUR + ":" + MINUTE + ":" + SECONDS + ZONE_COLON, Fields.ISO),
          // the ISO-like layouts govaluate adds
          new Layout(DATE, Fields.ISO),
          new Layout(DATE + " +" + HOUR + ":" + MINUTE, Fields.ISO),
          new Layout(DATE + " +" + HOUR + ":" + MINUTE + ":" + SECONDS, Fields.ISO),
          new Layout(DATE + " +" + HOUR + ":" + MINUTE + ":" + SECONDS + "([+-][0-9]{2}:[0-9]{2})",
              Fields.ISO),
          new Layout(DATE + "T" + HOUR + ZONE_PLAIN, Fields.ISO_HOUR_ZONE),
          new Layout(DATE + "T" + HOUR + ":" + MINUTE + ZONE_PLAIN, Fields.ISO_MINUTE_ZONE),
          new Layout(DATE + "T" + HOUR + ":" + MINUTE + ":" + SECONDS + ZONE_PLAIN, Fields.ISO));

  private GoTimeLiterals() {}

  /**
   * The Unix time in whole seconds that govaluate gives this quoted text, or empty when the text is not a
   * date to govaluate and stays a string.
   */
  public static OptionalDouble epochSeconds(String text) {
    if (!hasDigit(text)) {
      return OptionalDouble.empty(); // every layout has digits: most strings of an expression are not dates
    }
    for (Layout layout : LAYOUTS) {
      Matcher matcher = layout.pattern().matcher(text);
      if (matcher.matches()) {
        try {
          return OptionalDouble.of(layout.fields().epochSeconds(matcher));
        } catch (DateTimeException | IllegalArgumentException outOfRange) {
          // Go rejects a day 31 in April or an hour 25 just as java.time does; try the next layout.
        }
      }
    }
    return OptionalDouble.empty();
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** One Go layout: its pattern, and how its groups become a time. */
  private record Layout(Pattern pattern, Fields fields) {
    Layout(String regex, Fields fields) {
      this(Pattern.compile(regex), fields);
    }
  }

  /** How the groups of a layout's pattern are laid out. */
  private enum Fields {
    /** weekday, month name, day, hour, minute, second, year. */
    MONTH_NAME {
      @Override
      double epochSeconds(Matcher m) {
        return epoch(number(m, 6), month(m.group(1)), number(m, 2), number(m, 3), number(m, 4), number(m, 5), 0);
      }
    },
    /** weekday, month name, day, hour, minute, second, zone, year. */
    MONTH_NAME_ZONE_NAME {
      @Override
      double epochSeconds(Matcher m) {
        return epoch(number(m, 7), month(m.group(1)), number(m, 2), number(m, 3), number(m, 4), number(m, 5),
            zoneSeconds(m.group(6)));
      }
    },
    /** hour (1 to 12), minute, AM or PM, on Go's zero date, 1 January of year 0. */
    KITCHEN {
      @Override
      double epochSeconds(Matcher m) {
        int hour = number(m, 1);
        if (hour > 12) {
          throw new IllegalArgumentException("hour out of range");
        }
        boolean pm = m.group(3).equals("PM");
        if (pm && hour < 12) {
          hour += 12;
        } else if (!pm && hour == 12) {
          hour = 0;
        }
        return epoch(0, 1, 1, hour, number(m, 2), 0, 0);
      }
    },
    /** year, month, day, then optionally hour, minute, second and zone. */
    ISO {
      @Override
      double epochSeconds(Matcher m) {
        int count = m.groupCount();
        int hour = count >= 4 ? number(m, 4) : 0;
        int minute = count >= 5 ? number(m, 5) : 0;
        int second = count >= 6 ? number(m, 6) : 0;
        int zone = count >= 7 ? zoneSeconds(m.group(7)) : 0;
        return epoch(number(m, 1), number(m, 2), number(m, 3), hour, minute, second, zone);
      }
    },
    /** year, month, day, hour, zone. */
    ISO_HOUR_ZONE {
      @Override
      double epochSeconds(Matcher m) {
        return epoch(number(m, 1), number(m, 2), number(m, 3), number(m, 4), 0, 0, zoneSeconds(m.group(5)));
      }
    },
    /** year, month, day, hour, minute, zone. */
    ISO_MINUTE_ZONE {
      @Override
      double epochSeconds(Matcher m) {
        return epoch(number(m, 1), number(m, 2), number(m, 3), number(m, 4), number(m, 5), 0, zoneSeconds(m.group(6)));
      }
    };

    abstract double epochSeconds(Matcher m);

    private static int number(Matcher m, int group) {
      return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(lower) / 3 + 1;
    }

    /** Seconds east of UTC for {@code Z}, {@code +hh:mm}, {@code +hhmm}, {@code GMT+h} or a name. */
    private static int zoneSeconds(String zone) {
      if (zone.startsWith("GMT") && zone.length() > 3) {
        int hours = Integer.parseInt(zone.substring(4));
        if (hours > 23) {
          throw new IllegalArgumentException("zone hour out of range");
        }
        return (zone.charAt(3) == '-' ? -1 : 1) * hours * 3600;
      }
      if (zone.charAt(0) != '+' && zone.charAt(0) != '-') {
        return 0; // Z, or an abbreviation the controller's UTC zone does not know
      }
      String digits = zone.substring(1).replace(":", "");
      int hours = Integer.parseInt(digits.substring(0, 2));
      int minutes = Integer.parseInt(digits.substring(2, 4));
      if (hours > 24 || minutes > 60) {
        throw new IllegalArgumentException("zone offset out of range");
      }
      return (zone.charAt(0) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    }

    private static double epoch(int year, int month, int day, int hour, int minute, int second, int zone) {
      // java.time checks the same ranges as Go: month 1-12, a day that exists, hour < 24, minute and
      // second < 60. A fraction of a second never changes Go's Unix(), which rounds down.
      LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
      return local.toEpochSecond(ZoneOffset.UTC) - zone;
    }
  }
}
