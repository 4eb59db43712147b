package dev.jera.samples;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.runner.RunnerMain;
import dev.jera.samples.testing.ScriptStep;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated runners, started as separate JVMs exactly as Argo's executor starts a script step. */
class RunnerProcessTest {

  @Test
  void decodesWorkflowParametersAndPrintsOnlyTheResult() {
    ScriptStep.Outcome outcome =
        ScriptStep.of("currency-etl", "extract").run(Map.of("pair", "USD-THB", "day", "2024-01-01"), Map.of());
    assertThat(outcome.exitCode()).isEqualTo(0);
    assertThat(outcome.result())
        .isEqualTo("[{\"pair\":\"USD-THB\",\"hour\":0,\"rate\":35.22},{\"pair\":\"USD-THB\",\"hour\":6,\"rate\":35.17},"
            + "{\"pair\":\"USD-THB\",\"hour\":12,\"rate\":35.23},{\"pair\":\"USD-THB\",\"hour\":18,\"rate\":35.18}]");
  }

  @Test
  void decodesARecordItem() {
    ScriptStep.Outcome outcome =
        ScriptStep.of("currency-etl", "convert").run(Map.of("quote", "{\"pair\":\"USD-THB\",\"hour\":6,\"rate\":35.23}"), Map.of());
    assertThat(outcome.exitCode()).isEqualTo(0);
    assertThat(outcome.result()).isEqualTo("{\"pair\":\"USD-THB\",\"hour\":6,\"per100\":3523.00}");
  }

  @Test
  void userOutputGoesToStderrAndSecretsComeFromTheEnvironment() {
    ScriptStep.Outcome outcome =
        ScriptStep.of("currency-etl", "load")
            .run(
                Map.of("rows", "[{\"pair\":\"USD-THB\",\"hour\":0,\"per100\":3517.00},{\"pair\":\"USD-THB\",\"hour\":6,\"per100\":3523.00}]",
                    "day", "2024-01-01"),
                Map.of("JERA_SECRET_WAREHOUSE_PASSWORD", "s3cret"));
    assertThat(outcome.exitCode()).isEqualTo(0);
    assertThat(outcome.result()).isEqualTo("{\"pair\":\"USD-THB\",\"day\":\"2024-01-01\",\"rows\":2,\"average\":3520.00}");
    assertThat(outcome.stderr()).contains("loaded 2 rows into the warehouse");
  }

  @Test
  void aMissingSecretIsBadInput() {
    ScriptStep.Outcome outcome =
        ScriptStep.of("currency-etl", "load").run(Map.of("rows", "[]", "day", "2024-01-01"), Map.of());
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.stdout()).isEmpty();
    assertThat(outcome.stderr().strip().lines().count()).isEqualTo(1);
    assertThat(outcome.stderr()).contains("secret warehouse/password is not set (environment variable JERA_SECRET_WAREHOUSE_PASSWORD)");
  }

  @Test
  void aValueOfTheWrongTypeIsBadInputNamingTheParameter() {
    ScriptStep.Outcome outcome =
        ScriptStep.of("currency-etl", "extract").run(Map.of("pair", "USD-THB", "day", "yesterday"), Map.of());
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.stdout()).isEmpty();
    assertThat(outcome.stderr().strip())
        .isEqualTo("jera: step 'extract': input 'day' (LocalDate): expected an ISO date such as 2024-01-31, got \"yesterday\"");
  }

  @Test
  void aRecordWithAWrongFieldIsBadInputSayingWhere() {
    ScriptStep.Outcome outcome =
        ScriptStep.of("currency-etl", "convert").run(Map.of("quote", "{\"pair\":\"USD-THB\",\"hour\":\"six\",\"rate\":1}"), Map.of());
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.stderr().strip()).contains("input 'quote' (CurrencyEtl.Quote): at /hour: expected a whole number (int), got \"six\"");
  }

  @Test
  void malformedInputsFileIsBadInput() {
    ScriptStep.Outcome outcome = ScriptStep.of("diamond", "a").runWithSource("[{\"name\": \"start\", ", Map.of());
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.stdout()).isEmpty();
    assertThat(outcome.stderr().strip().lines().count()).isEqualTo(1);
    assertThat(outcome.stderr()).startsWith("jera: malformed inputs in ");
  }

  @Test
  void aMissingInputIsBadInput() {
    ScriptStep.Outcome outcome = ScriptStep.of("diamond", "a").runWithSource("[]", Map.of());
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.stderr().strip()).isEqualTo("jera: step 'a': input 'start' was not supplied");
  }

  @Test
  void aUserExceptionExitsOneWithItsStackTrace() {
    ScriptStep.Outcome outcome = ScriptStep.of("coin-flip", "flip").run(Map.of("bias", "2"), Map.of());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.stdout()).isEmpty();
    assertThat(outcome.stderr()).contains("java.lang.IllegalArgumentException: bias must be between 0 and 1, got 2.0");
    assertThat(outcome.stderr()).contains("at dev.jera.samples.CoinFlip.flip(CoinFlip.java");
  }

  @Test
  void aMistypedStepNamesTheOneMeant() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = RunnerMain.run(new CurrencyEtl_JeraRunner(), new String[] {"extrct", "-"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo("jera: unknown step 'extrct'; did you mean 'extract'? (steps: extract, convert, load, report)");
  }

  @Test
  void aScriptWithoutInputsGetsAnEmptyList() {
    ScriptStep.Outcome outcome = ScriptStep.of("coin-flip", "heads").run(Map.of(), Map.of());
    assertThat(outcome.exitCode()).isEqualTo(0);
    assertThat(outcome.result()).isEqualTo("it was heads");
  }

  @Test
  void theExitHandlerCarriesItsOwnInputValues() {
    ScriptStep.Outcome outcome =
        ScriptStep.of("monthly-report-0.1.0-snapshot", "announce").run(Map.of("status", "Failed", "run", "monthly-report-abcde"), Map.of());
    assertThat(outcome.exitCode()).isEqualTo(0);
    assertThat(outcome.stdout()).isEmpty();
    assertThat(outcome.stderr()).contains("report monthly-report-abcde finished: Failed");
  }
}
