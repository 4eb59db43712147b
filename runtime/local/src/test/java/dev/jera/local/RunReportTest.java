package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link RunReport#failure()}: which steps failed and why, for people. */
class RunReportTest {
  private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

  private static StepReport step(String name, Phase phase, int attempts, String message, StepReport... items) {
    return new StepReport(name, phase, null, items.length > 0 ? 0 : attempts, NOW, NOW, message, null, List.of(items),
        items.length > 0);
  }

  private static RunReport run(Phase phase, String message, StepReport... steps) {
    Map<String, StepReport> byName = new LinkedHashMap<>();
    for (StepReport step : steps) {
      byName.put(step.name(), step);
    }
    return new RunReport("etl", "etl-abcde", "run", phase, message, Map.of(), byName, NOW, NOW, false, Path.of("run"));
  }

  @Test
  void aSucceededRunHasNoFailure() {
    assertThat(run(Phase.SUCCEEDED, null, step("a", Phase.SUCCEEDED, 1, null)).failure()).isNull();
  }

  @Test
  void namesEachFailedStepWithItsAttemptsAndMessageInTheManifestsOrder() {
    RunReport report = run(Phase.FAILED, null,
        step("extract", Phase.FAILED, 4, "Error (exit code 1): java.lang.IllegalStateException: no rates"),
        step("skipped", Phase.OMITTED, 0, "not started: the workflow had already failed"),
        step("load", Phase.ERROR, 1, "secret missing"));

    assertThat(report.failure()).isEqualTo("extract Failed after 4 attempts: Error (exit code 1):"
        + " java.lang.IllegalStateException: no rates; load Error: secret missing");
  }

  @Test
  void argosMessageComesFirstAsAClusterShowsIt() {
    RunReport report = run(Phase.FAILED, "child 'etl-abcde-1234' failed",
        step("convert", Phase.FAILED, 0, null,
            step("convert(0:a)", Phase.SUCCEEDED, 1, null),
            step("convert(1:b)", Phase.FAILED, 2, "Step exceeded its deadline")));

    assertThat(report.failure())
        .isEqualTo("child 'etl-abcde-1234' failed; convert(1:b) Failed after 2 attempts: Step exceeded its deadline");
  }

  @Test
  void argosMessageIsNotRepeatedWhenAFailedStepSaysTheSame() {
    // A failed exit handler's message becomes the workflow's when the main flow succeeded (operator.go).
    RunReport report = run(Phase.FAILED, "main: Error (exit code 1)",
        step("main", Phase.SUCCEEDED, 1, null),
        step("report", Phase.FAILED, 1, "main: Error (exit code 1)"));

    assertThat(report.failure()).isEqualTo("report Failed: main: Error (exit code 1)");
  }

  @Test
  void withoutAFailedStepTheWorkflowsMessageSaysWhy() {
    // A steps group whose references do not resolve fails before any step has a node.
    RunReport report = run(Phase.FAILED, "failed to resolve references: failed to resolve {{steps.x.outputs.result}}",
        new StepReport("load", null, null, 0, null, null, null, null, List.of(), false, null));

    assertThat(report.failure()).isEqualTo("failed to resolve references: failed to resolve {{steps.x.outputs.result}}");
  }

  @Test
  void aFanOutThatFailedBeforeItsItemsIsNamedItself() {
    RunReport report = run(Phase.ERROR, null, new StepReport("convert", Phase.ERROR, null, 0, NOW, NOW,
        "withParam: invalid JSON", null, List.of(), true));

    assertThat(report.failure()).isEqualTo("convert Error: withParam: invalid JSON");
  }

  @Test
  void manyFailuresAreCutShortWithACount() {
    StepReport[] items = new StepReport[8];
    for (int i = 0; i < items.length; i++) {
      items[i] = step("each(" + i + ":" + i + ")", Phase.FAILED, 1, "no");
    }
    RunReport report = run(Phase.FAILED, null, step("each", Phase.FAILED, 0, null, items));

    assertThat(report.failure()).endsWith("each(4:4) Failed: no; and 3 more");
  }
}
