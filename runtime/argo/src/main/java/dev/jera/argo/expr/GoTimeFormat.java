package dev.jera.argo.expr;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Go's {@code time.Format} with a reference-time layout ({@code "2006-01-02 15:04:05"}), in UTC, the zone of
 * Argo's controller image: what sprig's {@code date} writes.
 */
final class GoTimeFormat {
  /** Layout elements, longest first where one is the prefix of another. */
  private static final List<String> ELEMENTS = List.of("January", "Jan", "Monday", "Mon", "MST", "2006", "-07:00:00",
      "-07:00", "-0700", "-07", "Z07:00:00", "Z07:00", "Z0700", "Z07", "002", "__2", "_2", "01", "02", "03", "04",
      "05", "06", "15", "PM", "pm", "1", "2", "3", "4", "5",
      ".000000000", ".00000000", ".0000000", ".000000", ".00000", ".0000", ".000", ".00", ".0",
      ".999999999", ".99999999", ".9999999", ".999999", ".99999", ".9999", ".999", ".99", ".9");

  private GoTimeFormat() {}

  static String format(Instant instant, String layout) {
    ZonedDateTime time = instant.atZone(ZoneOffset.UTC);
    StringBuilder out = new StringBuilder();
    int at = 0;
    outer:
    while (at < layout.length()) {
      for (String element : ELEMENTS) {
        if (layout.startsWith(element, at) && !(element.equals("Jan") && layout.startsWith("January", at))) {
          out.append(element(time, element));
          at += element.length();
          continue outer;
        }
      }
      out.append(layout.charAt(at++));
    }
    return out.toString();
  }

  private static String element(ZonedDateTime time, String element) {
    int hour12 = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
    if (element.startsWith(".0") || element.startsWith(".9")) {
      String nanos = String.format(Locale.ROOT, "%09d", time.getNano()).substring(0, element.length() - 1);
      if (element.startsWith(".9")) {
        nanos = nanos.replaceAll("0+$", "");
        return nanos.isEmpty() ? "" : "." + nanos;
      }
      return "." + nanos;
    }
    return switch (element) {
      case "January" -> time.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case "Jan" -> time.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      case "Monday" -> time.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case "Mon" -> time.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      case "MST" -> "UTC";
      case "2006" -> String.format(Locale.ROOT, "%04d", time.getYear());
      case "06" -> String.format(Locale.ROOT, "%02d", time.getYear() % 100);
      case "01" -> String.format(Locale.ROOT, "%02d", time.getMonthValue());
      case "1" -> Integer.toString(time.getMonthValue());
      case "02" -> String.format(Locale.ROOT, "%02d", time.getDayOfMonth());
      case "_2" -> String.format(Locale.ROOT, "%2d", time.getDayOfMonth());
      case "2" -> Integer.toString(time.getDayOfMonth());
      case "002" -> String.format(Locale.ROOT, "%03d", time.getDayOfYear());
      case "__2" -> String.format(Locale.ROOT, "%3d", time.getDayOfYear());
      case "15" -> String.format(Locale.ROOT, "%02d", time.getHour());
      case "03" -> String.format(Locale.ROOT, "%02d", hour12);
      case "3" -> Integer.toString(hour12);
      case "04" -> String.format(Locale.ROOT, "%02d", time.getMinute());
      case "4" -> Integer.toString(time.getMinute());
      case "05" -> String.format(Locale.ROOT, "%02d", time.getSecond());
      case "5" -> Integer.toString(time.getSecond());
      case "PM" -> time.getHour() >= 12 ? "PM" : "AM";
      case "pm" -> time.getHour() >= 12 ? "pm" : "am";
      case "-07:00:00" -> "+00:00:00";
      case "-07:00" -> "+00:00";
      case "-0700" -> "+0000";
      case "-07" -> "+00";
      default -> "Z"; // the Z07… forms write Z for UTC
    };
  }
}
