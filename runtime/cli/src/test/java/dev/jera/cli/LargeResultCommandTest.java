package dev.jera.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jera.cli.testing.JeraProcess;
import dev.jera.local.TestRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No output, however large, is read into the memory of {@code jera run}; {@code jera runs} reads a record of
 * any size. (LargeResultTest in jera-local checks the limit on results in process and isolated.)
 */
class LargeResultCommandTest {
  @TempDir Path home;

  @Test
  void aStepPrintingFarMoreThanTheExecutorsMemoryFailsWithoutItBeingRead() throws Exception {
    assumeTrue(TestRuns.installed("sh") && TestRuns.installed("head") && TestRuns.installed("tr"),
        "sh, head and tr are needed for a command that prints much");

    JeraProcess.Outcome outcome = JeraProcess.current(home)
        .run(List.of("-Xmx32m"), Map.of(), "run", "tools-big", "-p", "bytes=100000000", "--output", "json");

    assertThat(outcome.err()).doesNotContain("OutOfMemoryError");
    assertThat(outcome.code()).isEqualTo(1);
    assertThat(outcome.out()).contains("its result is 95.4 MiB (100,000,000 bytes), more than the 256 KiB");

    JeraProcess.Outcome failed = JeraProcess.current(home)
        .run(List.of("-Xmx32m"), Map.of(), "run", "tools-big", "-p", "bytes=100000000", "-p", "code=4", "--output", "json");

    assertThat(failed.err()).doesNotContain("OutOfMemoryError");
    assertThat(failed.out()).contains("\"message\": \"main: Error (exit code 4)\"");
  }

  @Test
  void theRunsCommandReadsARecordOfAnySize() throws Exception {
    Path folder = Files.createDirectories(home.resolve("runs/20240101-000000-huge-abcde"));
    Files.writeString(folder.resolve("summary.json"), "{\"workflow\": \"huge\", \"phase\": \"Succeeded\", \"message\": null,"
        + " \"parameters\": {}, \"steps\": {\"a\": {\"phase\": \"Succeeded\", \"result\": \"" + "x".repeat(30_000_000)
        + "\", \"children\": [[{\"deep\": [1, 2, {}]}]]}},"
        + " \"run\": {\"id\": \"20240101-000000-huge-abcde\", \"startedAt\": \"2024-01-01T00:00:00Z\","
        + " \"finishedAt\": \"2024-01-01T00:00:02.500Z\"}}");

    JeraProcess.Outcome outcome = JeraProcess.current(home).run(List.of("-Xmx64m"), Map.of(), "runs");

    assertThat(outcome.code()).isEqualTo(0);
    assertThat(outcome.out()).containsMatch("20240101-000000-huge-abcde +huge +Succeeded +2024-01-01T00:00:00Z +2.50s");
  }
}
