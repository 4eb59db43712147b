package dev.jera.cli;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import dev.jera.local.RunListener;
import dev.jera.local.StepReport;
import dev.jera.local.TestCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The values of a run's secrets never appear in what Jera writes or prints of that run: not in the
 * record (logs, results, inputs, summary), the progress, the command line's output or a test's report;
 * not as written, nor escaped in JSON.
 */
class SecretMaskingTest {
  /** Long enough to be masked anywhere, with characters JSON escapes, and parts no escaping changes. */
  private static final String SECRET = "to\"k3n\\s3cr3t";

  @TempDir Path home;

  @ParameterizedTest(name = "isolated: {0}")
  @ValueSource(booleans = {false, true})
  void theCommandLineNeverShowsASecret(boolean isolated) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of("run", "tools-secret", "--secret", "vault/token=" + SECRET));
    if (isolated) {
      args.add("--isolated");
    }
    for (String output : List.of("text", "json")) {
      List<String> withOutput = new ArrayList<>(args);
      withOutput.addAll(List.of("--output", output));
      new JeraCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
          Map.of("JERA_HOME", home.toString()), TestCatalog.loader(), false).run(withOutput.toArray(String[]::new));
    }

    String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("parse Failed");
    assertThat(printed).contains("For input string: \\\"***\\\"");
    assertThat(printed).contains("{\"token\": \"***\"}");
    assertNoSecretIn(printed);
    assertNoSecretInRecords();
  }

  @ParameterizedTest(name = "isolated: {0}")
  @ValueSource(booleans = {false, true})
  void aTestsReportAndListenerNeverShowASecret(boolean isolated) throws IOException {
    List<String> told = new ArrayList<>();
    LocalReport report = TestCatalog.with(() -> LocalRun.of("tools-secret")
        .secret("vault", "token", SECRET)
        .isolated(isolated)
        .home(home)
        .listener(new RunListener() {
          @Override
          public void stepFinished(StepReport step) {
            told.add(step.name() + " " + step.result() + " " + step.message());
          }
        })
        .run());

    assertThat(report.step("parse").detail()).endsWith("java.lang.NumberFormatException: For input string: \"***\"");
    assertThat(report.<String>result("reveal")).isEqualTo("{\"token\": \"***\"}");
    assertNoSecretIn(String.join("\n", told));
    assertNoSecretIn(report.report().toString());
    assertNoSecretInRecords();
    String log = Files.readString(report.folder().resolve("steps/reveal/log"));
    assertThat(log).contains("the token is ***, as JSON {\"token\": \"***\"}");
    assertThat(log).contains("user output goes to the log too: ***");
  }

  @Test
  void aSecretTooShortToMaskIsSaidOnce() {
    List<String> notes = new ArrayList<>();
    TestCatalog.with(() -> LocalRun.of("tools-secret")
        .secret("vault", "token", "42")
        .home(home)
        .listener(new RunListener() {
          @Override
          public void runNote(String note) {
            notes.add(note);
          }
        })
        .run());

    assertThat(notes).contains("secret vault/token has fewer than 4 characters, too few to mask: its value is"
        + " not hidden in the run's output");
  }

  /** Neither the secret nor a part of it, however escaped. */
  private static void assertNoSecretIn(String text) {
    assertThat(text).doesNotContain("k3n");
    assertThat(text).doesNotContain("s3cr3t");
  }

  /** No file of any record holds the secret, written or escaped. */
  private void assertNoSecretInRecords() throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(home.resolve("runs"))) {
      files = all.filter(Files::isRegularFile).toList();
    }
    assertThat(files.stream().map(Path::getFileName).map(Path::toString).toList()).containsAtLeast("log", "summary.json");
    for (Path file : files) {
      assertNoSecretIn(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }
  }
}
