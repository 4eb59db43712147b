package dev.jera.argo.go;

import static com.google.common.truth.Truth.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's {@code %v}, equality and conversions, as govaluate relies on them. */
class GoValuesTest {

  @Test
  void wholeNumbersPrintWithoutAPoint() {
    assertThat(GoValues.formatFloat(8)).isEqualTo("8");
    assertThat(GoValues.formatFloat(-3)).isEqualTo("-3");
    assertThat(GoValues.formatFloat(123456)).isEqualTo("123456");
  }

  @Test
  void fractionsPrintShortest() {
    assertThat(GoValues.formatFloat(0.25)).isEqualTo("0.25");
    assertThat(GoValues.formatFloat(0.1)).isEqualTo("0.1");
    assertThat(GoValues.formatFloat(3.5)).isEqualTo("3.5");
    assertThat(GoValues.formatFloat(0.0001)).isEqualTo("0.0001");
    assertThat(GoValues.formatFloat(123456.5)).isEqualTo("123456.5");
  }

  @Test
  void largeAndTinyNumbersUseAnExponentFromSixAndBelowMinusFour() {
    assertThat(GoValues.formatFloat(1_000_000)).isEqualTo("1e+06");
    assertThat(GoValues.formatFloat(1_234_567)).isEqualTo("1.234567e+06");
    assertThat(GoValues.formatFloat(1704412800)).isEqualTo("1.7044128e+09");
    assertThat(GoValues.formatFloat(0.00001)).isEqualTo("1e-05");
    assertThat(GoValues.formatFloat(1e21)).isEqualTo("1e+21");
    assertThat(GoValues.formatFloat(-2.5e-300)).isEqualTo("-2.5e-300");
  }

  @Test
  void specialValues() {
    assertThat(GoValues.formatFloat(0)).isEqualTo("0");
    assertThat(GoValues.formatFloat(-0.0)).isEqualTo("-0");
    assertThat(GoValues.formatFloat(Double.NaN)).isEqualTo("NaN");
    assertThat(GoValues.formatFloat(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
    assertThat(GoValues.formatFloat(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
  }

  @Test
  void otherValues() {
    assertThat(GoValues.format(true)).isEqualTo("true");
    assertThat(GoValues.format("text")).isEqualTo("text");
    assertThat(GoValues.format(null)).isEqualTo("<nil>");
    assertThat(GoValues.format(List.of("a", 1.0, List.of(true)))).isEqualTo("[a 1 [true]]");
    assertThat(GoValues.format(GoRegex.compile("^a+$"))).isEqualTo("^a+$");
  }

  @Test
  void deepEqualNeedsTheSameType() {
    assertThat(GoValues.deepEqual("5", 5.0)).isFalse();
    assertThat(GoValues.deepEqual(5.0, 5.0)).isTrue();
    assertThat(GoValues.deepEqual(0.0, -0.0)).isTrue();
    assertThat(GoValues.deepEqual(Double.NaN, Double.NaN)).isFalse();
    assertThat(GoValues.deepEqual(true, "true")).isFalse();
    assertThat(GoValues.deepEqual(null, null)).isTrue();
    assertThat(GoValues.deepEqual(null, "")).isFalse();
  }

  @Test
  void deepEqualComparesListsElementByElement() {
    assertThat(GoValues.deepEqual(List.of("a", 1.0), List.of("a", 1.0))).isTrue();
    assertThat(GoValues.deepEqual(List.of("a", 1.0), List.of("a", "1"))).isFalse();
    assertThat(GoValues.deepEqual(List.of("a"), List.of("a", "b"))).isFalse();
    assertThat(GoValues.deepEqual(Arrays.asList("a", null), Arrays.asList("a", null))).isTrue();
  }

  @Test
  void stringsCompareByCodePoint() {
    assertThat(GoValues.compareStrings("abc", "abd")).isLessThan(0);
    assertThat(GoValues.compareStrings("ab", "abc")).isLessThan(0);
    assertThat(GoValues.compareStrings("abc", "abc")).isEqualTo(0);
    assertThat(GoValues.compareStrings("\uD83D\uDE00", "\uFF5E")).isGreaterThan(0);
    assertThat("\uD83D\uDE00".compareTo("\uFF5E")).isLessThan(0); // why the code point order matters
  }

  @Test
  void describeNamesTheKind() {
    assertThat(GoValues.describe("a")).isEqualTo("'a' (a string)");
    assertThat(GoValues.describe(2.5)).isEqualTo("2.5 (a number)");
    assertThat(GoValues.describe(false)).isEqualTo("false (a boolean)");
    assertThat(GoValues.describe(List.of("a", "b"))).isEqualTo("[a b] (a list)");
    assertThat(GoValues.describe(null)).isEqualTo("nothing (nil)");
    assertThat(GoValues.describe(GoRegex.compile("a"))).isEqualTo("'a' (a regular expression)");
  }

  @Test
  void int64ConversionFollowsAmd64() {
    assertThat(GoValues.toInt64(5.9)).isEqualTo(5);
    assertThat(GoValues.toInt64(-5.9)).isEqualTo(-5);
    assertThat(GoValues.toInt64(Double.NaN)).isEqualTo(Long.MIN_VALUE);
    assertThat(GoValues.toInt64(1e30)).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void uint64RoundTrips() {
    assertThat(GoValues.toUint64(0x1p63)).isEqualTo(Long.MIN_VALUE);
    assertThat(GoValues.fromUint64(Long.MIN_VALUE)).isEqualTo(0x1p63);
    assertThat(GoValues.fromUint64(-1L)).isEqualTo(0x1p64);
    assertThat(GoValues.fromUint64(42)).isEqualTo(42.0);
  }
}
