package dev.jera.samples.conformance;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.samples.conformance.Conformance.assertNode;
import static dev.jera.samples.conformance.Conformance.ids;
import static dev.jera.samples.conformance.Conformance.root;

import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import dev.jera.local.NodeReport;
import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A DAG's nodes as Argo v4.1.2's controller makes them ({@code workflow/controller/dag.go}), run in this
 * JVM and with a JVM per step: {@link DagOutcomes}.
 */
class DagConformanceTest {
  private static final String OMITTED = "omitted: depends condition not met";
  @TempDir Path home;

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void outcomes(boolean isolated) {
    LocalReport report = LocalRun.of(DagOutcomes.class).isolated(isolated).home(home).run();

    // The workflow's own node: type DAG, id and name the workflow's (Workflow.NodeID); a failed DAG has no
    // message (executeDAG marks it with assessDAGPhase's phase only), so neither has the workflow (operate).
    NodeReport dag = root(report);
    assertThat(dag.type()).isEqualTo(NodeType.DAG);
    assertThat(dag.id()).isEqualTo(report.report().workflowName());
    assertThat(dag.templateName()).isEqualTo("main");
    assertThat(dag.phase()).isEqualTo(Phase.FAILED);
    assertThat(dag.message()).isNull();
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.report().message()).isNull();

    // One pod node per task, named <workflow>.<task> (dagContext.taskNodeName). A main container that exits
    // non-zero with no termination message is "main: Error (exit code 1)" (operator.go:inferFailedReason;
    // test/e2e/cli_test.go asserts exactly this); the exception is Jera's detail, for people.
    assertNode(report, "a", NodeType.POD, Phase.SUCCEEDED, null);
    assertNode(report, "b", NodeType.POD, Phase.SUCCEEDED, null);
    NodeReport c = assertNode(report, "c", NodeType.POD, Phase.FAILED, "main: Error (exit code 1)");
    assertThat(c.exitCode()).isEqualTo(1);
    assertThat(c.detail()).contains("c fails on purpose");
    // A task whose depends is false is a Skipped-type node, Omitted (dag.go:executeDAGTask).
    assertNode(report, "d", NodeType.SKIPPED, Phase.OMITTED, OMITTED);

    // Links (connectDependencies): a root task hangs from the DAG node, a task from its dependencies' nodes.
    assertThat(dag.children()).containsAtLeastElementsIn(ids(report, "a", "flip"));
    assertThat(report.node("a").children()).containsAtLeastElementsIn(ids(report, "b", "c"));
    assertThat(report.node("b").children()).contains(report.node("d").id());
    assertThat(report.node("c").children()).contains(report.node("d").id());
    assertThat(report.node("d").boundaryId()).isEqualTo(dag.id());

    // Enhanced depends on a failed task: test/e2e/functional/dag-depends.yaml and TestDAGDepends.
    assertNode(report, "should-execute-1", NodeType.POD, Phase.SUCCEEDED, null);
    assertNode(report, "should-execute-2", NodeType.POD, Phase.SUCCEEDED, null);
    assertNode(report, "should-not-execute", NodeType.SKIPPED, Phase.OMITTED, OMITTED);
    assertNode(report, "should-execute-3", NodeType.POD, Phase.SUCCEEDED, null);
    // A failure handled by depends c.Failed runs the handler (docs/enhanced-depends-logic.md).
    assertNode(report, "handled", NodeType.POD, Phase.SUCCEEDED, null);

    // when false: a Skipped-type node, Skipped, "when '<condition as substituted>' evaluated false"; a bare
    // depends holds for a Skipped task (Succeeded || Skipped || Daemoned), x.Succeeded does not
    // (dag.go:executeDAGTask, docs/enhanced-depends-logic.md).
    assertNode(report, "heads", NodeType.SKIPPED, Phase.SKIPPED, "when 'tails == heads' evaluated false");
    assertNode(report, "after-heads", NodeType.POD, Phase.SUCCEEDED, null);
    assertNode(report, "only-if-heads", NodeType.SKIPPED, Phase.OMITTED, OMITTED);

    // Which nodes exist: exactly the DAG node and one per task, none for attempts without a retryStrategy.
    assertThat(report.nodes()).hasSize(1 + 13);
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void theDagSucceedsWhenNoLeafEndsOnAFailedBranch(boolean isolated) {
    // assessDAGPhase: the DAG's phase is that of its leaves' branches; d is the leaf on c's failed branch.
    // With c succeeding, every leaf succeeds or is omitted on a succeeded branch.
    LocalReport report = LocalRun.of(DagOutcomes.class).isolated(isolated).home(home).param("coin", "heads")
        .stub("c", 2).run();

    assertThat(report.step("d").phase()).isEqualTo(Phase.SUCCEEDED);
    assertNode(report, "heads", NodeType.POD, Phase.SUCCEEDED, null);
    assertNode(report, "handled", NodeType.SKIPPED, Phase.OMITTED, OMITTED);
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
  }
}
