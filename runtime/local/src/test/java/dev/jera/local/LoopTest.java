package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.script;
import static dev.jera.local.TestRuns.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** withItems and withParam: item rendering, child names, ordered aggregation, empty and broken lists. */
class LoopTest {
  @TempDir Path home;

  private static String fanOut(String producerResultUse) {
    return workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: list
              template: list
            - name: each
              template: each
              depends: list
              arguments:
                parameters:
                - name: item
                  value: "{{item}}"
              withParam: "{{tasks.list.outputs.result}}"
            - name: sum
              template: sum
              depends: each
              arguments:
                parameters:
                - name: all
                  value: "%s"
        """.formatted(producerResultUse), script("list"), script("each", "item"), script("sum", "all"));
  }

  @Test
  void aggregatesSucceededItemsInIndexOrderWhateverOrderTheyFinish() {
    ScriptedRunner runner = new ScriptedRunner()
        .returns("list", "[3, 2, 1, 0]")
        .step("each", in -> {
          int n = Integer.parseInt(in.raw("item"));
          Thread.sleep(n * 15L);
          return "{\"n\": " + n + ", \"text\": \"<" + n + ">\"}";
        })
        .step("sum", in -> in.raw("all"));

    RunReport report = TestRuns.run(fanOut("{{tasks.each.outputs.result}}"), runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    String expected = "[{\"n\":3,\"text\":\"\\u003c3\\u003e\"},{\"n\":2,\"text\":\"\\u003c2\\u003e\"},"
        + "{\"n\":1,\"text\":\"\\u003c1\\u003e\"},{\"n\":0,\"text\":\"\\u003c0\\u003e\"}]";
    assertThat(report.steps().get("each").result()).isEqualTo(expected);
    assertThat(report.steps().get("sum").result()).isEqualTo(expected);
    List<String> names = new ArrayList<>();
    report.steps().get("each").children().forEach(child -> names.add(child.name()));
    assertThat(names).containsExactly("each(0:3)", "each(1:2)", "each(2:1)", "each(3:0)").inOrder();
    // A fan-out is not run itself: its items are, each once.
    assertThat(report.steps().get("each").fansOut()).isTrue();
    assertThat(report.steps().get("each").attempts()).isEqualTo(0);
    report.steps().get("each").children().forEach(child -> assertThat(child.attempts()).isEqualTo(1));
  }

  @Test
  void failedItemsAreLeftOutOfTheAggregateAndTheGroupTakesTheirPhase() {
    ScriptedRunner runner = new ScriptedRunner()
        .returns("list", "[\"a\", \"b\", \"c\"]")
        .step("each", in -> {
          if (in.raw("item").equals("b")) {
            throw new IllegalArgumentException("not b");
          }
          return "\"got " + in.raw("item") + "\"";
        })
        .returns("sum", "never");

    RunReport report = TestRuns.run(fanOut("x"), runner, home);

    StepReport each = report.steps().get("each");
    assertThat(each.phase()).isEqualTo(Phase.FAILED);
    assertThat(each.result()).isEqualTo("[\"got a\",\"got c\"]");
    assertThat(each.children().get(1).phase()).isEqualTo(Phase.FAILED);
    // dag.go: a task group takes the phase of its failed item and has no message of its own.
    assertThat(each.message()).isNull();
    assertThat(report.node("each").type()).isEqualTo(NodeType.TASK_GROUP);
    assertThat(report.steps().get("sum").phase()).isEqualTo(Phase.OMITTED);
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
  }

  @Test
  void aResultThatIsNotJsonCannotBeAggregatedAndErrorsTheWorkflow() {
    // operator.go:processAggregateNodeOutputs parses each item's captured result as JSON; dag.go ends the reader
    // and the DAG in Error, and operate ends the workflow so, without its exit handler.
    ScriptedRunner runner = new ScriptedRunner()
        .returns("list", "[\"a\", \"b\"]")
        .step("each", in -> "hello " + in.raw("item"))
        .step("sum", in -> in.raw("all"));

    RunReport report = TestRuns.run(fanOut("{{tasks.each.outputs.result}}"), runner, home);

    assertThat(report.steps().get("each").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("each").result()).isNull();
    StepReport sum = report.steps().get("sum");
    assertThat(sum.phase()).isEqualTo(Phase.ERROR);
    assertThat(sum.message()).isEqualTo("invalid character 'h' looking for beginning of value");
    assertThat(sum.detail()).contains("each(0:a) printed text that is not JSON");
    assertThat(runner.calls("sum")).isEqualTo(0);
    assertThat(report.phase()).isEqualTo(Phase.ERROR);
    assertThat(report.message()).isEqualTo("error in entry template execution: invalid character 'h' looking for beginning of value");
    assertThat(report.node(report.workflowName()).phase()).isEqualTo(Phase.ERROR);
  }

  @Test
  void aResultNoOneReadsIsNotCapturedSoItNeedsNoJson() {
    // operator.go:includeScriptOutput: only a result the template names is captured, and only those are aggregated.
    ScriptedRunner runner = new ScriptedRunner()
        .returns("list", "[\"a\"]")
        .step("each", in -> "hello " + in.raw("item"))
        .returns("sum", "done");

    RunReport report = TestRuns.run(fanOut("x"), runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("sum").result()).isEqualTo("done");
  }

  @Test
  void aLoopOverNothingIsSkippedWithNoNodesForItems() {
    // dag.go:executeDAGTask: "Skipped, empty params" (test/e2e/functional_test.go TestDAGEmptyParam).
    ScriptedRunner runner = new ScriptedRunner()
        .returns("list", "[]")
        .returns("each", "never")
        .step("sum", in -> "sum of " + in.raw("all"));

    RunReport report = TestRuns.run(fanOut("x"), runner, home);

    StepReport each = report.steps().get("each");
    assertThat(each.phase()).isEqualTo(Phase.SKIPPED);
    assertThat(each.message()).isEqualTo("Skipped, empty params");
    assertThat(each.result()).isNull();
    assertThat(each.children()).isEmpty();
    assertThat(report.node("each").type()).isEqualTo(NodeType.SKIPPED);
    assertThat(report.steps().get("sum").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.nodes()).hasSize(4);
  }

  @Test
  void theResultOfALoopOverNothingNeverResolves() {
    // A skipped task has no outputs: Argo waits for {{tasks.each.outputs.result}} forever (argoproj/argo-workflows#16793).
    ScriptedRunner runner = new ScriptedRunner()
        .returns("list", "[]")
        .step("sum", in -> "sum of " + in.raw("all"));

    RunReport report = TestRuns.run(fanOut("{{tasks.each.outputs.result}}"), runner, home);

    StepReport sum = report.steps().get("sum");
    assertThat(sum.phase()).isEqualTo(Phase.ERROR);
    assertThat(sum.message()).isEqualTo("failed to resolve {{tasks.each.outputs.result}}");
    assertThat(runner.calls("sum")).isEqualTo(0);
  }

  @Test
  void aWithParamThatIsNotAListIsAnError() {
    ScriptedRunner runner = new ScriptedRunner().returns("list", "{\"a\": 1}").returns("each", "x").returns("sum", "s");

    RunReport report = TestRuns.run(fanOut("x"), runner, home);

    StepReport each = report.steps().get("each");
    assertThat(each.phase()).isEqualTo(Phase.ERROR);
    assertThat(each.message()).isEqualTo("withParam value could not be parsed as a JSON list: {\"a\": 1}: "
        + "json: cannot unmarshal object into Go value of type []v1alpha1.Item");
    assertThat(report.phase()).isEqualTo(Phase.ERROR);
  }

  @Test
  void withItemsRendersItemsAsArgoDoes() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: show
              template: show
              arguments:
                parameters:
                - name: text
                  value: "{{item}}"
              withItems:
              - plain
              - 7
              - 2.50
              - true
              - {zeta: 1, alpha: "x(y)"}
              - [1, "two"]
        """, script("show", "text"));
    ScriptedRunner runner = new ScriptedRunner().step("show", in -> in.raw("text"));

    RunReport report = TestRuns.run(manifest, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    List<String> results = new ArrayList<>();
    List<String> names = new ArrayList<>();
    report.steps().get("show").children().forEach(child -> {
      results.add(child.result());
      names.add(child.name());
    });
    assertThat(results).containsExactly(
        "plain", "7", "2.5", "true", "{\"alpha\":\"x(y)\",\"zeta\":1}", "[1,\"two\"]").inOrder();
    assertThat(names).containsExactly(
        "show(0:plain)", "show(1:7)", "show(2:2.5)", "show(3:true)", "show(4:alpha:xy,zeta:1)", "show(5:[1 two])")
        .inOrder();
  }

  @Test
  void aTagThatNoItemResolvesIsAnErrorOfTheTask() {
    // operator.go:processItem substitutes each item without leaving tags unresolved: expandTask fails.
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: show
              template: show
              arguments:
                parameters:
                - name: text
                  value: "{{item}}|{{item.name}}"
              withItems: [plain]
        """, script("show", "text"));

    RunReport report = TestRuns.run(manifest, new ScriptedRunner().step("show", in -> in.raw("text")), home);

    StepReport show = report.steps().get("show");
    assertThat(show.phase()).isEqualTo(Phase.ERROR);
    assertThat(show.message()).isEqualTo("failed to resolve {{item.name}}");
    assertThat(show.children()).isEmpty();
  }

  @Test
  void objectItemsExposeTheirFieldsAndKeepNumbersAsWritten() {
    ScriptedRunner runner = new ScriptedRunner()
        .returns("list", "[{\"pair\": \"USD-THB\", \"rate\": 35.20}]")
        .step("each", in -> in.raw("item"))
        .returns("sum", "s");
    String manifest = fanOut("x").replace("value: \"{{item}}\"", "value: \"{{item}} {{item.rate}} {{item.pair}}\"");

    RunReport report = TestRuns.run(manifest, runner, home);

    assertThat(report.steps().get("each").children().get(0).result())
        .isEqualTo("{\"pair\":\"USD-THB\",\"rate\":35.20} 35.20 USD-THB");
  }

  @Test
  void whenIsEvaluatedPerItem() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: even
              template: even
              arguments:
                parameters:
                - name: n
                  value: "{{item}}"
              withItems: [1, 2, 3, 4]
              when: "{{item}} % 2 == 0"
            - name: after
              template: after
              depends: even.AnySucceeded
        """, script("even", "n"), script("after"));
    ScriptedRunner runner = new ScriptedRunner().step("even", in -> in.raw("n")).returns("after", "ok");

    RunReport report = TestRuns.run(manifest, runner, home);

    StepReport even = report.steps().get("even");
    assertThat(even.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(even.result()).isEqualTo("[2,4]");
    assertThat(even.children().get(0).message()).isEqualTo("when '1 % 2 == 0' evaluated false");
    assertThat(even.children().get(0).phase()).isEqualTo(Phase.SKIPPED);
    assertThat(report.steps().get("after").phase()).isEqualTo(Phase.SUCCEEDED);
  }
}
