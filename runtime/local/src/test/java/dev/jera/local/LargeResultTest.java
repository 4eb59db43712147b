package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.tool;
import static dev.jera.local.TestRuns.workflow;

import dev.jera.local.launch.ResultLimit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A result larger than Argo keeps (256 KiB) ends its step in Error, naming its size, the limit and the
 * fix, in process as in a JVM of its own; one a quarter of that is warned about; no output, however large,
 * is read into the executor's memory.
 */
class LargeResultTest {
  @TempDir Path home;

  /** {@code big} returns {@code bytes} bytes; {@code read} takes them. */
  private static String returning(long bytes) {
    return workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: big
              template: big
              arguments:
                parameters:
                - name: bytes
                  value: "%d"
            - name: read
              template: echo
              depends: big
              arguments:
                parameters:
                - name: text
                  value: "{{tasks.big.outputs.result}}"
        """.formatted(bytes), tool("big", "big", "", "bytes"), tool("echo", "echo", "", "text"));
  }

  @ParameterizedTest(name = "isolated: {0}")
  @ValueSource(booleans = {false, true})
  void aResultLargerThanArgoKeepsEndsItsStepInErrorSayingWhatToDo(boolean isolated) {
    RunReport report = TestRuns.runTools(returning(25L * 1024 * 1024), home, isolated);

    StepReport big = report.steps().get("big");
    assertThat(big.phase()).isEqualTo(Phase.ERROR);
    assertThat(big.result()).isNull();
    assertThat(big.message()).isEqualTo("its result is 25 MiB (26,214,400 bytes), more than the 256 KiB (262,144 bytes)"
        + " Argo keeps of a step's outputs.result (it keeps the last 256 KiB only, so the steps reading it would get"
        + " other data); pass large data as a file: return a java.nio.file.Path (an Argo artifact)");
    assertThat(report.steps().get("read").phase()).isNotEqualTo(Phase.SUCCEEDED);
    assertThat(report.phase()).isEqualTo(Phase.ERROR);
  }

  @ParameterizedTest(name = "isolated: {0}")
  @ValueSource(booleans = {false, true})
  void exactlyWhatArgoKeepsStillTravels(boolean isolated) {
    RunReport report = TestRuns.runTools(returning(ResultLimit.MAX_BYTES), home, isolated);

    assertThat(report.steps().get("read").result()).hasLength((int) ResultLimit.MAX_BYTES);
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
  }

  @Test
  void aResultAQuarterOfTheLimitIsWarnedAboutInTheProgressAndTheLog() throws Exception {
    List<String> notes = new ArrayList<>();
    RunReport report = TestRuns.runTools(returning(100_000), home, false, request -> request.listener(new RunListener() {
      @Override
      public void stepNote(String step, String note) {
        notes.add(step + " " + note);
      }
    }));

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    String warning = "big returned a result of 97.7 KiB (100,000 bytes); Argo keeps at most 256 KiB (262,144 bytes) of"
        + " a result and 1 MiB for the workflow's status, which holds every step's outputs: pass large data as a file:"
        + " return a java.nio.file.Path (an Argo artifact)";
    assertThat(notes).contains(warning);
    assertThat(Files.readString(report.folder().resolve("steps/big/log"))).contains("jera: " + warning);
  }

}
