package dev.jera.cli.cluster;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jera.cli.cluster.testing.Jera;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code logs}, {@code get} and {@code list}: reading what ran on the cluster. */
class InspectTest extends ClusterTestBase {

  @Test
  void logsOfEveryStepArePrefixedByTheStep() {
    String name = ran();

    Jera.Result result = jera.run("logs", name);

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    List<String> lines = result.out().lines().collect(Collectors.toList());
    assertThat(lines).contains("numbers: hello from numbers");
    assertThat(lines).contains("square(1:2): bye from square(1:2)");
    assertThat(lines).contains("report: hello from " + name + ".onExit");
    assertThat(lines).hasSize(2 * server.logs().size());
  }

  @Test
  void logsOfOneStepAskForItsPodsByName() {
    String name = ran();

    Jera.Result square = jera.run("logs", name, "square");

    assertWithMessage(square.toString()).that(square.code()).isEqualTo(0);
    assertThat(square.out().lines().collect(Collectors.toList())).containsExactly(
        "square(0:1): hello from square(0:1)", "square(0:1): bye from square(0:1)",
        "square(1:2): hello from square(1:2)", "square(1:2): bye from square(1:2)").inOrder();
    List<String> pods = server.received().stream().map(r -> r.target()).filter(t -> t.contains("/log?"))
        .collect(Collectors.toList());
    // The pod names computed from the nodes are those the controller gave its pods.
    assertThat(pods).hasSize(2);
    assertThat(server.logs().keySet().stream().anyMatch(pod -> pods.get(0).contains("podName=" + pod))).isTrue();

    Jera.Result item = jera.run("logs", name, "square(1:2)");
    assertThat(item.out()).isEqualTo("hello from square(1:2)\nbye from square(1:2)\n");

    Jera.Result unknown = jera.run("logs", name, "sqare");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("workflow '" + name + "' has no step 'sqare'; did you mean 'square'?");
  }

  @Test
  void getPrintsTheTableOfALocalRunOrTheJson() throws IOException {
    String name = ran();

    Jera.Result text = jera.run("get", name);
    Jera.Result json = jera.run("get", name, "-o", "json");

    assertWithMessage(text.toString()).that(text.code()).isEqualTo(0);
    assertThat(text.out()).startsWith("STEP           PHASE      ATTEMPTS  DURATION  RESULT\nnumbers        Succeeded");
    assertThat(new ObjectMapper().readTree(json.out()).path("metadata").path("name").asText()).isEqualTo(name);
  }

  @Test
  void getOfARunningWorkflowShowsEachStepSoFar() throws InterruptedException {
    applied();
    server.pause(true);
    String name = jera.run("submit", "pipeline").out().strip().split(" ")[1];
    server.pause(false);
    while (!server.resource("Workflow", "argo", name).path("status").path("nodes").toString().contains("square(0:1)")) {
      Thread.sleep(2);
    }
    server.pause(true);

    Jera.Result result = jera.run("get", name);

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    List<String> lines = result.out().lines().collect(Collectors.toList());
    assertThat(lines.get(0)).matches("STEP +PHASE +ATTEMPTS +DURATION +MESSAGE");
    assertThat(lines.get(1)).matches("numbers +Succeeded +1 +1.00s");
    assertThat(lines.get(2)).matches("square +Running +1 +\\S+");
    assertThat(lines.get(3)).matches("  square\\(0:1\\) +Running +1 +\\S+");
    assertThat(result.out()).containsMatch("\n" + name + " Running for ");
    server.pause(false);
  }

  @Test
  void listShowsTheNamespacesWorkflowsOrThoseOfOneCompiledWorkflow() {
    String pipeline = ran();
    String chores = jera.run("submit", "chores", "-p", "rooms=2", "--watch").out().lines().findFirst().orElseThrow()
        .split(" ")[1];

    Jera.Result all = jera.run("list", "--cluster");
    Jera.Result one = jera.run("list", "--cluster", "chores");

    assertWithMessage(all.toString()).that(all.code()).isEqualTo(0);
    assertThat(all.out()).startsWith("NAME ");
    assertThat(all.out()).contains(pipeline);
    assertThat(all.out()).contains(chores);
    assertThat(one.out()).contains(chores);
    assertThat(one.out()).doesNotContain(pipeline);
    assertThat(server.received().get(server.received().size() - 1).target())
        .contains("listOptions.labelSelector=jera.dev%2Fworkflow%3Dchores");
    assertThat(jera.run("list", "nightly", "--cluster").err()).contains("no workflows in namespace 'argo' with labels jera.dev/workflow=nightly");
  }

  /** Applies, submits pipeline, waits for its end; its name. */
  private String ran() {
    applied();
    Jera.Result run = jera.run("submit", "pipeline", "--watch");
    assertWithMessage(run.toString()).that(run.code()).isEqualTo(0);
    return run.out().lines().findFirst().orElseThrow().split(" ")[1];
  }
}
