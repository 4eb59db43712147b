package dev.jera.samples.data;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import dev.jera.local.Phase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data template on the local executor: the local copy of its source listed, transformed in order. */
class DataTemplateRunTest {
  @TempDir Path home;
  @TempDir Path bucket;

  @Test
  void theSourcesFilesAreListedAndTransformed() throws IOException {
    Files.createDirectories(bucket.resolve("2024/01"));
    Files.writeString(bucket.resolve("2024/01/main.log"), "a");
    Files.writeString(bucket.resolve("2024/01/notes.txt"), "b");
    Files.writeString(bucket.resolve("a.log"), "c");

    LocalReport report = LocalRun.of(LogListing.class).home(home).artifact("list-logs", "bucket", bucket).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("list-logs").result()).isEqualTo("[\"2024/01/MAIN.LOG\",\"A.LOG\"]");
    // One show per element of the list, named by it as Argo names loop nodes.
    assertThat(report.step("show").children().stream().map(dev.jera.local.StepReport::name).toList())
        .containsExactly("show(0:2024/01/MAIN.LOG)", "show(1:A.LOG)").inOrder();
  }

  @Test
  void withoutALocalCopyOfTheSourceTheStepSaysWhatToGive() {
    LocalReport report = LocalRun.of(LogListing.class).home(home).run();

    assertThat(report.phase()).isAnyOf(Phase.FAILED, Phase.ERROR);
    assertThat(report.step("list-logs").message()).contains("bucket");
  }
}
