package dev.jera.cli.cluster;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.jera.cli.cluster.testing.FakeArgoServer;
import dev.jera.cli.cluster.testing.Jera;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LintTest extends ClusterTestBase {
  @Test
  void everyManifestGoesThroughItsKindsLintEndpoint() {
    applied();

    Jera.Result result = jera.run("lint");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.out().lines().collect(Collectors.toList())).containsExactly(
        "ok      Workflow 'chores'",
        "ok      WorkflowTemplate 'greeting'",
        "ok      CronWorkflow 'nightly'",
        "ok      Workflow 'pipeline'",
        "ok      Workflow 'runs-greeting'",
        "ok      ClusterWorkflowTemplate 'shared-tools'").inOrder();
    assertThat(result.err()).contains("linted 6 manifests in namespace 'argo'");
    assertThat(lintTargets()).containsExactly(
        "/api/v1/workflows/argo/lint", "/api/v1/workflow-templates/argo/lint", "/api/v1/cron-workflows/argo/lint",
        "/api/v1/workflows/argo/lint", "/api/v1/workflows/argo/lint", "/api/v1/cluster-workflow-templates/lint").inOrder();
    assertThat(server.resources("Workflow", "argo")).isEmpty();
  }

  @Test
  void errorsAreGivenPerManifestAndTemplatesNotAppliedYetAreNamed() {
    server.lintError("chores", "templates.main.steps[1].mop: templates.mop.script.image is required");

    Jera.Result result = jera.run("lint");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).contains("error   Workflow 'chores': templates.main.steps[1].mop: templates.mop.script.image"
        + " is required\n");
    assertThat(result.out()).contains("error   Workflow 'pipeline': templates.main.tasks.greet: workflowtemplates.argoproj.io"
        + " \"greeting\" not found (WorkflowTemplate 'greeting' must be on the cluster first: jera apply)");
    assertThat(result.out()).contains("ok      WorkflowTemplate 'greeting'");
    assertThat(result.err()).contains("4 with problems");
  }

  @Test
  void namedManifestsOnly() {
    Jera.Result result = jera.run("lint", "greeting", "chores");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.out().lines().collect(Collectors.toList()))
        .containsExactly("ok      WorkflowTemplate 'greeting'", "ok      Workflow 'chores'").inOrder();
    assertThat(jera.run("lint", "greting").err()).contains("unknown workflow 'greting'; did you mean 'greeting'?");
  }

  @Test
  void dryRunPrintsTheLintRequests() {
    Jera.Result dry = jera.run("lint", "--dry-run");
    assertThat(server.received()).isEmpty();
    jera.run("lint");

    assertThat(dry.out().lines().collect(Collectors.toList()))
        .isEqualTo(server.received().stream().map(FakeArgoServer.Received::line).collect(Collectors.toList()));
  }

  private List<String> lintTargets() {
    return server.received().stream().map(FakeArgoServer.Received::target).filter(t -> t.endsWith("/lint"))
        .collect(Collectors.toList());
  }
}
