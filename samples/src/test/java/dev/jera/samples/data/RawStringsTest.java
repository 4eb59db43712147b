package dev.jera.samples.data;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jera.cli.JeraCli;
import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import dev.jera.local.Phase;
import dev.jera.processor.testing.TrickyStrings;
import dev.jera.samples.testing.ScriptStep;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code String} parameter gets exactly the text Argo passes, whatever it looks like ({@code "q"}
 * with its quotes stays {@code "q"}), on every path: workflow parameters from {@code -p}, {@code -f}
 * and {@link LocalRun#param}, results through {@code @From} and {@code @Value}, stubs, loop items and
 * fan-ins, and the runner's inputs file.
 */
class RawStringsTest {
  @TempDir Path home;

  @Test
  void everyPathDeliversTheTextItself() {
    for (String text : TrickyStrings.ALL) {
      LocalReport report = LocalRun.of(RawStrings.class).home(home).param("text", text).run();
      assertWithMessage("run of %s", ArgoText.show(text)).that(report.phase()).isEqualTo(Phase.SUCCEEDED);
      for (String step : List.of("param", "from", "value")) {
        assertWithMessage("step %s given %s", step, ArgoText.show(text)).that((String) report.result(step)).isEqualTo(text);
      }
      if (!ArgoText.substitutable(text)) {
        continue;
      }
      // A loop item is Argo's {{item}}: the string the element holds, unchanged.
      String item = text;
      assertWithMessage("items of %s", ArgoText.show(text)).that((List<?>) report.result("each")).containsExactly(item, item);
      assertWithMessage("fan-in of %s", ArgoText.show(text)).that((String) report.result("gather")).isEqualTo(item);
    }
  }

  @Test
  void aStubbedResultReachesItsConsumersAsGiven() {
    for (String text : List.of("\"q\"", "\"\"", "null", "\"null\"", "0x10", "[1]")) {
      LocalReport report = LocalRun.of(RawStrings.class).home(home).param("text", "x").stub("param", text).run();
      assertThat((String) report.result("from")).isEqualTo(text);
      assertThat((String) report.result("value")).isEqualTo(text);
    }
  }

  @Test
  void inItsOwnJvmAsInItsContainer() {
    LocalReport report = LocalRun.of(RawStrings.class).home(home).isolated(true).param("text", "\"q\"").run();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat((String) report.result("param")).isEqualTo("\"q\"");
    assertThat((String) report.result("from")).isEqualTo("\"q\"");
    assertThat((String) report.result("gather")).isEqualTo("\"q\"");
  }

  @Test
  void theRunnerTakesTheInputsFileValueAsIs() {
    ScriptStep.Outcome outcome = ScriptStep.of("raw-strings", "param").run(Map.of("text", "\"q\""), Map.of());
    assertThat(outcome.exitCode()).isEqualTo(0);
    assertThat(outcome.result()).isEqualTo("\"q\"");
  }

  @Test
  void fromTheCommandLineAndAParametersFile() throws IOException {
    String text = "\"q\"";
    assertThat(paramResult(cli("run", "raw-strings", "-p", "text=" + text, "--output", "json"))).isEqualTo(text);
    Path json = Files.writeString(home.resolve("params.json"), "{\"text\": \"\\\"q\\\"\"}");
    assertThat(paramResult(cli("run", "raw-strings", "-f", json.toString(), "--output", "json"))).isEqualTo(text);
    Path yaml = Files.writeString(home.resolve("params.yaml"), "text: '\"q\"'\n");
    assertThat(paramResult(cli("run", "raw-strings", "-f", yaml.toString(), "--output", "json"))).isEqualTo(text);
  }

  private static String paramResult(String json) throws IOException {
    return new ObjectMapper().readTree(json).path("steps").path("param").path("result").asText();
  }

  private String cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new JeraCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of("JERA_HOME", home.toString()), getClass().getClassLoader(), false).run(args);
    assertWithMessage("jera %s: %s", String.join(" ", args), err.toString(StandardCharsets.UTF_8)).that(code).isEqualTo(0);
    return out.toString(StandardCharsets.UTF_8);
  }
}
