package dev.jera.samples.argo;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.local.LocalRun;
import dev.jera.local.MetricReport;
import dev.jera.local.Phase;
import dev.jera.local.RunReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ports of Argo's custom-metrics examples record, on a local run, the metrics Argo would emit. */
class CustomMetricsRunTest {
  @TempDir Path home;

  private static List<MetricReport> named(RunReport report, String name) {
    return report.metrics().stream().filter(metric -> metric.name().equals(name)).toList();
  }

  @Test
  void dagTaskRecordsEachEchoByItsTagAndTheWorkflowByItsStatus() {
    RunReport report = LocalRun.of("dag-task").home(home).run().report();
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.metricErrors()).isEmpty();

    List<MetricReport> counters = named(report, "playground_workflow_result_task_counter");
    assertThat(counters.stream().map(metric -> metric.labels().get("playground_task_name_counter")).toList())
        .containsExactly("TEST-ONE-A", "TEST-ONE-B", "TEST-TWO-A", "TEST-TWO-B"); // in any order: they run at once
    for (MetricReport counter : counters) {
      assertThat(counter.kind()).isEqualTo("counter");
      assertThat(counter.value()).isEqualTo(1.0);
      assertThat(counter.labels().get("status")).isEqualTo("Succeeded");
      assertThat(counter.template()).isEqualTo("echo");
    }
    assertThat(named(report, "playground_workflow_duration_task_seconds")).hasSize(4);

    MetricReport duration = named(report, "playground_workflow_duration").get(0);
    assertThat(duration.labels()).containsExactly("playground_id_workflow", "test", "status", "Succeeded").inOrder();
    double seconds = Duration.between(report.startedAt(), report.finishedAt()).toNanos() / 1e9;
    assertThat(duration.value()).isWithin(0.001).of(seconds);
    assertThat(named(report, "playground_workflow_result_counter").get(0).labels())
        .isEqualTo(Map.of("playground_id_workflow_counter", "test", "status", "Succeeded"));
  }

  @Test
  void customMetricsRecordsTheDrawnNumberAndFlakeysOutcome() {
    RunReport report = LocalRun.of("custom-metrics").home(home).run().report();
    assertThat(report.metricErrors()).isEmpty();

    assertThat(named(report, "duration_gauge").stream().map(metric -> metric.labels().get("name")).toList())
        .containsExactly("random-int", "steps", "workflow").inOrder(); // in the order the nodes ended
    assertThat(named(report, "duration_gauge").stream().allMatch(MetricReport::realtime)).isTrue();

    MetricReport drawn = named(report, "random_int_step_histogram").get(0);
    assertThat(drawn.value()).isIn(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0));

    MetricReport flakey = named(report, "result_counter").get(0);
    assertThat(flakey.labels().get("status")).isEqualTo(report.steps().get("flakey").phase().argoName());
    assertThat(flakey.value()).isEqualTo(1.0);
  }
}
