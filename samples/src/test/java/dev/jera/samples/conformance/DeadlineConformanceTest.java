package dev.jera.samples.conformance;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.samples.conformance.Conformance.assertNode;
import static dev.jera.samples.conformance.Conformance.root;

import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import dev.jera.local.NodeReport;
import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Time limits and parallelism as Argo v4.1.2 applies them, in this JVM and with a JVM per step. */
class DeadlineConformanceTest {
  private static final String STEP_EXCEEDED = "Step exceeded its deadline";
  @TempDir Path home;

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void timeoutsAndTheWorkflowsDeadline(boolean isolated) {
    LocalReport report = LocalRun.of(Deadlines.class).isolated(isolated).home(home).run();

    // A template's timeout becomes the pod's activeDeadlineSeconds (operator.go:checkTemplateTimeouts,
    // workflowpod.go); Kubernetes ends the pod with this message (test/e2e/workflow_test.go).
    assertNode(report, "timed-out", NodeType.POD, Phase.FAILED, "Pod was active on the node longer than the specified deadline");
    // Past activeDeadlineSeconds a running pod is stopped (exec_control.go:applyExecutionControl) ...
    NodeReport slow = assertNode(report, "slow", NodeType.POD, Phase.FAILED, STEP_EXCEEDED);
    assertThat(report.step("slow").attempts()).isEqualTo(1);
    // ... and a task that becomes ready after it gets a node whose pod is never created, failed the same way
    // (workflowpod.go creates no pod past the deadline; failNodesWithoutCreatedPodsAfterDeadlineOrShutdown).
    assertNode(report, "late", NodeType.POD, Phase.FAILED, STEP_EXCEEDED);
    assertThat(report.step("late").attempts()).isEqualTo(0);
    assertThat(slow.finishedAt()).isLessThan(report.report().startedAt().plusSeconds(30));
    // The DAG fails with no message; the exit handler still runs, past the deadline, and sees Failed.
    assertThat(root(report).message()).isNull();
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.<String>result("done")).isEqualTo("Failed");
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void parallelismBoundsThePodsRunningAtOnce(boolean isolated) {
    // spec.parallelism (operator.go:checkParallelism): a pod node exists only once it may run.
    LocalReport report = LocalRun.of(Parallelism.class).isolated(isolated).home(home).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    List<NodeReport> pods = new ArrayList<>();
    report.nodes().forEach(node -> {
      if (node.type() == NodeType.POD) {
        pods.add(node);
      }
    });
    assertThat(pods).hasSize(5);
    int most = 0;
    for (NodeReport pod : pods) {
      Instant at = pod.startedAt();
      int running = 0;
      for (NodeReport other : pods) {
        if (!other.startedAt().isAfter(at) && other.finishedAt().isAfter(at)) {
          running++;
        }
      }
      most = Math.max(most, running);
    }
    assertThat(most).isEqualTo(2);
    assertThat(report.<List<Integer>>result("work")).containsExactly(1, 2, 3, 4, 5).inOrder();
  }
}
