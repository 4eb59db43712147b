package dev.jera.samples.outputs;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import dev.jera.local.Phase;
import dev.jera.samples.argo.ArtifactPassing;
import dev.jera.samples.argo.ArtifactPathPlaceholders;
import dev.jera.samples.argo.OutputParameter;
import dev.jera.samples.argo.ParameterAggregationDag;
import dev.jera.samples.argo.skippedoutputdefaults.ConsumerInputDefault;
import dev.jera.samples.argo.skippedoutputdefaults.ProducerOutputDefault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Named outputs on the local executor, as Argo runs them: a value and a file travel from the step that leaves
 * them to the step that reads them, and a Skipped producer's output reads as its default, or, without one,
 * leaves the reader's input to its own default.
 */
class NamedOutputsRunTest {
  @TempDir Path home;

  @Test
  void anOutputValueReachesItsReader() throws IOException {
    LocalReport report = LocalRun.of(OutputParameter.class).home(home).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(log(report, "consume-parameter")).contains("hello world");
  }

  @Test
  void anOutputFileReachesItsReader() throws IOException {
    LocalReport report = LocalRun.of(ArtifactPassing.class).home(home).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(log(report, "consume-artifact")).contains("hello world");
  }

  @Test
  void aSkippedProducersOutputReadsAsItsDefault() throws IOException {
    LocalReport report = LocalRun.of(ProducerOutputDefault.class).home(home).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("producer").phase()).isEqualTo(Phase.SKIPPED);
    assertThat(log(report, "consumer")).contains("consumer got: [hello-from-producer]");
  }

  @Test
  void aSkippedProducersOutputWithoutDefaultLeavesTheInputToItsOwn() throws IOException {
    LocalReport report = LocalRun.of(ConsumerInputDefault.class).home(home).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(log(report, "consumer")).contains("consumer got: [fallback-from-input]");
  }

  @Test
  void aGlobalOutputIsReadByLaterStepsAndACommandWritesItsOutputWhereArgoSays() {
    LocalReport report = LocalRun.of(GlobalAndCommandOutputs.class).home(home).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.result("shout", String.class)).isEqualTo("HELLO!");
    assertThat(report.result("twice", Integer.class)).isEqualTo(84);
  }

  @Test
  void anOptionalFileMayBeMissingAndReadsAsEmpty() {
    LocalReport report = LocalRun.of(OptionalFiles.class).home(home).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.result("read-none", String.class)).isEqualTo("absent");
    assertThat(report.result("read-some", String.class)).isEqualTo("hello");
  }

  @Test
  void anArgumentFileReachesTheEntrypointsInputOfItsName() throws IOException {
    LocalReport report = LocalRun.of(ArtifactPathPlaceholders.class).home(home).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(log(report, "head-lines")).contains("1\n2\n3\n");
    assertThat(log(report, "head-lines")).doesNotContain("4");
  }

  @Test
  void aFanOutOverTheOutputsOfAFanOutReadsTheirFields() {
    LocalReport report = LocalRun.of(ParameterAggregationDag.class).home(home).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    // divide-by-2 runs for the runs of odd-or-even whose evenness is even, 2 and 4, and halves their num.
    assertThat(report.results("divide-by-2", Integer.class)).containsExactly(1, 2).inOrder();
  }

  private static String log(LocalReport report, String step) throws IOException {
    return Files.readString(report.folder().resolve("steps").resolve(step).resolve("log"), StandardCharsets.UTF_8);
  }
}
