package dev.jera.argo;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CronScheduleTest {

  @ParameterizedTest
  @ValueSource(strings = {"* * * * *", "*/5 * * * *", "0 0 * * *", "0 2 * * *", "59 23 31 12 6",
      "0 0 * * MON-FRI", "0 0 * * mon-fri", "0 0 * * Sun", "0 0 1 JAN *", "0 0 1 jan-mar *", "0 0 * * 0",
      "0 9-17 * * 1-5", "0,15,30,45 * * * *", "5/15 * * * *", "0-30/10 * * * *", "0 0 ? * *", "? ? ? ? ?",
      "?/5 * * * *", "0 0 1 */3 *", "0 0 * * MON/2", "00 01 * * *", "0\t0  * * *", "0 0 31 2 *",
      "0 0 1,15 * MON,WED", "0 12 * * SUN-SAT", "0 0 1 JAN-DEC *", "30 6 * * 1-1"})
  void acceptsStandardSpecs(String schedule) {
    assertThat(CronSchedule.problem(schedule)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly",
      "@every 1h30m", "@every 1h", "@every 90s", "@every 500ms", "@every 1\u00b5s", "@every 1ns"})
  void acceptsDescriptors(String schedule) {
    assertThat(CronSchedule.problem(schedule)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "0 0 * * 7", "60 * * * *", "0 24 * * *", "0 0 0 * *", "0 0 32 * *",
      "0 0 1 0 *", "0 0 1 13 *", "0 0 * *", "0 0 0 * * *", "0 0 0 * * * 2024", "@every 90", "@every",
      "@every 0s", "@every -1h", "@every 1.5h", "@every 1\u03bcs", "@every  1h", "@every\t1h", "@reboot",
      "@daly", "@Daily", "CRON_TZ=UTC 0 0 * * *", "TZ=UTC 0 0 * * *", " 0 0 * * *", "0 0 * * * ",
      "0 0 * * FRI-MON", "5-1 * * * *", "*/0 * * * *", "0 0 L * *", "0 0 * * 1#2", "0 0 1W * *",
      "0 0 * * MONDAY", "0 MON * * *", "1,,2 * * * *", ",1 * * * *", "*-5 * * * *", "1-2-3 * * * *",
      "1/2/3 * * * *", "/5 * * * *", "5- * * * *", "-5 * * * *", "5/ * * * *", "5/x * * * *",
      "+5 * * * *", "0 0 * * 0-7", "99999999999 * * * *", "0 0 \u00a0* * *", "daily"})
  void rejectsWhatArgoRejects(String schedule) {
    assertThat(CronSchedule.problem(schedule)).isPresent();
  }

  @Test
  void sundayAsSevenNamesTheField() {
    assertThat(CronSchedule.problem("0 0 * * 7").orElseThrow())
        .isEqualTo("day-of-week value 7 is out of range 0-6 (SUN-SAT); write 0 or SUN for Sunday");
  }

  @Test
  void minuteOutOfRange() {
    assertThat(CronSchedule.problem("60 * * * *")).hasValue("minute value 60 is out of range 0-59");
  }

  @Test
  void hourOutOfRange() {
    assertThat(CronSchedule.problem("0 24 * * *")).hasValue("hour value 24 is out of range 0-23");
  }

  @Test
  void dayOfMonthBelowRange() {
    assertThat(CronSchedule.problem("0 0 0 * *")).hasValue("day-of-month value 0 is out of range 1-31");
  }

  @Test
  void monthOutOfRangeShowsNames() {
    assertThat(CronSchedule.problem("0 0 1 13 *")).hasValue("month value 13 is out of range 1-12 (JAN-DEC)");
  }

  @Test
  void rangeEndOutOfRange() {
    assertThat(CronSchedule.problem("0 0 * * 1-7").orElseThrow()).startsWith("day-of-week value 7 ");
  }

  @Test
  void stepStartOutOfRange() {
    assertThat(CronSchedule.problem("60/5 * * * *")).hasValue("minute value 60 is out of range 0-59");
  }

  @Test
  void hugeNumbersAreOutOfRange() {
    assertThat(CronSchedule.problem("0 99999999999 * * *"))
        .hasValue("hour value 99999999999 is out of range 0-23");
  }

  @Test
  void fourFieldsAreCounted() {
    assertThat(CronSchedule.problem("0 0 * *").orElseThrow())
        .startsWith("\"0 0 * *\" has 4 fields, but Argo takes five: minute hour day-of-month month day-of-week");
  }

  @Test
  void sixFieldsSuggestDroppingSeconds() {
    assertThat(CronSchedule.problem("0 0 0 * * *").orElseThrow())
        .endsWith("no seconds field; drop the first: \"0 0 * * *\"");
  }

  @Test
  void sevenFieldsMentionTheYear() {
    assertThat(CronSchedule.problem("0 0 0 * * ? 2024").orElseThrow()).contains("no seconds or year fields");
  }

  @Test
  void oneWordSuggestsADescriptor() {
    assertThat(CronSchedule.problem("daily").orElseThrow()).endsWith("(did you mean \"@daily\"?)");
  }

  @Test
  void cronTzPrefixPointsToTimezone() {
    assertThat(CronSchedule.problem("CRON_TZ=Asia/Bangkok 0 2 * * *")).hasValue(
        "\"CRON_TZ=Asia/Bangkok 0 2 * * *\" sets its time zone with \"CRON_TZ=\", which Argo does not accept;"
            + " write \"0 2 * * *\" and put \"Asia/Bangkok\" in timezone instead");
  }

  @Test
  void tzPrefixPointsToTimezone() {
    assertThat(CronSchedule.problem("TZ=UTC @daily").orElseThrow()).contains("put \"UTC\" in timezone");
  }

  @Test
  void emptyScheduleIsExplained() {
    assertThat(CronSchedule.problem("").orElseThrow()).startsWith("the schedule is empty;");
  }

  @Test
  void surroundingSpacesAreRejected() {
    assertThat(CronSchedule.problem(" 0 0 * * *").orElseThrow()).endsWith("write \"0 0 * * *\"");
  }

  @Test
  void wrappingRangeSuggestsASplitWithNames() {
    assertThat(CronSchedule.problem("0 0 * * FRI-MON")).hasValue("day-of-week range FRI-MON starts after it"
        + " ends; ranges do not wrap around, so write \"FRI-SAT,SUN-MON\"");
  }

  @Test
  void wrappingRangeSuggestsASplitWithNumbers() {
    assertThat(CronSchedule.problem("0 22-2 * * *").orElseThrow()).endsWith("so write \"22-23,0-2\"");
  }

  @Test
  void wrappingRangeWithStepHasNoSplit() {
    assertThat(CronSchedule.problem("0 22-2/2 * * *").orElseThrow()).endsWith("ranges do not wrap around");
  }

  @Test
  void zeroStepIsRejected() {
    assertThat(CronSchedule.problem("*/0 * * * *")).hasValue("minute step in \"*/0\" must be at least 1");
  }

  @Test
  void nonNumericStepIsRejected() {
    assertThat(CronSchedule.problem("*/x * * * *").orElseThrow()).contains("step \"x\" in \"*/x\" is not a number");
  }

  @Test
  void quartzLastDayIsNotANumber() {
    assertThat(CronSchedule.problem("0 0 L * *")).hasValue("day-of-month value \"L\" is not a number");
  }

  @Test
  void hashIsAnUnsupportedCharacter() {
    assertThat(CronSchedule.problem("0 0 * * 1#2").orElseThrow()).contains("contains '#'");
  }

  @Test
  void fullDayNameSuggestsShortName() {
    assertThat(CronSchedule.problem("0 0 * * Monday").orElseThrow()).endsWith("write \"MON\"");
  }

  @Test
  void fullMonthNameSuggestsShortName() {
    assertThat(CronSchedule.problem("0 0 1 January *").orElseThrow()).endsWith("write \"JAN\"");
  }

  @Test
  void namesInTheWrongFieldAreExplained() {
    assertThat(CronSchedule.problem("0 MON * * *").orElseThrow())
        .contains("names only work in the month and day-of-week fields");
  }

  @Test
  void monthNamesDoNotWorkForDays() {
    assertThat(CronSchedule.problem("0 0 * * JAN").orElseThrow()).startsWith("day-of-week value \"JAN\"");
  }

  @Test
  void emptyListEntryIsRejected() {
    assertThat(CronSchedule.problem("1,,2 * * * *"))
        .hasValue("minute field \"1,,2\" has an empty entry; remove the extra ','");
  }

  @Test
  void starRangeIsRejected() {
    assertThat(CronSchedule.problem("*-5 * * * *").orElseThrow()).contains("puts '*' in a range");
  }

  @Test
  void missingRangeStart() {
    assertThat(CronSchedule.problem("-5 * * * *")).hasValue("minute entry \"-5\" is missing the start of its range");
  }

  @Test
  void missingRangeEnd() {
    assertThat(CronSchedule.problem("5- * * * *")).hasValue("minute entry \"5-\" is missing the end of its range");
  }

  @Test
  void missingStepStartSuggestsStar() {
    assertThat(CronSchedule.problem("/5 * * * *")).hasValue("minute entry \"/5\" is missing a number; write \"*/5\"");
  }

  @Test
  void missingStep() {
    assertThat(CronSchedule.problem("5/ * * * *")).hasValue("minute entry \"5/\" is missing a step after '/'");
  }

  @Test
  void everyWithoutUnitExplainsTheDuration() {
    assertThat(CronSchedule.problem("@every 90"))
        .hasValue("in \"@every 90\", \"90\" has no unit: write \"90s\", \"10m\" or \"1h30m\"");
  }

  @Test
  void everyWithoutDuration() {
    assertThat(CronSchedule.problem("@every").orElseThrow()).startsWith("\"@every\" needs a duration;");
  }

  @Test
  void everyWithFractionBreaksTheCrdPattern() {
    assertThat(CronSchedule.problem("@every 1.5h").orElseThrow()).contains("uses a fraction");
  }

  @Test
  void everyWithGreekMuBreaksTheCrdPattern() {
    assertThat(CronSchedule.problem("@every 5\u03bcs").orElseThrow()).endsWith("write \"us\"");
  }

  @Test
  void everyWithSignIsRejected() {
    assertThat(CronSchedule.problem("@every -1h").orElseThrow()).contains("has a sign");
  }

  @Test
  void everyWithZeroIsRejected() {
    assertThat(CronSchedule.problem("@every 0s").orElseThrow()).contains("is zero");
  }

  @Test
  void everyWithBareZeroNeedsAUnit() {
    assertThat(CronSchedule.problem("@every 0").orElseThrow()).contains("needs a unit");
  }

  @Test
  void everyNeedsExactlyOneSpace() {
    assertThat(CronSchedule.problem("@every  1h").orElseThrow()).contains("exactly one space");
  }

  @Test
  void misspelledDescriptorGetsASuggestion() {
    assertThat(CronSchedule.problem("@daly").orElseThrow()).endsWith("(did you mean \"@daily\"?)");
  }

  @Test
  void descriptorsAreCaseSensitive() {
    assertThat(CronSchedule.problem("@Hourly").orElseThrow()).endsWith("(did you mean \"@hourly\"?)");
  }

  @Test
  void unknownDescriptorListsTheKnownOnes() {
    assertThat(CronSchedule.problem("@reboot").orElseThrow())
        .isEqualTo("unknown descriptor \"@reboot\"; use @yearly, @annually, @monthly, @weekly, @daily,"
            + " @midnight, @hourly or \"@every <duration>\"");
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> CronSchedule.problem(null));
  }
}
