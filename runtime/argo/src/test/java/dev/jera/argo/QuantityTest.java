package dev.jera.argo;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "250m", "0.5", "256Mi", "1Gi", "1e3", "100M", "1k", "1.5Gi", "500n",
      "10u", "1Ki", "1Ti", "1Pi", "1Ei", "1T", "1P", "1E", "12E-3", "1e+3", "1.", ".5", "+1", "-1", "+.5",
      "0.1n", "007", "1.5e3"})
  void acceptsWhatKubernetesAccepts(String text) {
    assertThat(Quantity.problem(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", " 1", "1 ", "1 Gi", "abc", "1GB", "250mi", "256MB", "1.5.3", "1..5",
      "1K", "1g", "1B", "1KiB", "1e", "1e3.5", "1e+", "-", ".", "+", "Mi", "1Mi1", "1,5", "1mm", "2cores",
      "1KI", "1 000", "1_000", "0x10", "1e99999999999"})
  void rejectsWhatKubernetesRejects(String text) {
    assertThat(Quantity.problem(text)).isPresent();
  }

  @Test
  void milliIsAThousandth() {
    assertThat(Quantity.parse("250m")).isEqualToIgnoringScale(new BigDecimal("0.25"));
  }

  @Test
  void binarySuffixesArePowersOf1024() {
    assertThat(Quantity.parse("1Ki")).isEqualToIgnoringScale(1024);
    assertThat(Quantity.parse("256Mi")).isEqualToIgnoringScale(268_435_456L);
    assertThat(Quantity.parse("1Gi")).isEqualToIgnoringScale(1L << 30);
    assertThat(Quantity.parse("1Ei")).isEqualToIgnoringScale(1L << 60);
  }

  @Test
  void decimalSuffixesArePowersOf1000() {
    assertThat(Quantity.parse("1k")).isEqualToIgnoringScale(1_000);
    assertThat(Quantity.parse("100M")).isEqualToIgnoringScale(100_000_000L);
    assertThat(Quantity.parse("1E")).isEqualToIgnoringScale(new BigDecimal("1e18"));
    assertThat(Quantity.parse("500n")).isEqualToIgnoringScale(new BigDecimal("0.0000005"));
    assertThat(Quantity.parse("10u")).isEqualToIgnoringScale(new BigDecimal("0.00001"));
  }

  @Test
  void exponentsScaleByTen() {
    assertThat(Quantity.parse("1e3")).isEqualToIgnoringScale(1_000);
    assertThat(Quantity.parse("12E-3")).isEqualToIgnoringScale(new BigDecimal("0.012"));
    assertThat(Quantity.parse("1.5e+2")).isEqualToIgnoringScale(150);
  }

  @Test
  void fractionsWithBinarySuffixAreExact() {
    assertThat(Quantity.parse("1.5Gi")).isEqualToIgnoringScale(1_610_612_736L);
  }

  @Test
  void bareDecimalPointsAreAllowed() {
    assertThat(Quantity.parse("1.")).isEqualToIgnoringScale(1);
    assertThat(Quantity.parse(".5")).isEqualToIgnoringScale(new BigDecimal("0.5"));
  }

  @Test
  void negativesParse() {
    assertThat(Quantity.parse("-1")).isEqualToIgnoringScale(-1);
    assertThat(Quantity.parse("-500m")).isEqualToIgnoringScale(new BigDecimal("-0.5"));
  }

  @Test
  void valuesFinerThanNanoStayExact() {
    assertThat(Quantity.parse("0.1n")).isEqualToIgnoringScale(new BigDecimal("1e-10"));
  }

  @Test
  void megabytesSuggestMebibytes() {
    assertThat(Quantity.problem("256MB").orElseThrow()).startsWith(
        "unknown unit \"MB\" in \"256MB\"; did you mean \"256Mi\"?");
  }

  @Test
  void gigabytesSuggestGibibytes() {
    assertThat(Quantity.problem("1GB").orElseThrow()).contains("did you mean \"1Gi\"?");
  }

  @Test
  void lowercaseBytesSuggestBinary() {
    assertThat(Quantity.problem("512mb").orElseThrow()).contains("did you mean \"512Mi\"?");
    assertThat(Quantity.problem("1kb").orElseThrow()).contains("did you mean \"1Ki\"?");
  }

  @Test
  void kibibyteSpelledOutDropsTheB() {
    assertThat(Quantity.problem("1KiB").orElseThrow()).contains("did you mean \"1Ki\"?");
  }

  @Test
  void lowercaseMiIsCapitalised() {
    assertThat(Quantity.problem("250mi").orElseThrow()).contains("did you mean \"250Mi\"?");
  }

  @Test
  void uppercaseKOffersBothMeanings() {
    assertThat(Quantity.problem("1K").orElseThrow()).contains("did you mean \"1k\" or \"1Ki\"?");
  }

  @Test
  void lowercaseGOffersBothMeanings() {
    assertThat(Quantity.problem("2g").orElseThrow()).contains("did you mean \"2G\" or \"2Gi\"?");
  }

  @Test
  void plainBytesTakeNoUnit() {
    assertThat(Quantity.problem("100B").orElseThrow()).endsWith("a number of bytes takes no unit: write \"100\"");
  }

  @Test
  void coresTakeNoUnit() {
    assertThat(Quantity.problem("2cores").orElseThrow()).contains("CPU counts take no unit: write \"2\"");
  }

  @Test
  void millicoresBecomeM() {
    assertThat(Quantity.problem("500millicores").orElseThrow()).endsWith("write \"500m\"");
  }

  @Test
  void unknownUnitListsTheSuffixes() {
    assertThat(Quantity.problem("5x").orElseThrow()).contains("use Ki, Mi, Gi, Ti, Pi or Ei (powers of 1024)");
  }

  @Test
  void secondDecimalPointIsNamed() {
    assertThat(Quantity.problem("1.5.3").orElseThrow()).startsWith("\"1.5.3\" has more than one decimal point;");
  }

  @Test
  void leadingSpaceIsRemovedInTheHint() {
    assertThat(Quantity.problem(" 1")).hasValue("\" 1\" contains spaces; write \"1\"");
  }

  @Test
  void innerSpaceIsRemovedInTheHint() {
    assertThat(Quantity.problem("1 Gi")).hasValue("\"1 Gi\" contains spaces; write \"1Gi\"");
  }

  @Test
  void wordsDoNotStartWithANumber() {
    assertThat(Quantity.problem("abc").orElseThrow()).startsWith("\"abc\" does not start with a number;");
  }

  @Test
  void emptyIsExplained() {
    assertThat(Quantity.problem("").orElseThrow()).startsWith("the quantity is empty;");
  }

  @Test
  void incompleteExponentIsExplained() {
    assertThat(Quantity.problem("1e").orElseThrow()).startsWith("\"1e\" needs a whole number after 'e';");
  }

  @Test
  void fractionalExponentIsExplained() {
    assertThat(Quantity.problem("1e3.5").orElseThrow()).contains("needs a whole number after 'e'");
  }

  @Test
  void hugeExponentIsRejected() {
    assertThat(Quantity.problem("1e99999999999").orElseThrow()).contains("exponent too large");
  }

  @Test
  void parseThrowsWithTheSameMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantity.parse("1GB"));
    assertThat(e).hasMessageThat().isEqualTo(Quantity.problem("1GB").orElseThrow());
  }

  @Test
  void resourcesRejectNegatives() {
    assertThat(Quantity.problemForResource("-1"))
        .hasValue("\"-1\" is negative; requests and limits must be zero or more");
  }

  @Test
  void resourcesRejectNegativeFractions() {
    assertThat(Quantity.problemForResource("-100m")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "0m", "250m", "1Gi", "+2"})
  void resourcesAcceptZeroAndPositives(String text) {
    assertThat(Quantity.problemForResource(text)).isEmpty();
  }

  @Test
  void resourcesReportSyntaxFirst() {
    assertThat(Quantity.problemForResource("-1GB")).isEqualTo(Quantity.problem("-1GB"));
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> Quantity.problem(null));
  }
}
