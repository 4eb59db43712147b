package dev.jera.samples.graph;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import dev.jera.local.NodeReport;
import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import dev.jera.local.StepReport;
import dev.jera.samples.argo.DagNested;
import dev.jera.samples.argo.ExitHandlers;
import dev.jera.samples.argo.FibonacciSeqConditionalParam;
import dev.jera.samples.argo.RecursiveForLoop;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nested graphs on the local executor, as Argo's controller runs them: a graph node per call, its steps under it. */
class NestedGraphRunTest {
  @TempDir Path home;

  @Test
  void eachCallOfAGraphIsAGraphNodeWithItsOwnSteps() {
    LocalReport report = LocalRun.of(DagNested.class).home(home).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    List<NodeReport> dags = report.nodes().stream().filter(node -> node.type() == NodeType.DAG).toList();
    // The workflow's diamond, and one nested-diamond per task of it.
    assertThat(dags).hasSize(5);
    assertThat(dags.stream().filter(node -> node.templateName().equals("nested-diamond")).map(NodeReport::displayName).toList())
        .containsExactly("A", "B", "C", "D");
    List<NodeReport> echoes = report.nodes().stream().filter(node -> node.type() == NodeType.POD).toList();
    assertThat(echoes).hasSize(16);
    String workflow = report.report().workflowName();
    assertThat(report.nodes().stream().map(NodeReport::name).toList()).contains(workflow + ".D.B");
    // The step that ran a graph reports the graph's steps.
    StepReport d = report.step("D");
    assertThat(d.children().stream().map(StepReport::name).toList()).containsExactly("A", "B", "C", "D");
  }

  @Test
  void aGraphHandsItsInputFileToItsSteps() {
    LocalReport report = LocalRun.of(RelayedFile.class).home(home).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    StepReport relay = report.step("relay");
    assertThat(relay.children().stream().map(StepReport::name).toList()).containsExactly("read");
    assertThat(relay.children().get(0).result()).isEqualTo("relayed through a graph");
  }

  @Test
  void aMemoizedGraphOutputIsItsExpressionOverItsStepsAndInputs() throws java.io.IOException {
    // fibonacci(5) by recursion through two graphs; memoization is Argo's cache, the values are the same without it
    LocalReport report = LocalRun.of(FibonacciSeqConditionalParam.class).home(home).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    String log = java.nio.file.Files.readString(report.folder().resolve("steps").resolve("printresult").resolve("log"));
    assertThat(log.strip()).isEqualTo("5");
  }

  @Test
  void aGraphRecursesUntilItsConditionStopsIt() {
    LocalReport report = LocalRun.of(RecursiveForLoop.class).home(home).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    List<String> counts = report.nodes().stream()
        .filter(node -> node.templateName().equals("counter-iteration"))
        .map(NodeReport::result)
        .toList();
    assertThat(counts).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    // The last turn's continue was skipped: 10 < 10 is false.
    assertThat(report.nodes().stream().filter(node -> node.type() == NodeType.STEPS).count()).isEqualTo(11);
  }

  @Test
  void endlessRecursionStopsAtArgosStackDepth() {
    LocalReport report = LocalRun.of(EndlessRecursion.class).home(home).run();

    assertThat(report.phase()).isAnyOf(Phase.FAILED, Phase.ERROR);
    List<NodeReport> stopped = report.nodes().stream()
        .filter(node -> "Maximum recursion depth exceeded. See https://argo-workflows.readthedocs.io/en/latest/scaling/#maximum-recursion-depth"
            .equals(node.message()))
        .toList();
    assertThat(stopped).hasSize(1);
    assertThat(stopped.get(0).phase()).isEqualTo(Phase.ERROR);
    // The entry graph is at depth 1, each call one deeper; the call at Argo's limit of 100 is that Error node.
    assertThat(report.nodes().stream().filter(node -> node.type() == NodeType.DAG).count()).isEqualTo(100);
  }

  @Test
  void anExitHandlerThatIsAGraphRunsItsSteps() {
    LocalReport report = LocalRun.of(ExitHandlers.class).home(home).run();

    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    StepReport exit = report.step("exit-handler");
    assertThat(exit.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(exit.children().stream().filter(step -> step.phase() == Phase.SUCCEEDED).map(StepReport::name).toList())
        .containsExactly("notify", "cry");
  }
}
