package dev.jera.samples;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import dev.jera.local.Phase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sample run by the local executor, in this JVM and with each step in its own JVM (as in its
 * container), giving what Argo would give.
 */
class RunLocallyTest {
  @TempDir Path home;

  private LocalRun run(Class<?> workflow, boolean isolated) {
    return LocalRun.of(workflow).isolated(isolated).home(home);
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void currencyEtl(boolean isolated) {
    LocalReport report =
        run(CurrencyEtl.class, isolated).param("run-date", "2024-01-31").secret("warehouse", "password", "s3cret").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("convert").children()).hasSize(4);
    report.step("convert").children().forEach(item -> assertThat(item.attempts()).isEqualTo(1));
    CurrencyEtl.Summary summary = report.result("load");
    assertThat(summary.rows()).isEqualTo(4);
    assertThat(summary.day()).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(report.step("report").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("report").result()).contains(": 4 rows of USD-THB for 2024-01-31");
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void currencyEtlSkipsTheReportForYen(boolean isolated) {
    LocalReport report =
        run(CurrencyEtl.class, isolated).param("source-extract", "JPY-THB").secret("warehouse", "password", "s3cret").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("report").phase()).isEqualTo(Phase.SKIPPED);
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void fetchAndProcess(boolean isolated) {
    LocalReport report = run(FetchAndProcess.class, isolated).run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("process").result()).isEqualTo("Golden Crisp has the most sugar: 15g per serving");
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void coinFlipTakesTheBranchTheCoinChose(boolean isolated) {
    LocalReport heads = run(CoinFlip.class, isolated).param("bias", "1").run();
    assertThat(heads.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(heads.step("flip").result()).isEqualTo("heads");
    assertThat(heads.step("heads").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(heads.step("tails").phase()).isEqualTo(Phase.SKIPPED);
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void aBadCoinFailsTheWorkflow(boolean isolated) {
    LocalReport report = run(CoinFlip.class, isolated).param("bias", "2").run();
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.step("flip").phase()).isEqualTo(Phase.FAILED);
    assertThat(report.step("flip").message()).isEqualTo("main: Error (exit code 1)");
    assertThat(report.step("flip").detail()).contains("bias must be between 0 and 1");
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void diamond(boolean isolated) {
    LocalReport report = run(Diamond.class, isolated).param("start", "5").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("d").result()).isEqualTo("b=10 c=15 sum=25");
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void orderPricingFansOutAndIn(boolean isolated) {
    LocalReport report = run(OrderPricing.class, isolated).param("orders", "4").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    List<OrderPricing.Priced> prices = report.result("price");
    assertThat(prices).hasSize(4);
    assertThat(prices.get(3).id()).isEqualTo("ord-4");
    OrderPricing.Invoice invoice = report.result("invoice");
    assertThat(invoice.lines()).isEqualTo(prices);
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void anEmptyFanOutIsSkippedAndOmitsWhatNeedsItsSuccess(boolean isolated) {
    // dag.go: a fan-out over nothing is Skipped ("Skipped, empty params"); depends price.Succeeded is then false.
    LocalReport report = run(OrderPricing.class, isolated).param("orders", "0").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("price").phase()).isEqualTo(Phase.SKIPPED);
    assertThat(report.step("price").message()).isEqualTo("Skipped, empty params");
    assertThat(report.step("invoice").phase()).isEqualTo(Phase.OMITTED);
    assertThat(report.<Object>result("invoice")).isNull();
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void monthlyReportAnnouncesWhenItEnds(boolean isolated) {
    LocalReport report = run(MonthlyReport.class, isolated).param("month", "2024-02").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.<String>result("report")).startsWith("north closed 2024-02 with 145 orders; south closed");
    assertThat(report.step("announce").phase()).isEqualTo(Phase.SUCCEEDED);
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void aStubReplacesAStep(boolean isolated) {
    LocalReport report =
        run(CurrencyEtl.class, isolated)
            .secret("warehouse", "password", "s3cret")
            .stub("extract", List.of(new CurrencyEtl.Quote("USD-THB", 0, new BigDecimal("30.00"))))
            .run();
    assertThat(report.step("extract").attempts()).isEqualTo(0);
    CurrencyEtl.Summary summary = report.result("load");
    assertThat(summary.average()).isEqualTo(new BigDecimal("3000.00"));
  }
}
