package dev.jera.samples;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import dev.jera.local.Phase;
import dev.jera.local.RunListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the local executor makes of a workflow's metadata and cluster settings: a fixed name is the
 * run's name; annotations, the scheduled time, the priority and labelsFrom labels are variables the
 * steps read; the labels are reported; what only a cluster applies is named in one note.
 */
class ResourceSettingsRunTest {
  @TempDir Path home;

  @Test
  void aFixedNameIsTheRunsNameAndTheMetadataReachesTheSteps() throws IOException {
    LocalReport report = LocalRun.of(ReleaseAudit.class).home(home).param("environment", "production").run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.report().workflowName()).isEqualTo("release-audit");
    assertThat(report.result("describe", String.class))
        .isEqualTo("release-audit: Release audit of production, scheduled 2026-04-29T00:00:00Z, priority 5");
    assertThat(report.report().labels())
        .containsExactly("team", "release", "app.kubernetes.io/version", "0.1.0-SNAPSHOT", "environment", "production")
        .inOrder();
    String summary = Files.readString(report.folder().resolve("summary.json"), StandardCharsets.UTF_8);
    assertThat(summary).contains("\"environment\": \"production\"");
  }

  @Test
  void twoRunsOfAFixedNameKeepTheirOwnRecords() {
    LocalReport first = LocalRun.of(ReleaseAudit.class).home(home).run();
    LocalReport second = LocalRun.of(ReleaseAudit.class).home(home).run();

    assertThat(first.report().workflowName()).isEqualTo(second.report().workflowName());
    assertThat(first.folder()).isNotEqualTo(second.folder());
  }

  @Test
  void aLabelValueKubernetesRefusesEndsTheRunInErrorBeforeAnyStep() {
    LocalReport report = LocalRun.of(ReleaseAudit.class).home(home).param("environment", "pre production").run();

    assertThat(report.phase()).isEqualTo(Phase.ERROR);
    assertThat(report.report().message()).startsWith(
        "invalid label value \"pre production\" for label \"environment\" and expression \"workflow.parameters.environment\": ");
    assertThat(report.step("describe").hasNode()).isFalse();
    assertThat(report.nodes()).isEmpty();
  }

  @Test
  void clusterOnlySettingsAreNamedOnceAndTheStepsRun() {
    List<String> notes = new ArrayList<>();
    LocalReport report = LocalRun.of(TunedPods.class).home(home).listener(new RunListener() {
      @Override
      public void runNote(String note) {
        notes.add(note);
      }
    }).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.result("evaluate", String.class)).isEqualTo("trained on amd64, evaluated");
    assertThat(notes).contains("not applied on this machine, only a cluster does: archiveLogs, dnsConfig,"
        + " podDisruptionBudget, podMetadata, podResources, podSpecPatch, resourceClaims");
  }

  @Test
  void aCronWorkflowWithAStopStrategyRunsOnceNow() {
    LocalReport report = LocalRun.of(NightlyCleanup.class).home(home).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.result("cleanup", String.class)).isEqualTo("cleaned");
    assertThat(report.report().labels()).isEqualTo(Map.of("app.kubernetes.io/version", "0.1.0-SNAPSHOT"));
  }
}
