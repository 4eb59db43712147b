package dev.jera.samples;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jera.local.InvalidRunException;
import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test API as a test's author meets it when something is wrong: a stub of another type than the
 * step returns, a result read as another type, a missing secret. Each is refused at once, in the terms
 * of {@link LocalRun} and with the Java types as the source writes them.
 */
class LocalRunMistakesTest {
  @TempDir Path home;

  private static final CurrencyEtl.Quote QUOTE = new CurrencyEtl.Quote("USD-THB", 0, new BigDecimal("35.20"));

  @Test
  void aListOfAnotherElementTypeIsRefusedWhenGiven() {
    LocalRun run = LocalRun.of(CurrencyEtl.class);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run.stub("extract", List.of("oops")));

    assertThat(e).hasMessageThat().isEqualTo(".stub(\"extract\", …): step 'extract' returns List<CurrencyEtl.Quote>, but"
        + " the value given holds a String where a CurrencyEtl.Quote belongs");
  }

  @Test
  void aValueOfAnotherTypeIsRefusedWhenGiven() {
    LocalRun run = LocalRun.of(CurrencyEtl.class);

    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> run.stub("extract", "oops"));
    IllegalArgumentException record = assertThrows(IllegalArgumentException.class, () -> run.stub("load", QUOTE));

    assertThat(wrong).hasMessageThat().isEqualTo(".stub(\"extract\", …): step 'extract' returns List<CurrencyEtl.Quote>,"
        + " but the value given is a String");
    assertThat(record).hasMessageThat().isEqualTo(".stub(\"load\", …): step 'load' returns CurrencyEtl.Summary, but the"
        + " value given is a CurrencyEtl.Quote");
  }

  @Test
  void aFanOutIsStubbedWithTheListOfItsItemsResults() {
    LocalRun run = LocalRun.of(CurrencyEtl.class);

    IllegalArgumentException notAList = assertThrows(IllegalArgumentException.class,
        () -> run.stub("convert", new CurrencyEtl.Converted("USD-THB", 0, BigDecimal.ONE)));
    IllegalArgumentException wrongItem = assertThrows(IllegalArgumentException.class,
        () -> run.stub("convert", List.of(QUOTE)));

    assertThat(notAList).hasMessageThat().isEqualTo(".stub(\"convert\", …): step 'convert' fans out: stub it with the"
        + " List<CurrencyEtl.Converted> of its items' results, not a CurrencyEtl.Converted");
    assertThat(wrongItem).hasMessageThat().isEqualTo(".stub(\"convert\", …): step 'convert' returns"
        + " List<CurrencyEtl.Converted>, but item 0 of the list given is a CurrencyEtl.Quote");
  }

  @Test
  void aMissingSecretIsAskedForInLocalRunsTerms() {
    InvalidRunException e = assertThrows(InvalidRunException.class,
        () -> LocalRun.of(CurrencyEtl.class).param("run-date", "2024-01-31").home(home).run());

    assertThat(e).hasMessageThat().isEqualTo("workflow 'currency-etl' needs secret warehouse/password (step 'load');"
        + " give it with .secret(\"warehouse\", \"password\", VALUE)");
  }

  @Test
  void resultsReadAsAnotherTypeSayWhatTheStepReturns() {
    LocalReport report = LocalRun.of(CurrencyEtl.class)
        .secret("warehouse", "password", "s3cret")
        .stub("extract", List.of(QUOTE))
        .home(home)
        .run();

    assertThat(report.result("load", CurrencyEtl.Summary.class).rows()).isEqualTo(1);
    assertThat(report.results("convert", CurrencyEtl.Converted.class).get(0).pair()).isEqualTo("USD-THB");
    assertThat(assertThrows(IllegalArgumentException.class, () -> report.result("load", String.class)))
        .hasMessageThat().isEqualTo("result(\"load\", String.class): step 'load' returns CurrencyEtl.Summary, not String");
    assertThat(assertThrows(IllegalArgumentException.class, () -> report.result("lod")))
        .hasMessageThat().isEqualTo("workflow 'currency-etl' has no step 'lod'; did you mean 'load'? (its steps: extract,"
            + " convert, load, report)");
  }
}
