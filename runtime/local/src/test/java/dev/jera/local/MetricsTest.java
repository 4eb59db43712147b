package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.scriptWith;
import static dev.jera.local.TestRuns.workflow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custom metrics: a local run records what Argo's controller would emit when each node and the workflow end
 * ({@code computeMetrics}), with the values of {@code prepareMetricScope}, and exports nothing.
 */
class MetricsTest {
  @TempDir Path home;

  /**
   * A DAG: {@code ok} calls {@code work} (tag {@code a}, result {@code 7}), {@code bad} calls {@code fail}, which
   * throws, and {@code skipped} never runs; each template and the workflow have metrics. The DAG's output reads
   * {@code ok}'s result, so Argo captures it ({@code hasOutputResultRef}) and {@code {{outputs.result}}} resolves.
   */
  private static final String DAG = workflow("""
      entrypoint: main
      metrics:
        prometheus:
        - name: took
          help: How long the workflow took
          labels:
          - key: status
            value: "{{workflow.status}}"
          gauge:
            realtime: false
            value: "{{workflow.duration}}"
        - name: wins
          help: Workflows that succeeded
          when: "{{workflow.status}} == Succeeded"
          counter:
            value: "1"
        - name: live
          help: The workflow's duration in real time
          gauge:
            realtime: true
            value: "{{workflow.duration}}"
      templates:
      - name: main
        outputs:
          parameters:
          - name: drawn
            valueFrom:
              parameter: "{{tasks.ok.outputs.result}}"
        dag:
          tasks:
          - name: ok
            template: work
            arguments:
              parameters:
              - name: tag
                value: a
          - name: bad
            template: fail
          - name: skipped
            template: work
            when: "1 == 2"
            arguments:
              parameters:
              - name: tag
                value: b
      """,
      scriptWith("work", """
          metrics:
            prometheus:
            - name: runs
              help: Runs by tag and status
              labels:
              - key: tag
                value: "{{inputs.parameters.tag}}"
              - key: status
                value: "{{status}}"
              counter:
                value: "1"
            - name: drawn
              help: The number drawn
              when: "{{status}} == Succeeded"
              histogram:
                buckets: [5, 10]
                value: "{{outputs.result}}"
            - name: work_took
              help: How long work took
              gauge:
                realtime: true
                value: "{{duration}}"
            - name: missing
              help: An output work does not have
              gauge:
                realtime: false
                value: "{{outputs.parameters.nope}}"
          """, "tag"),
      scriptWith("fail", """
          metrics:
            prometheus:
            - name: fail_wins
              help: Never, as fail fails
              when: "{{status}} == Succeeded"
              counter:
                value: "1"
            - name: fail_runs
              help: Runs of fail by status and exit code
              labels:
              - key: status
                value: "{{status}}"
              counter:
                value: "1"
          """));

  private static RunReport run(Path home) {
    ScriptedRunner runner = new ScriptedRunner()
        .step("work", in -> {
          Thread.sleep(50);
          return "7";
        })
        .step("fail", in -> {
          throw new IllegalStateException("no luck");
        });
    return TestRuns.run(DAG, runner, home);
  }

  private static List<MetricReport> named(RunReport report, String name) {
    return report.metrics().stream().filter(metric -> metric.name().equals(name)).toList();
  }

  @Test
  void eachNodeThatRanEmitsItsTemplatesMetricsWithItsOwnValues() {
    RunReport report = run(home);
    assertThat(report.phase()).isEqualTo(Phase.FAILED);

    List<MetricReport> runs = named(report, "runs");
    assertThat(runs).hasSize(1); // skipped never ran its template
    MetricReport ok = runs.get(0);
    assertThat(ok.kind()).isEqualTo("counter");
    assertThat(ok.labels()).containsExactly("tag", "a", "status", "Succeeded").inOrder();
    assertThat(ok.value()).isEqualTo(1.0);
    assertThat(ok.template()).isEqualTo("work");
    assertThat(ok.node()).isEqualTo(report.node("ok").name());

    MetricReport drawn = named(report, "drawn").get(0);
    assertThat(drawn.kind()).isEqualTo("histogram");
    assertThat(drawn.value()).isEqualTo(7.0);

    MetricReport took = named(report, "work_took").get(0);
    assertThat(took.realtime()).isTrue();
    NodeReport node = report.node("ok");
    double seconds = Duration.between(node.startedAt(), node.finishedAt()).toNanos() / 1e9;
    assertThat(took.value()).isWithin(0.001).of(seconds);
    assertThat(took.value()).isAtLeast(0.05);

    assertThat(named(report, "fail_runs").get(0).labels()).containsExactly("status", "Failed");
  }

  @Test
  void aMetricWhoseWhenIsFalseIsNotRecorded() {
    RunReport report = run(home);
    assertThat(named(report, "fail_wins")).isEmpty();
    assertThat(named(report, "wins")).isEmpty(); // the workflow Failed
  }

  @Test
  void theWorkflowsMetricsSeeItsOutcomeAndDuration() {
    RunReport report = run(home);
    MetricReport took = named(report, "took").get(0);
    assertThat(took.template()).isNull();
    assertThat(took.labels()).isEqualTo(Map.of("status", "Failed"));
    double seconds = Duration.between(report.startedAt(), report.finishedAt()).toNanos() / 1e9;
    assertThat(took.value()).isWithin(0.001).of(seconds);
    assertThat(named(report, "live").get(0).value()).isWithin(0.001).of(seconds);
    // The workflow's come last, once it ended.
    assertThat(report.metrics().get(report.metrics().size() - 1).name()).isEqualTo("live");
  }

  @Test
  void aMetricArgoCouldNotEmitIsAnErrorNotAValue() throws Exception {
    RunReport report = run(home);
    assertThat(named(report, "missing")).isEmpty();
    assertThat(report.metricErrors())
        .containsExactly("unable to substitute parameters for metric 'missing': failed to resolve {{outputs.parameters.nope}}");
    String summary = Files.readString(report.folder().resolve("summary.json"), StandardCharsets.UTF_8);
    assertThat(summary).contains("\"metrics\": [");
    assertThat(summary).contains("\"name\": \"runs\"");
    assertThat(summary).contains("\"metricErrors\": [ \"unable to substitute parameters for metric 'missing'");
  }
}
