package dev.jera.argo;

import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a CronWorkflow {@code timezone}, which Argo loads with Go's {@code time.LoadLocation}.
 *
 * <p>Accepted are the IANA names java.time knows, such as {@code Europe/London}, {@code Asia/Bangkok}
 * or {@code UTC}. Rejected, each with a hint: the empty string and {@code Local} (both load in Go but
 * mean the controller's own zone, which differs between clusters), UTC offsets such as
 * {@code +07:00}, abbreviations such as {@code PST} (including {@code EST}, {@code MST} and
 * {@code HST}, which Go would load as fixed offsets), java.time's {@code SystemV/*} names, which Go's
 * zone database lacks, and misspellings, with the likely intended name.
 */
public final class TimeZones {
  /** Sorted, so the first of equally close suggestions is the same on every run. */
  private static final Set<String> ZONES = zones();

  /** Common abbreviations and a region that uses them; the abbreviations themselves are ambiguous. */
  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("PST", "America/Los_Angeles"), Map.entry("PDT", "America/Los_Angeles"),
      Map.entry("MST", "America/Denver"), Map.entry("MDT", "America/Denver"),
      Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"),
      Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"),
      Map.entry("HST", "Pacific/Honolulu"), Map.entry("AKST", "America/Anchorage"),
      Map.entry("BST", "Europe/London"), Map.entry("IST", "Asia/Kolkata"),
      Map.entry("CEST", "Europe/Paris"), Map.entry("EEST", "Europe/Athens"),
      Map.entry("MSK", "Europe/Moscow"), Map.entry("ICT", "Asia/Bangkok"), Map.entry("WIB", "Asia/Jakarta"),
      Map.entry("SGT", "Asia/Singapore"), Map.entry("HKT", "Asia/Hong_Kong"),
      Map.entry("JST", "Asia/Tokyo"), Map.entry("KST", "Asia/Seoul"),
      Map.entry("AEST", "Australia/Sydney"), Map.entry("AEDT", "Australia/Sydney"),
      Map.entry("NZST", "Pacific/Auckland"), Map.entry("NZDT", "Pacific/Auckland"));

  private static final Pattern OFFSET =
      Pattern.compile("(?:UTC|GMT|UT)?([+-])([0-9]{1,2})(?::?([0-9]{2}))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern ABBREVIATION = Pattern.compile("[A-Z]{2,5}");
  private static final String EXAMPLES = "\"Europe/London\", \"Asia/Bangkok\" or \"UTC\"";

  private TimeZones() {}

  /** Returns why {@code zone} should not be a CronWorkflow's time zone, or empty when it is fine. */
  public static Optional<String> problem(String zone) {
    Objects.requireNonNull(zone, "zone");
    if (zone.isEmpty()) {
      return Optional.of("the time zone is empty; name an IANA zone such as " + EXAMPLES);
    }
    if (ZONES.contains(zone)) {
      return Optional.empty();
    }
    if (zone.equals("Local")) {
      return Optional.of("\"Local\" means the controller's own zone, which differs between clusters;"
          + " name an IANA zone such as " + EXAMPLES);
    }
    if (ZONES.contains(zone.strip())) {
      return Optional.of(Wording.quote(zone) + " has spaces around it; write " + Wording.quote(zone.strip()));
    }
    Matcher offset = OFFSET.matcher(zone);
    if (offset.matches() || zone.equals("Z")) {
      return Optional.of(offsetProblem(zone, offset));
    }
    Optional<String> caseOnly = ZONES.stream().filter(z -> z.equalsIgnoreCase(zone)).findFirst();
    if (caseOnly.isPresent()) {
      return Optional.of(Wording.quote(zone) + " is not a time zone; zone names are case-sensitive:"
          + " did you mean " + Wording.quote(caseOnly.get()) + "?");
    }
    String region = ABBREVIATIONS.get(zone);
    if (region != null) {
      return Optional.of(Wording.quote(zone) + " is an abbreviation, not a zone name; name a region such as "
          + Wording.quote(region) + " so daylight saving is followed");
    }
    Optional<String> guess = suggest(zone);
    if (guess.isPresent()) {
      return Optional.of(Wording.quote(zone) + " is not a known IANA time zone; did you mean "
          + Wording.quote(guess.get()) + "?");
    }
    if (ABBREVIATION.matcher(zone).matches()) {
      return Optional.of(Wording.quote(zone) + " looks like an abbreviation, not a zone name; name a region"
          + " such as " + EXAMPLES);
    }
    return Optional.of(Wording.quote(zone) + " is not a known IANA time zone; name one such as " + EXAMPLES);
  }

  /** A zone whose city part matches (so "Bangkok" finds "Asia/Bangkok"), else the closest spelling. */
  private static Optional<String> suggest(String zone) {
    if (zone.indexOf('/') < 0) {
      String city = DidYouMean.normalise(zone);
      Optional<String> byCity = ZONES.stream()
          .filter(z -> DidYouMean.normalise(z.substring(z.lastIndexOf('/') + 1)).equals(city))
          .findFirst();
      if (byCity.isPresent()) {
        return byCity;
      }
    }
    return DidYouMean.closest(zone, ZONES);
  }

  private static String offsetProblem(String zone, Matcher offset) {
    String message = Wording.quote(zone) + " is a UTC offset, not a zone name; name a region such as "
        + EXAMPLES + " so daylight saving is followed";
    if (zone.equals("Z")) {
      return Wording.quote(zone) + " is a UTC offset, not a zone name; write \"UTC\"";
    }
    int hours = Integer.parseInt(offset.group(2));
    boolean wholeHours = offset.group(3) == null || offset.group(3).equals("00");
    if (hours == 0 && wholeHours) {
      return Wording.quote(zone) + " is a UTC offset, not a zone name; write \"UTC\"";
    }
    boolean east = offset.group(1).equals("+");
    // Etc/GMT names have the sign reversed: Etc/GMT-7 is seven hours ahead of UTC.
    String fixed = "Etc/GMT" + (east ? "-" : "+") + hours;
    if (wholeHours && ZONES.contains(fixed)) {
      message += ", or " + Wording.quote(fixed) + " for a fixed offset (its sign is reversed)";
    }
    return message;
  }

  private static Set<String> zones() {
    Set<String> zones = new TreeSet<>();
    for (String id : ZoneId.getAvailableZoneIds()) {
      // Go's zone database dropped the SystemV names; LoadLocation would fail on them.
      if (!id.startsWith("SystemV/")) {
        zones.add(id);
      }
    }
    zones.add("UTC");
    return Collections.unmodifiableSet(zones);
  }
}
