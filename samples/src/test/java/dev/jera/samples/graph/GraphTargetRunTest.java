package dev.jera.samples.graph;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import dev.jera.local.Phase;
import dev.jera.samples.argo.DagTargets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A DAG's target on the local executor, as Argo runs it: the targets and what they depend on, no other task. */
class GraphTargetRunTest {
  @TempDir Path home;

  @Test
  void onlyTheTargetAndItsDependenciesRun() {
    LocalReport report = LocalRun.of(DagTargets.class).home(home).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("A").hasNode()).isTrue();
    assertThat(report.step("C").hasNode()).isTrue();
    assertThat(report.step("E").hasNode()).isTrue();
    assertThat(report.step("B").hasNode()).isFalse();
    assertThat(report.step("D").hasNode()).isFalse();
  }

  @Test
  void severalTargetsRunWithAllTheyDependOn() {
    LocalReport report = LocalRun.of(DagTargets.class).home(home).param("target", "D E").run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    for (String step : new String[] {"A", "B", "C", "D", "E"}) {
      assertThat(report.step(step).hasNode()).isTrue();
    }
  }

  @Test
  void aTargetThatIsNoTaskEndsTheRunInError() {
    LocalReport report = LocalRun.of(DagTargets.class).home(home).param("target", "F").run();

    assertThat(report.phase()).isEqualTo(Phase.ERROR);
    assertThat(report.report().message()).contains("target F does not exist");
    assertThat(report.step("A").hasNode()).isFalse();
  }
}
