package dev.jera.argo.go;

import static com.google.common.truth.Truth.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The quoted strings govaluate reads as dates, under the controller's UTC zone. */
class GoTimeLiteralsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024-01-05                         | 1704412800",
      "2024-01-05 10:30                   | 1704450600",
      "2024-01-05   10:30                 | 1704450600",
      "2024-01-05 10:30:15                | 1704450615",
      "2024-01-05 10:30:15.123            | 1704450615",
      "2024-01-05 10:30:15+01:00          | 1704447015",
      "2024-01-05T10:30:15Z               | 1704450615",
      "2024-01-05T10:30:15.5Z             | 1704450615",
      "2024-01-05T10:30:15,5Z             | 1704450615",
      "2024-01-05T10:30:15-02:00          | 1704457815",
      "2024-01-05T10Z                     | 1704448800",
      "2024-01-05T10+0100                 | 1704445200",
      "2024-01-05T10:30Z                  | 1704450600",
      "2024-01-05T10:30:15+0000           | 1704450615",
      "2024-01-05T9:30:15Z                | 1704447015",
      "Fri Jan  5 10:30:15 2024           | 1704450615",
      "Fri Jan 5 10:30:15 2024            | 1704450615",
      "fri JAN 5 10:30:15 2024            | 1704450615",
      "Fri Jan  5 10:30:15 MST 2024       | 1704450615",
      "Fri Jan  5 10:30:15 UTC 2024       | 1704450615",
      "Fri Jan  5 10:30:15 GMT+1 2024     | 1704447015",
      "Fri Jan 05 10:30:15 -0700 2024     | 1704475815",
      "3:04PM                             | -62167164960",
      "12:00AM                            | -62167219200",
      "1969-12-31                         | -86400",
  })
  void dates(String text, long seconds) {
    assertThat(GoTimeLiterals.epochSeconds(text)).isEqualTo(OptionalDouble.of(seconds));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "heads",
      "2024-1-05",
      "2024-01-5",
      "2024-13-01",
      "2024-02-30",
      "2024-01-05 24:00",
      "2024-01-05 10:60",
      "2024-01-05T10:30:15",
      "2024-01-05T10:30:15+01",
      "2024-01-05 10:30:15Z",
      " 2024-01-05",
      "2024-01-05 ",
      "13:00PM",
      "3:04pm",
      "Fri Jan  5 10:30:15 ABCDEF 2024",
      "1704412800",
      "",
  })
  void notDates(String text) {
    assertThat(GoTimeLiterals.epochSeconds(text)).isEqualTo(OptionalDouble.empty());
  }
}
