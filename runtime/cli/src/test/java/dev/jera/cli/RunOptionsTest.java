package dev.jera.cli;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jera.local.TestCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code jera run --config-map … --artifact …} against the test catalog (tools-env, tools-files, tools-feb). */
class RunOptionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;

  record Outcome(int code, String out, String err) {}

  private Outcome jera(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, String> env = new HashMap<>(environment);
    env.put("JERA_HOME", home.toString());
    int code = new JeraCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        env, TestCatalog.loader(), false).run(args);
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Stream<Arguments> badOptions() {
    return Stream.of(
        Arguments.of(new String[] {"run", "tools-env", "--config-map", "warehouse"}, "--config-map 'warehouse': expected NAME/KEY=VALUE"),
        Arguments.of(new String[] {"run", "tools-env", "--config-map", "warehouse/=x"}, "--config-map 'warehouse/=x': expected NAME/KEY=VALUE"),
        Arguments.of(new String[] {"run", "tools-env", "--config-map", "etl-settings/MODE=fast"},
            "workflow 'tools-env' needs ConfigMap key warehouse/host (step 'show'); give it with --config-map"
                + " warehouse/host=VALUE or the environment variable JERA_CONFIGMAP_WAREHOUSE_HOST"),
        Arguments.of(new String[] {"run", "tools-env", "--config-map", "warehouse/host=db"},
            "workflow 'tools-env' needs the keys of ConfigMap etl-settings (envFrom of step 'show'); give each with"
                + " --config-map etl-settings/KEY=VALUE"),
        Arguments.of(new String[] {"run", "tools-files", "--artifact", "fetch"}, "--artifact 'fetch': expected STEP.INPUT=PATH"),
        Arguments.of(new String[] {"run", "tools-files", "--artifact", "fetch.file="}, "--artifact 'fetch.file=': expected STEP.INPUT=PATH"),
        Arguments.of(new String[] {"run", "tools-files", "--artifact", ".file=x"}, "--artifact '.file=x': expected STEP.INPUT=PATH"),
        Arguments.of(new String[] {"run", "tools-files", "--artifact", "fech.file=/"},
            "workflow 'tools-files' has no step 'fech' (--artifact fech.file=/); did you mean 'fetch'?"),
        Arguments.of(new String[] {"run", "tools-files", "--artifact", "fetch.fil=/"},
            "step 'fetch' has no input file 'fil' (--artifact fetch.fil=/); did you mean 'file'? (its input files: file)"),
        Arguments.of(new String[] {"run", "tools-files", "--artifact", "fetch.file=/no/such/day.csv"},
            "--artifact fetch.file=/no/such/day.csv: /no/such/day.csv does not exist"),
        Arguments.of(new String[] {"run", "tools-retry", "--retry-backoff", "5x"},
            "--retry-backoff '5x': unknown unit \"x\" in \"5x\"; use ns, us, ms, s, m or h, e.g. \"1h30m\" (0 retries at once)"),
        Arguments.of(new String[] {"run", "tools-retry", "--retry-backoff", "-1s"},
            "--retry-backoff '-1s': a wait cannot be negative (0 retries at once)"),
        Arguments.of(new String[] {"run", "tools-retry", "--retry-backoff", "1s", "--fast-retries"},
            "--fast-retries retries at once and --retry-backoff 1s after a wait: give one of them"),
        Arguments.of(new String[] {"run", "tools-env", "--resume", ":message=x"},
            "--resume ':message=x': expected STEP or STEP:OUTPUT=VALUE"),
        Arguments.of(new String[] {"run", "tools-env", "--resume", "approve:message"},
            "--resume 'approve:message': expected STEP:OUTPUT=VALUE"),
        Arguments.of(new String[] {"run", "tools-env", "--resume", "approve:m=1", "--resume", "approve:m=2"},
            "--resume 'approve:m=2': output 'm' of approve is given twice"),
        Arguments.of(new String[] {"run", "tools-retry", "--resume", "approve"},
            "workflow 'tools-retry': resume of 'approve': no step 'approve' suspends (none of its steps does)"),
        Arguments.of(new String[] {"run", "tools-broken"},
            "workflow 'tools-broken': template 'lost': runner class dev.jera.local.testing.NoSuchRunner is not on the class path"));
  }

  @ParameterizedTest
  @MethodSource("badOptions")
  void badInputIsExitCodeTwoAndOneLineBeforeAnyStepRuns(String[] args, String message) {
    Outcome outcome = jera(Map.of(), args);

    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err()).isEqualTo("jera: " + message + System.lineSeparator());
    assertThat(Files.exists(home.resolve("runs"))).isFalse();
  }

  @Test
  void fastRetriesRetryAtOnceAndSayWhatArgoWouldWait() {
    Outcome outcome = jera(Map.of(), "run", "tools-retry", "--fast-retries");

    assertThat(outcome.code()).isEqualTo(1);
    assertThat(outcome.err()).containsMatch("jera: running tools-retry as tools-retry-\\w{5} \\(in process, retries at once\\)");
    assertThat(outcome.err()).contains("jera: explode attempt 1 failed: main: Error (exit code 1): java.lang.IllegalStateException:"
        + " kaboom; will retry now (Argo waits 30s)");
    assertThat(outcome.err()).contains("jera: explode attempt 2 failed: main: Error (exit code 1): java.lang.IllegalStateException:"
        + " kaboom; will retry now (Argo waits 1m)");
    assertThat(outcome.err()).contains("jera: explode started (attempt 3)");
    assertThat(outcome.out()).containsMatch("explode +Failed +3 ");
  }

  @Test
  void aShortenedBackoffSaysWhenTheNextAttemptStarts() {
    Outcome outcome = jera(Map.of(), "run", "tools-retry", "--retry-backoff", "20ms");

    assertThat(outcome.code()).isEqualTo(1);
    assertThat(outcome.err()).containsMatch("jera: running tools-retry as tools-retry-\\w{5} \\(in process, retries after at most 20ms\\)");
    assertThat(outcome.err()).containsMatch(
        "explode attempt 1 failed: .*kaboom; will retry in 20ms, at (\\d{4}-\\d\\d-\\d\\d )?\\d\\d:\\d\\d:\\d\\d \\(Argo waits 30s\\)");
  }

  @Test
  void configMapValuesComeFromOptionsAndTheEnvironment() throws IOException {
    Outcome outcome = jera(Map.of("JERA_CONFIGMAP_WAREHOUSE_HOST", "env-host"), "run", "tools-env",
        "--config-map", "etl-settings/MODE=fast", "--output", "json");

    assertThat(outcome.code()).isEqualTo(0);
    JsonNode report = JSON.readTree(outcome.out());
    assertThat(report.get("steps").get("show").get("result").asText())
        .isEqualTo("REGION=eu-west-1,DB_HOST=env-host,CFG_MODE=fast");
    assertThat(outcome.err()).contains("jera: show runs in a JVM of its own, not in this one: its template sets"
        + " environment variables (REGION, DB_HOST, envFrom configMap etl-settings)");
  }

  @Test
  void aLocalCopyStandsForAFileInAStore() throws IOException {
    Path copy = Files.writeString(home.resolve("day.csv"), "2024-02-29");

    Outcome with = jera(Map.of(), "run", "tools-files", "--artifact", "fetch.file=" + copy, "--output", "json");
    Outcome without = jera(Map.of(), "run", "tools-files", "--output", "json");

    assertThat(with.code()).isEqualTo(0);
    assertThat(JSON.readTree(with.out()).get("steps").get("fetch").get("result").asText()).isEqualTo("2024-02-29");
    assertThat(without.code()).isEqualTo(1);
    assertThat(JSON.readTree(without.out()).get("steps").get("fetch").get("detail").asText())
        .isEqualTo("input file 'file' is in S3 (bucket data, key in/day.csv), which the local executor does not fetch;"
            + " give a local copy with --artifact fetch.file=PATH");
  }

  @Test
  void theGraphOfAWorkflowThatRunsATemplateIsTheTemplates() {
    Outcome outcome = jera(Map.of(), "graph", "tools-feb");

    assertThat(outcome.code()).isEqualTo(0);
    assertThat(outcome.out()).contains("n0[\"say\"]");
  }
}
