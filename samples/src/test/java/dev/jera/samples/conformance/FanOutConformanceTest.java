package dev.jera.samples.conformance;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.samples.conformance.Conformance.assertNode;
import static dev.jera.samples.conformance.Conformance.displayNames;
import static dev.jera.samples.conformance.Conformance.root;

import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import dev.jera.local.NodeReport;
import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import dev.jera.local.StepReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fan-outs and fan-ins as Argo v4.1.2's controller runs them, in this JVM and with a JVM per step. */
class FanOutConformanceTest {
  private static final String OMITTED = "omitted: depends condition not met";
  private static final String EMPTY = "Skipped, empty params";
  @TempDir Path home;

  @Test
  void aStepFansOutOverAWorkflowParametersList() {
    // withParam "{{workflow.parameters.os-list}}": one child per element, {{item.image}} each element's field.
    LocalReport report = run(ParameterFanOut.class, false).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.results("image", String.class)).containsExactly("DEBIAN", "ALPINE").inOrder();
    // A list given at submission replaces the default's.
    LocalReport given = run(ParameterFanOut.class, false).param("os-list", "[{\"image\": \"ubuntu\"}]").run();
    assertThat(given.results("image", String.class)).containsExactly("UBUNTU");
  }

  private LocalRun run(Class<?> workflow, boolean isolated) {
    return LocalRun.of(workflow).isolated(isolated).home(home);
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void aDagTaskOverAnEmptyListIsSkipped(boolean isolated) {
    // test/e2e/functional_test.go TestDAGEmptyParam on functional/dag-empty-param.yaml: Succeeded, three nodes,
    // the task Skipped with "Skipped, empty params" (dag.go:executeDAGTask).
    LocalReport report = run(EmptyDag.class, isolated).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.nodes()).hasSize(3);
    assertNode(report, "sleep", NodeType.SKIPPED, Phase.SKIPPED, EMPTY);
    assertThat(report.step("sleep").children()).isEmpty();
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void aStepOverAnEmptyListIsSkipped(boolean isolated) {
    // TestLoopEmptyParam on functional/loops-empty-param.yaml: Succeeded, five nodes (the steps node, two step
    // groups, generate, and sleep Skipped with "Skipped, empty params", steps.go:expandStepGroup).
    LocalReport report = run(EmptySteps.class, isolated).run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(displayNames(report)).containsExactly(report.report().workflowName(), "[0]", "generate", "[1]", "sleep")
        .inOrder();
    assertNode(report, "sleep", NodeType.SKIPPED, Phase.SKIPPED, EMPTY);
    assertNode(report, "[1]", NodeType.STEP_GROUP, Phase.SUCCEEDED, null);
    assertThat(root(report).type()).isEqualTo(NodeType.STEPS);
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void whatAnEmptyFanOutLeavesForDepends(boolean isolated) {
    LocalReport report = run(FanOuts.class, isolated).run();

    // Skipped: x.Skipped holds, x.Succeeded does not; AnySucceeded and AllFailed are false for a node that is
    // not a task group (dag.go:evaluateDependsLogic).
    assertNode(report, "price", NodeType.SKIPPED, Phase.SKIPPED, EMPTY);
    assertNode(report, "if-none", NodeType.POD, Phase.SUCCEEDED, null);
    assertNode(report, "if-some", NodeType.SKIPPED, Phase.OMITTED, OMITTED);
    assertNode(report, "invoice", NodeType.SKIPPED, Phase.OMITTED, OMITTED);
    assertNode(report, "all-failed", NodeType.SKIPPED, Phase.OMITTED, OMITTED);
    assertThat(displayNames(report)).doesNotContain("price(0:");
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void aFanInListsTheSucceededItemsInTheirOrder(boolean isolated) {
    LocalReport report = run(FanOuts.class, isolated).param("orders", "[\"aaa\", \"b\", \"bad(1)\", \"cc\"]").run();

    // A task group (dag.go: "we still need to create a node for A") whose items are named task(i:item) with the
    // parentheses of the item dropped (generateNodeName); it takes the phase of its failed item, no message.
    NodeReport price = assertNode(report, "price", NodeType.TASK_GROUP, Phase.FAILED, null);
    assertThat(price.children()).hasSize(4);
    assertNode(report, "price(2:bad1)", NodeType.POD, Phase.FAILED, "main: Error (exit code 1)");
    assertNode(report, "price(0:aaa)", NodeType.POD, Phase.SUCCEEDED, null);
    // processAggregateNodeOutputs: the succeeded items' results, each parsed as JSON, sorted by loop index
    // whatever order they finished in (here aaa, cc, b).
    List<FanOuts.Priced> invoice = report.result("invoice");
    assertThat(invoice).containsExactly(new FanOuts.Priced("aaa", 300), new FanOuts.Priced("b", 100),
        new FanOuts.Priced("cc", 200)).inOrder();
    assertThat(report.step("price").result())
        .isEqualTo("[{\"id\":\"aaa\",\"cents\":300},{\"id\":\"b\",\"cents\":100},{\"id\":\"cc\",\"cents\":200}]");
    // price.AnySucceeded holds, price.AllFailed and price.Succeeded do not.
    assertNode(report, "invoice", NodeType.POD, Phase.SUCCEEDED, null);
    assertNode(report, "all-failed", NodeType.SKIPPED, Phase.OMITTED, OMITTED);
    assertNode(report, "if-some", NodeType.SKIPPED, Phase.OMITTED, OMITTED);
    assertNode(report, "if-none", NodeType.SKIPPED, Phase.OMITTED, OMITTED);
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void allFailedAndAWhenPerItem(boolean isolated) {
    LocalReport report = run(FanOuts.class, isolated).run();

    // docs/enhanced-depends-logic.md: AllFailed when every item failed; AnySucceeded is then false.
    assertNode(report, "broken", NodeType.TASK_GROUP, Phase.FAILED, null);
    assertNode(report, "all-broken", NodeType.POD, Phase.SUCCEEDED, null);
    assertNode(report, "any-broken", NodeType.SKIPPED, Phase.OMITTED, OMITTED);
    // A when per item: each item whose when is false is a Skipped node of the group (dag.go:executeDAGTask);
    // the group succeeds, and its result holds the items that ran.
    NodeReport even = assertNode(report, "even", NodeType.TASK_GROUP, Phase.SUCCEEDED, null);
    assertThat(even.children()).hasSize(4);
    assertNode(report, "even(0:1)", NodeType.SKIPPED, Phase.SKIPPED, "when '1 % 2 == 0' evaluated false");
    assertNode(report, "even(1:2)", NodeType.POD, Phase.SUCCEEDED, null);
    assertThat(report.step("even").result()).isEqualTo("[2,4]");
    // assessDAGPhase: any-broken is a leaf omitted on broken's failed branch, so the DAG fails.
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void aFanInOfTextThatIsNotJsonErrorsTheWorkflow(boolean isolated) {
    // operator.go:processAggregateNodeOutputs unmarshals each captured item result as JSON; dag.go ends the task
    // that needs the list in Error with Go's message, executeDAG the DAG, and operate the workflow ("error in
    // entry template execution"), returning before the exit handler.
    LocalReport report = run(FanInOfText.class, isolated).run();

    assertNode(report, "greet", NodeType.TASK_GROUP, Phase.SUCCEEDED, null);
    assertThat(report.step("greet").children().get(0).result()).isEqualTo("hello a");
    StepReport count = report.step("count");
    assertThat(count.phase()).isEqualTo(Phase.ERROR);
    assertThat(count.message()).isEqualTo("invalid character 'h' looking for beginning of value");
    assertThat(root(report).phase()).isEqualTo(Phase.ERROR);
    assertThat(report.phase()).isEqualTo(Phase.ERROR);
    assertThat(report.report().message())
        .isEqualTo("error in entry template execution: invalid character 'h' looking for beginning of value");
    assertThat(report.step("announce").hasNode()).isFalse();
  }
}
