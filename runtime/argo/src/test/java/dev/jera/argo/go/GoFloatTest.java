package dev.jera.argo.go;

import static com.google.common.truth.Truth.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go's shortest float digits, and the two formats built on them, against Go's own output. */
class GoFloatTest {

  // Expected values are what Go 1.22 prints: fmt.Sprint(x) and json.Marshal(x).
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1e23                    | 1e+23                   | 1e+23",
      "4.9e-324                | 5e-324                  | 5e-324",
      "1.7976931348623157e308  | 1.7976931348623157e+308 | 1.7976931348623157e+308",
      "0.30000000000000004     | 0.30000000000000004     | 0.30000000000000004",
      "9007199254740993        | 9.007199254740992e+15   | 9007199254740992",
      "123456789               | 1.23456789e+08          | 123456789",
      "8.41e21                 | 8.41e+21                | 8.41e+21",
      "5e-7                    | 5e-07                   | 5e-7",
      "0.000001                | 1e-06                   | 0.000001",
      "1e21                    | 1e+21                   | 1e+21",
      "999999999999999900000   | 9.999999999999999e+20   | 999999999999999900000",
      "-2.5                    | -2.5                    | -2.5",
  })
  void formatsAsGo(double value, String printed, String json) {
    assertThat(GoValues.formatFloat(value)).isEqualTo(printed);
    assertThat(GoJson.formatFloat(value)).isEqualTo(json);
  }

  @Test
  void shortestDigitsReadBackAndCannotBeShortened() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      double value = Double.longBitsToDouble(random.nextLong() & 0x7fef_ffff_ffff_ffffL);
      if (value == 0) {
        continue;
      }
      GoFloat.Digits digits = GoFloat.shortest(value);
      assertThat(Double.parseDouble(digits.digits() + "e" + (digits.pointAt() - digits.digits().length())))
          .isEqualTo(value);
      // Never longer than what the JDK's own (sometimes one digit too long) conversion gives.
      assertThat(digits.digits().length()).isAtMost(javaDigits(value));
    }
  }

  private static int javaDigits(double value) {
    return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().unscaledValue().toString().length();
  }
}
