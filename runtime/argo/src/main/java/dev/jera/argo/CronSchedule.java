package dev.jera.argo;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a CronWorkflow schedule the way Argo Workflows v4 does: it must match the CRD's pattern for
 * {@code schedules[]} and parse with robfig/cron v3's {@code ParseStandard}.
 *
 * <p>Accepted are five fields, {@code minute hour day-of-month month day-of-week}, each a comma list of
 * {@code *}, {@code ?} (the same as {@code *}), {@code N} or {@code N-M}, optionally followed by
 * {@code /step}; months may be written JAN-DEC and days SUN-SAT in any case. Also accepted are the
 * descriptors {@code @yearly @annually @monthly @weekly @daily @midnight @hourly} and
 * {@code @every <duration>}.
 *
 * <p>Three things robfig tolerates are rejected here because they are always mistakes: an empty entry
 * between commas ({@code 1,,2}), a range starting at {@code *} ({@code *-5}, which robfig reads as
 * {@code *}), and {@code @every} with a zero duration.
 */
public final class CronSchedule {
  private static final String EVERY = "@every";
  private static final List<String> DESCRIPTORS =
      List.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
  private static final List<String> KEYWORDS =
      List.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly", EVERY);
  /** Whitespace as the CRD's RE2 {@code \s} knows it. */
  private static final String SEPARATOR_CHARS = " \t\n\f\r";
  private static final Pattern SEPARATOR = Pattern.compile("[" + SEPARATOR_CHARS + "]+");
  /** The CRD's {@code @every} operand: whole numbers only, and only U+00B5 for micro. */
  private static final Pattern CRD_EVERY = Pattern.compile("([0-9]+(ns|us|\u00b5s|ms|s|m|h))+");
  private static final String FIELDS = "minute hour day-of-month month day-of-week";

  private CronSchedule() {}

  /** Returns why Argo would reject {@code schedule}, or empty when it is valid. */
  public static Optional<String> problem(String schedule) {
    Objects.requireNonNull(schedule, "schedule");
    try {
      check(schedule);
      return Optional.empty();
    } catch (Invalid e) {
      return Optional.of(e.getMessage());
    }
  }

  private static void check(String schedule) throws Invalid {
    if (schedule.isBlank()) {
      throw new Invalid("the schedule is empty; write five fields (" + FIELDS
          + "), e.g. \"0 2 * * *\", or a descriptor such as \"@daily\"");
    }
    if (Character.isWhitespace(schedule.charAt(0))
        || Character.isWhitespace(schedule.charAt(schedule.length() - 1))) {
      throw new Invalid(Wording.quote(schedule) + " has spaces at its start or end; write "
          + Wording.quote(schedule.strip()));
    }
    if (schedule.startsWith("TZ=") || schedule.startsWith("CRON_TZ=")) {
      throw new Invalid(zonePrefix(schedule));
    }
    if (schedule.startsWith("@")) {
      checkDescriptor(schedule);
      return;
    }
    String[] fields = SEPARATOR.split(schedule);
    if (fields.length != Field.values().length) {
      throw new Invalid(fieldCount(schedule, fields));
    }
    for (int i = 0; i < schedule.length(); i += Character.charCount(schedule.codePointAt(i))) {
      int cp = schedule.codePointAt(i);
      if (!isAllowed(cp) && SEPARATOR_CHARS.indexOf(cp) < 0) {
        throw new Invalid(badCharacter(schedule, cp));
      }
    }
    for (Field field : Field.values()) {
      checkField(field, fields[field.ordinal()]);
    }
  }

  private static boolean isAllowed(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
        || "*,/?-".indexOf(cp) >= 0;
  }

  private static String badCharacter(String schedule, int cp) {
    String unsupported = cp == '#' ? " ('#' for the nth weekday is not supported)" : "";
    return Wording.quote(schedule) + " contains " + Wording.character(cp) + unsupported
        + "; cron fields may use only digits, names such as MON or JAN, and * , - / ?";
  }

  private static String zonePrefix(String schedule) {
    int eq = schedule.indexOf('=');
    String[] parts = SEPARATOR.split(schedule.substring(eq + 1), 2);
    String write = parts.length > 1 ? "write " + Wording.quote(parts[1]) + " and " : "";
    return Wording.quote(schedule) + " sets its time zone with " + Wording.quote(schedule.substring(0, eq + 1))
        + ", which Argo does not accept; " + write + "put " + Wording.quote(parts[0]) + " in timezone instead";
  }

  private static String fieldCount(String schedule, String[] fields) {
    String count = Wording.quote(schedule) + " has " + fields.length
        + (fields.length == 1 ? " field" : " fields");
    if (fields.length == 6) {
      String rest = String.join(" ", Arrays.asList(fields).subList(1, 6));
      return count + ", but Argo takes five (" + FIELDS + ") and no seconds field; drop the first: "
          + Wording.quote(rest);
    }
    if (fields.length == 7) {
      return count + ", but Argo takes five (" + FIELDS + ") with no seconds or year fields";
    }
    String hint = count + ", but Argo takes five: " + FIELDS + ", e.g. \"0 2 * * *\"";
    if (fields.length == 1) {
      hint += DidYouMean.closest("@" + fields[0], DESCRIPTORS)
          .map(d -> " (did you mean " + Wording.quote(d) + "?)")
          .orElse("");
    }
    return hint;
  }

  private static void checkDescriptor(String schedule) throws Invalid {
    if (DESCRIPTORS.contains(schedule)) {
      return;
    }
    if (schedule.startsWith(EVERY)
        && (schedule.length() == EVERY.length() || Character.isWhitespace(schedule.charAt(EVERY.length())))) {
      checkEvery(schedule);
      return;
    }
    String guess = DidYouMean.closest(schedule, KEYWORDS)
        .map(d -> " (did you mean " + Wording.quote(d) + "?)")
        .orElse("");
    throw new Invalid("unknown descriptor " + Wording.quote(schedule)
        + "; use @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly or \"@every <duration>\""
        + guess);
  }

  private static void checkEvery(String schedule) throws Invalid {
    String rest = schedule.substring(EVERY.length());
    if (rest.isEmpty()) {
      throw new Invalid("\"@every\" needs a duration; write e.g. \"@every 1h30m\"");
    }
    // robfig looks for "@every " with one space; the CRD would allow more.
    if (rest.charAt(0) != ' ' || Character.isWhitespace(rest.charAt(1))) {
      throw new Invalid(Wording.quote(schedule) + " needs exactly one space after @every, e.g. \"@every 1h\"");
    }
    String duration = rest.substring(1);
    Optional<String> problem = GoDuration.problem(duration);
    if (problem.isPresent()) {
      throw new Invalid("in " + Wording.quote(schedule) + ", " + problem.get());
    }
    if (!CRD_EVERY.matcher(duration).matches()) {
      throw new Invalid(everyPattern(schedule, duration));
    }
    if (GoDuration.parse(duration).isZero()) {
      throw new Invalid(Wording.quote(schedule) + " is zero; write a duration above zero, e.g. \"@every 1h\"");
    }
  }

  private static String everyPattern(String schedule, String duration) {
    if (duration.startsWith("-") || duration.startsWith("+")) {
      return Wording.quote(schedule) + " has a sign; @every takes a plain duration such as \"@every 1h\"";
    }
    if (duration.indexOf('.') >= 0) {
      return Wording.quote(schedule) + " uses a fraction, which Argo's schedule pattern does not allow;"
          + " write whole numbers, e.g. \"@every 1h30m\"";
    }
    if (duration.indexOf('\u03bc') >= 0) {
      return Wording.quote(schedule) + " writes micro with the Greek letter \u03bc, which Argo's schedule"
          + " pattern does not allow; write \"us\"";
    }
    return Wording.quote(schedule) + " needs a unit; write e.g. \"@every 1h\"";
  }

  private static void checkField(Field field, String text) throws Invalid {
    for (String entry : text.split(",", -1)) {
      if (entry.isEmpty()) {
        throw new Invalid(field.label + " field " + Wording.quote(text)
            + " has an empty entry; remove the extra ','");
      }
      checkEntry(field, entry);
    }
  }

  /** One entry: {@code *}, {@code ?}, {@code N} or {@code N-M}, optionally with {@code /step}. */
  private static void checkEntry(Field field, String entry) throws Invalid {
    String[] rangeAndStep = entry.split("/", -1);
    if (rangeAndStep.length > 2) {
      throw new Invalid(field.label + " entry " + Wording.quote(entry) + " has more than one '/'");
    }
    String[] bounds = rangeAndStep[0].split("-", -1);
    if (bounds.length > 2) {
      throw new Invalid(field.label + " entry " + Wording.quote(entry) + " has more than one '-'");
    }
    boolean star = bounds[0].equals("*") || bounds[0].equals("?");
    if (star && bounds.length == 2) {
      throw new Invalid(field.label + " entry " + Wording.quote(entry) + " puts '" + bounds[0]
          + "' in a range; write \"" + bounds[0] + "\" or a range of numbers such as \"" + field.min + "-"
          + bounds[1] + "\"");
    }
    boolean range = bounds.length == 2;
    String startRole = range ? "the start of its range" : "a number";
    int start = star ? field.min : value(field, bounds[0], entry, startRole);
    int end = star ? field.max : range ? value(field, bounds[1], entry, "the end of its range") : start;
    if (rangeAndStep.length == 2) {
      step(field, rangeAndStep[1], entry);
      // robfig reads "N/step" as "N-max/step".
      if (!range) {
        end = field.max;
      }
    }
    if (start < field.min || start > field.max) {
      throw new Invalid(outOfRange(field, bounds[0], start));
    }
    if (range && end > field.max) {
      throw new Invalid(outOfRange(field, bounds[1], end));
    }
    if (start > end) {
      throw new Invalid(backwards(field, bounds, rangeAndStep.length == 2));
    }
  }

  /** One number or name; {@code role} says what an empty token was meant to be. */
  private static int value(Field field, String token, String entry, String role) throws Invalid {
    if (token.isEmpty()) {
      String fix = entry.startsWith("/") ? "; write " + Wording.quote("*" + entry) : "";
      throw new Invalid(field.label + " entry " + Wording.quote(entry) + " is missing " + role + fix);
    }
    int named = field.names.indexOf(token.toUpperCase(Locale.ROOT));
    if (named >= 0) {
      return field.min + named;
    }
    if (!token.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new Invalid(notANumber(field, token));
    }
    // Longer numbers cannot be in any field's range; keep them from overflowing an int.
    return token.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(token);
  }

  private static void step(Field field, String token, String entry) throws Invalid {
    if (token.isEmpty()) {
      throw new Invalid(field.label + " entry " + Wording.quote(entry) + " is missing a step after '/'");
    }
    if (!token.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new Invalid(field.label + " step " + Wording.quote(token) + " in " + Wording.quote(entry)
          + " is not a number");
    }
    if (token.chars().allMatch(c -> c == '0')) {
      throw new Invalid(field.label + " step in " + Wording.quote(entry) + " must be at least 1");
    }
  }

  private static String notANumber(Field field, String token) {
    String message = field.label + " value " + Wording.quote(token) + " is not a number";
    if (!field.names.isEmpty()) {
      message += " or a name " + field.names.get(0) + "-" + field.names.get(field.names.size() - 1);
      String head = token.length() > 3 ? token.substring(0, 3).toUpperCase(Locale.ROOT) : "";
      if (field.names.contains(head)) {
        message += "; write " + Wording.quote(head);
      }
      return message;
    }
    String upper = token.toUpperCase(Locale.ROOT);
    if (Field.MONTH.names.contains(upper) || Field.DAY_OF_WEEK.names.contains(upper)) {
      message += "; names only work in the month and day-of-week fields (the order is " + FIELDS + ")";
    }
    return message;
  }

  private static String outOfRange(Field field, String token, int value) {
    String message = field.label + " value " + token + " is out of range " + field.range();
    if (field == Field.DAY_OF_WEEK && value == 7) {
      message += "; write 0 or SUN for Sunday";
    }
    return message;
  }

  private static String backwards(Field field, String[] bounds, boolean stepped) {
    String range = bounds[0] + "-" + bounds[1];
    String message = field.label + " range " + range + " starts after it ends; ranges do not wrap around";
    if (stepped) {
      return message;
    }
    boolean named = !Character.isDigit(bounds[0].charAt(0));
    String max = named ? field.names.get(field.names.size() - 1) : String.valueOf(field.max);
    String min = named ? field.names.get(0) : String.valueOf(field.min);
    return message + ", so write " + Wording.quote(bounds[0] + "-" + max + "," + min + "-" + bounds[1]);
  }

  /** The five fields of a standard spec, with robfig's bounds. */
  private enum Field {
    MINUTE("minute", 0, 59, List.of()),
    HOUR("hour", 0, 23, List.of()),
    DAY_OF_MONTH("day-of-month", 1, 31, List.of()),
    MONTH("month", 1, 12,
        List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")),
    DAY_OF_WEEK("day-of-week", 0, 6, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"));

    final String label;
    final int min;
    final int max;
    final List<String> names;

    Field(String label, int min, int max, List<String> names) {
      this.label = label;
      this.min = min;
      this.max = max;
      this.names = names;
    }

    String range() {
      String numbers = min + "-" + max;
      return names.isEmpty()
          ? numbers
          : numbers + " (" + names.get(0) + "-" + names.get(names.size() - 1) + ")";
    }
  }

  /** Carries a finished message out of the nested parsing steps; never escapes this class. */
  private static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message, null, false, false);
    }
  }
}
