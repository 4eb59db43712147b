package dev.jera.argo;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoDurationTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "+0", "-0", "1ns", "1us", "1\u00b5s", "1\u03bcs", "300ms", "30s", "10m", "1h30m",
      "2h45m30.5s", "1.5h", ".5s", "5.s", "-1h", "+1h", "1h1h", "0s", "00s", "1h0m0s", "2562047h"})
  void acceptsWhatGoAccepts(String text) {
    assertThat(GoDuration.problem(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "30", "00", "0.0", "1h30", "abc", ".s", "-", "+", "-.s", "1hour", "5min", "1d",
      "1h 30m", " 1h", "1h ", "1h-30m", "--1s", "1e3s", "s", "1H", "2562048h", "9223372036854775808ns"})
  void rejectsWhatGoRejects(String text) {
    assertThat(GoDuration.problem(text)).isPresent();
  }

  @Test
  void parsesHoursAndMinutes() {
    assertThat(GoDuration.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void parsesFractions() {
    assertThat(GoDuration.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
    assertThat(GoDuration.parse(".5s")).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void parsesEveryUnit() {
    assertThat(GoDuration.parse("1ns")).isEqualTo(Duration.ofNanos(1));
    assertThat(GoDuration.parse("1us")).isEqualTo(Duration.ofNanos(1_000));
    assertThat(GoDuration.parse("1\u00b5s")).isEqualTo(Duration.ofNanos(1_000));
    assertThat(GoDuration.parse("1\u03bcs")).isEqualTo(Duration.ofNanos(1_000));
    assertThat(GoDuration.parse("1ms")).isEqualTo(Duration.ofMillis(1));
    assertThat(GoDuration.parse("1s")).isEqualTo(Duration.ofSeconds(1));
    assertThat(GoDuration.parse("1m")).isEqualTo(Duration.ofMinutes(1));
    assertThat(GoDuration.parse("1h")).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void parsesSigns() {
    assertThat(GoDuration.parse("-1h30m")).isEqualTo(Duration.ofMinutes(-90));
    assertThat(GoDuration.parse("+5s")).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void parsesZeroWithoutUnit() {
    assertThat(GoDuration.parse("0")).isEqualTo(Duration.ZERO);
    assertThat(GoDuration.parse("-0")).isEqualTo(Duration.ZERO);
  }

  @Test
  void sumsRepeatedUnits() {
    assertThat(GoDuration.parse("1h1h")).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void truncatesFractionsBelowANanosecond() {
    assertThat(GoDuration.parse("1.9ns")).isEqualTo(Duration.ofNanos(1));
    assertThat(GoDuration.parse("0.0000000001s")).isEqualTo(Duration.ZERO);
  }

  @Test
  void ignoresFractionDigitsBeyondWhatFits() {
    assertThat(GoDuration.parse("1.00000000000000000000000001h")).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void reachesGoMaximum() {
    assertThat(GoDuration.parse("9223372036854775807ns")).isEqualTo(Duration.ofNanos(Long.MAX_VALUE));
  }

  @Test
  void reachesGoMinimum() {
    assertThat(GoDuration.parse("-9223372036854775808ns")).isEqualTo(Duration.ofNanos(Long.MIN_VALUE));
  }

  @Test
  void rejectsOnePastGoMaximum() {
    assertThat(GoDuration.problem("9223372036854775808ns").orElseThrow()).contains("is too long");
  }

  @Test
  void rejectsOverflowInUnitMultiplication() {
    assertThat(GoDuration.problem("2562048h").orElseThrow()).contains("292 years");
  }

  @Test
  void bareIntegerMessageMatchesTheHint() {
    assertThat(GoDuration.problem("30")).hasValue("\"30\" has no unit: write \"30s\", \"10m\" or \"1h30m\"");
  }

  @Test
  void bareDecimalMessageSuggestsSeconds() {
    assertThat(GoDuration.problem("1.5").orElseThrow()).contains("write \"1.5s\"");
  }

  @Test
  void trailingNumberWithoutUnitIsNamed() {
    assertThat(GoDuration.problem("1h30").orElseThrow()).startsWith("\"1h30\" has no unit after 30;");
  }

  @Test
  void emptyIsExplained() {
    assertThat(GoDuration.problem("").orElseThrow()).startsWith("the duration is empty;");
  }

  @Test
  void spacesAreRemovedInTheHint() {
    assertThat(GoDuration.problem("1h 30m")).hasValue("\"1h 30m\" contains spaces; write \"1h30m\"");
  }

  @Test
  void wordUnitsAreTranslated() {
    assertThat(GoDuration.problem("5min")).hasValue("unknown unit \"min\" in \"5min\"; write \"5m\"");
  }

  @Test
  void severalWordUnitsAreTranslatedTogether() {
    assertThat(GoDuration.problem("1hour30mins").orElseThrow()).endsWith("write \"1h30m\"");
  }

  @Test
  void uppercaseUnitsAreLowered() {
    assertThat(GoDuration.problem("10S").orElseThrow()).endsWith("write \"10s\"");
  }

  @Test
  void capitalMIsNotGuessed() {
    assertThat(GoDuration.problem("5M").orElseThrow()).contains("use ns, us, ms, s, m or h");
  }

  @Test
  void daysBecomeHours() {
    assertThat(GoDuration.problem("2d").orElseThrow()).endsWith("write \"48h\"");
  }

  @Test
  void weeksBecomeHours() {
    assertThat(GoDuration.problem("1w").orElseThrow()).endsWith("write \"168h\"");
  }

  @Test
  void daysMixedWithHoursGetAGeneralHint() {
    assertThat(GoDuration.problem("1d12h").orElseThrow()).endsWith("write hours instead (1d = 24h, 1w = 168h)");
  }

  @Test
  void innerSignIsExplained() {
    assertThat(GoDuration.problem("1h-30m").orElseThrow()).contains("has a sign in the middle");
  }

  @Test
  void unknownUnitListsTheUnits() {
    assertThat(GoDuration.problem("5x").orElseThrow())
        .isEqualTo("unknown unit \"x\" in \"5x\"; use ns, us, ms, s, m or h, e.g. \"1h30m\"");
  }

  @Test
  void garbageIsNotADuration() {
    assertThat(GoDuration.problem("abc").orElseThrow()).startsWith("\"abc\" is not a duration;");
  }

  @Test
  void parseThrowsWithTheSameMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("30"));
    assertThat(e).hasMessageThat().isEqualTo(GoDuration.problem("30").orElseThrow());
  }

  @Test
  void messagesStayOnOneLine() {
    assertThat(GoDuration.problem("1h\n30m").orElseThrow()).doesNotContain("\n");
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> GoDuration.problem(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "30", "-5", "+7", "007"})
  void bareIntegers(String text) {
    assertThat(GoDuration.isBareInteger(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "30s", "1.5", "-", "1h", " 30", "3 0"})
  void notBareIntegers(String text) {
    assertThat(GoDuration.isBareInteger(text)).isFalse();
  }
}
