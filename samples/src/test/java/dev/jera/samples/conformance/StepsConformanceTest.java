package dev.jera.samples.conformance;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.samples.conformance.Conformance.assertNode;
import static dev.jera.samples.conformance.Conformance.displayNames;
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
 * A steps template's nodes as Argo v4.1.2's controller makes them ({@code workflow/controller/steps.go}), in
 * this JVM and with a JVM per step: {@link StepsGroups}.
 */
class StepsConformanceTest {
  @TempDir Path home;

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void groupsAndTheirSteps(boolean isolated) {
    LocalReport report = LocalRun.of(StepsGroups.class).isolated(isolated).home(home).run();
    String workflow = report.report().workflowName();

    // The steps node, then a StepGroup node name[i] per group (display name [i]) and its steps name[i].step;
    // a looping step has no node of its own: its items hang from the group (executeSteps, expandStepGroup).
    assertThat(displayNames(report)).containsExactly(workflow, "[0]", "first", "[1]", "each(0:1)", "each(1:2)",
        "each(2:3)", "[2]", "last").inOrder();
    assertThat(root(report).type()).isEqualTo(NodeType.STEPS);
    assertNode(report, "[0]", NodeType.STEP_GROUP, Phase.SUCCEEDED, null);
    assertThat(report.node("[1]").name()).isEqualTo(workflow + "[1]");
    assertThat(report.node("each(0:1)").name()).isEqualTo(workflow + "[1].each(0:1)");
    // Links: the steps node leads to [0], [0] to its steps, each step of a group to the next group.
    assertThat(root(report).children()).containsExactly(report.node("[0]").id());
    assertThat(report.node("[0]").children()).containsExactly(report.node("first").id());
    assertThat(report.node("first").children()).containsExactly(report.node("[1]").id());
    assertThat(report.node("[1]").children()).isEqualTo(ids(report, "each(0:1)", "each(1:2)", "each(2:3)"));
    assertThat(report.node("each(1:2)").children()).containsExactly(report.node("[2]").id());
    // A when per item (the item's when is false: a Skipped node), and the looping step's aggregated result and
    // status, which is the step group's (buildLocalScope with the step group node).
    assertNode(report, "each(1:2)", NodeType.SKIPPED, Phase.SKIPPED, "when '2 != 2' evaluated false");
    assertThat(report.<String>result("last")).isEqualTo("[10, 30] Succeeded");
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void aFailedGroupEndsTheStepsAndLaterGroupsHaveNoNodes(boolean isolated) {
    LocalReport report = LocalRun.of(StepsGroups.class).isolated(isolated).home(home).param("fail", "true").run();
    String workflow = report.report().workflowName();

    // executeStepGroup: "child '<node id>' failed"; executeSteps fails the steps node with the group's message, and
    // operate the workflow (test/e2e/cli_test.go: "child 'node-suspend-.*' failed"). No node for later groups.
    NodeReport first = assertNode(report, "first", NodeType.POD, Phase.FAILED, "main: Error (exit code 1)");
    String message = "child '" + first.id() + "' failed";
    assertNode(report, "[0]", NodeType.STEP_GROUP, Phase.FAILED, message);
    assertThat(root(report).phase()).isEqualTo(Phase.FAILED);
    assertThat(root(report).message()).isEqualTo(message);
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.report().message()).isEqualTo(message);
    assertThat(displayNames(report)).containsExactly(workflow, "[0]", "first").inOrder();
    // Steps that never ran have no node: their reports say so with no phase, not Omitted.
    for (String step : new String[] {"each", "last"}) {
      assertThat(report.step(step).hasNode()).isFalse();
      assertThat(report.step(step).phase()).isNull();
    }
  }
}
