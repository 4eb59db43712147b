package dev.jera.argo;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZonesTest {

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Asia/Bangkok", "Europe/London", "America/New_York", "Asia/Tokyo",
      "America/Argentina/Buenos_Aires", "Etc/GMT-7", "Etc/UTC", "GMT", "CET", "US/Pacific", "Asia/Kolkata"})
  void acceptsIanaNames(String zone) {
    assertThat(TimeZones.problem(zone)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Local", "asia/bangkok", "Asia/Bankok", "Bangkok", "+07:00", "UTC+7", "GMT-3",
      "+0530", "Z", "ICT", "PST", "EST", "utc", " UTC", "Mars/Olympus", "SystemV/AST4", "America/New York"})
  void rejectsWhatACronWorkflowShouldNotUse(String zone) {
    assertThat(TimeZones.problem(zone)).isPresent();
  }

  @Test
  void emptyAsksForAZone() {
    assertThat(TimeZones.problem("").orElseThrow()).startsWith("the time zone is empty;");
  }

  @Test
  void localIsExplained() {
    assertThat(TimeZones.problem("Local").orElseThrow()).contains("the controller's own zone");
  }

  @Test
  void wrongCaseSuggestsTheRealName() {
    assertThat(TimeZones.problem("asia/bangkok")).hasValue("\"asia/bangkok\" is not a time zone; zone names"
        + " are case-sensitive: did you mean \"Asia/Bangkok\"?");
  }

  @Test
  void lowercaseUtcSuggestsUtc() {
    assertThat(TimeZones.problem("utc").orElseThrow()).endsWith("did you mean \"UTC\"?");
  }

  @Test
  void typoSuggestsTheClosestName() {
    assertThat(TimeZones.problem("Asia/Bankok")).hasValue(
        "\"Asia/Bankok\" is not a known IANA time zone; did you mean \"Asia/Bangkok\"?");
  }

  @Test
  void cityAloneSuggestsItsZone() {
    assertThat(TimeZones.problem("Bangkok").orElseThrow()).endsWith("did you mean \"Asia/Bangkok\"?");
  }

  @Test
  void spaceForUnderscoreSuggestsTheName() {
    assertThat(TimeZones.problem("America/New York").orElseThrow()).endsWith("did you mean \"America/New_York\"?");
  }

  @Test
  void surroundingSpacesAreRemovedInTheHint() {
    assertThat(TimeZones.problem(" Asia/Bangkok")).hasValue("\" Asia/Bangkok\" has spaces around it; write"
        + " \"Asia/Bangkok\"");
  }

  @Test
  void offsetSuggestsARegionAndTheEtcName() {
    assertThat(TimeZones.problem("+07:00").orElseThrow())
        .endsWith("or \"Etc/GMT-7\" for a fixed offset (its sign is reversed)");
  }

  @Test
  void westernOffsetReversesTheOtherWay() {
    assertThat(TimeZones.problem("GMT-3").orElseThrow()).contains("\"Etc/GMT+3\"");
  }

  @Test
  void halfHourOffsetHasNoEtcName() {
    assertThat(TimeZones.problem("+05:30").orElseThrow()).doesNotContain("Etc/GMT");
  }

  @Test
  void zeroOffsetSuggestsUtc() {
    assertThat(TimeZones.problem("+00:00").orElseThrow()).endsWith("write \"UTC\"");
    assertThat(TimeZones.problem("Z").orElseThrow()).endsWith("write \"UTC\"");
  }

  @Test
  void knownAbbreviationSuggestsARegion() {
    assertThat(TimeZones.problem("ICT")).hasValue("\"ICT\" is an abbreviation, not a zone name; name a region"
        + " such as \"Asia/Bangkok\" so daylight saving is followed");
  }

  @Test
  void pacificTimeSuggestsLosAngeles() {
    assertThat(TimeZones.problem("PST").orElseThrow()).contains("\"America/Los_Angeles\"");
  }

  @Test
  void fixedOffsetAbbreviationsGoLoadsAreStillRejected() {
    assertThat(TimeZones.problem("EST").orElseThrow()).contains("\"America/New_York\"");
  }

  @Test
  void unknownAbbreviationIsCalledOne() {
    assertThat(TimeZones.problem("XYZ").orElseThrow()).startsWith("\"XYZ\" looks like an abbreviation");
  }

  @Test
  void systemVNamesAreUnknownToGo() {
    assertThat(TimeZones.problem("SystemV/AST4").orElseThrow()).startsWith("\"SystemV/AST4\" is not a known");
  }

  @Test
  void nonsenseGetsExamples() {
    assertThat(TimeZones.problem("Mars/Olympus")).hasValue("\"Mars/Olympus\" is not a known IANA time zone;"
        + " name one such as \"Europe/London\", \"Asia/Bangkok\" or \"UTC\"");
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> TimeZones.problem(null));
  }
}
