package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.script;
import static dev.jera.local.TestRuns.workflow;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jera.local.engine.NodeIds;
import dev.jera.local.manifest.ManifestException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A DAG's order, depends, when and variables, as Argo runs them. */
class DagSemanticsTest {
  @TempDir Path home;

  private static final String DIAMOND = workflow("""
      entrypoint: main
      arguments:
        parameters:
        - name: start
          value: "1"
      templates:
      - name: main
        dag:
          tasks:
          - name: a
            template: a
            arguments:
              parameters:
              - name: start
                value: "{{workflow.parameters.start}}"
          - name: b
            template: b
            depends: a
            arguments:
              parameters:
              - name: x
                value: "{{tasks.a.outputs.result}}"
          - name: c
            template: c
            depends: a
            arguments:
              parameters:
              - name: x
                value: "{{tasks.a.outputs.result}}"
          - name: d
            template: d
            depends: b && c
            arguments:
              parameters:
              - name: b
                value: "{{tasks.b.outputs.result}}"
              - name: c
                value: "{{tasks.c.outputs.result}}"
      """, script("a", "start"), script("b", "x"), script("c", "x"), script("d", "b", "c"));

  @Test
  void runsTasksAfterTheirDependenciesAndPassesResults() {
    ScriptedRunner runner = new ScriptedRunner()
        .step("a", in -> in.raw("start"))
        .step("b", in -> Integer.toString(Integer.parseInt(in.raw("x")) * 2))
        .step("c", in -> Integer.toString(Integer.parseInt(in.raw("x")) + 10))
        .step("d", in -> in.raw("b") + "+" + in.raw("c"));

    RunReport report = TestRuns.run(DIAMOND, runner, home, r -> r.parameters(java.util.Map.of("start", "5")));

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().keySet()).containsExactly("a", "b", "c", "d").inOrder();
    assertThat(report.steps().get("d").result()).isEqualTo("10+15");
    assertThat(runner.order().get(0)).isEqualTo("a");
    assertThat(runner.order().get(3)).isEqualTo("d");
    assertThat(report.steps().get("a").attempts()).isEqualTo(1);
    assertThat(report.steps().get("a").exitCode()).isEqualTo(0);
  }

  @Test
  void aFailureOmitsWhatDependsOnItAndFailsTheWorkflow() {
    ScriptedRunner runner = new ScriptedRunner()
        .step("a", in -> {
          throw new IllegalStateException("no rates today");
        })
        .returns("b", "b").returns("c", "c").returns("d", "d");

    RunReport report = TestRuns.run(DIAMOND, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    StepReport a = report.steps().get("a");
    assertThat(a.phase()).isEqualTo(Phase.FAILED);
    assertThat(a.exitCode()).isEqualTo(1);
    // A non-zero exit leaves no termination message: Argo reports the main container's exit (test/e2e/cli_test.go).
    assertThat(a.message()).isEqualTo("main: Error (exit code 1)");
    assertThat(a.detail()).isEqualTo("java.lang.IllegalStateException: no rates today");
    assertThat(a.result()).isNull();
    for (String omitted : new String[] {"b", "c", "d"}) {
      assertThat(report.steps().get(omitted).phase()).isEqualTo(Phase.OMITTED);
      assertThat(report.steps().get(omitted).message()).isEqualTo("omitted: depends condition not met");
      assertThat(report.steps().get(omitted).attempts()).isEqualTo(0);
    }
    assertThat(runner.calls("b")).isEqualTo(0);
  }

  @Test
  void aHandledFailureRunsItsHandlerAndDoesNotFailTheDag() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: risky
              template: risky
            - name: cleanup
              template: cleanup
              depends: risky.Failed
            - name: celebrate
              template: celebrate
              depends: risky.Succeeded
        """, script("risky"), script("cleanup"), script("celebrate"));
    ScriptedRunner runner = new ScriptedRunner()
        .step("risky", in -> {
          throw new RuntimeException("boom");
        })
        .returns("cleanup", "cleaned").returns("celebrate", "party");

    RunReport report = TestRuns.run(manifest, runner, home);

    assertThat(report.steps().get("risky").phase()).isEqualTo(Phase.FAILED);
    assertThat(report.steps().get("cleanup").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("celebrate").phase()).isEqualTo(Phase.OMITTED);
    // Argo's branch rule: the failed task's only dependents are leaves that were omitted or succeeded.
    // celebrate inherits risky's Failed branch, so the DAG fails.
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
  }

  @Test
  void aFailureWhoseOnlyDependentHandlesItLeavesTheDagSucceeded() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: risky
              template: risky
            - name: cleanup
              template: cleanup
              depends: risky.Failed || risky.Succeeded
        """, script("risky"), script("cleanup"));
    ScriptedRunner runner = new ScriptedRunner()
        .step("risky", in -> {
          throw new RuntimeException("boom");
        })
        .returns("cleanup", "cleaned");

    RunReport report = TestRuns.run(manifest, runner, home);

    assertThat(report.steps().get("cleanup").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
  }

  @Test
  void whenFalseSkipsAndBareDependsTreatsSkippedAsDone() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: flip
              template: flip
            - name: heads
              template: heads
              depends: flip
              when: "{{tasks.flip.outputs.result}} == heads"
            - name: tails
              template: tails
              depends: flip
              when: "{{tasks.flip.outputs.result}} == tails"
            - name: after
              template: after
              depends: heads && tails
        """, script("flip"), script("heads"), script("tails"), script("after"));
    ScriptedRunner runner = new ScriptedRunner()
        .returns("flip", "tails").returns("heads", "H").returns("tails", "T").returns("after", "done");

    RunReport report = TestRuns.run(manifest, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    StepReport heads = report.steps().get("heads");
    assertThat(heads.phase()).isEqualTo(Phase.SKIPPED);
    assertThat(heads.message()).isEqualTo("when 'tails == heads' evaluated false");
    assertThat(heads.attempts()).isEqualTo(0);
    assertThat(heads.result()).isNull();
    assertThat(report.steps().get("tails").result()).isEqualTo("T");
    assertThat(report.steps().get("after").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(runner.calls("heads")).isEqualTo(0);
  }

  @Test
  void anInvalidWhenIsAnErrorWithArgosMessage() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: a
              template: a
              when: "x = y"
        """, script("a"));

    RunReport report = TestRuns.run(manifest, new ScriptedRunner().returns("a", "a"), home);

    assertThat(report.phase()).isEqualTo(Phase.ERROR);
    assertThat(report.steps().get("a").phase()).isEqualTo(Phase.ERROR);
    assertThat(report.steps().get("a").message()).startsWith("Invalid 'when' expression 'x = y': ");
  }

  @Test
  void expressionTagsAreEvaluatedInArgumentsWhenAndLoops() {
    String manifest = workflow("""
        entrypoint: main
        arguments:
          parameters:
          - name: config
            value: '{"a": "1", "list": [{"name": "x", "value": "true"}]}'
        templates:
        - name: main
          dag:
            tasks:
            - name: a
              template: a
              arguments:
                parameters:
                - name: x
                  value: "{{=sprig.upper('a')}}-{{=jsonpath(workflow.parameters.config, '$.a')}}"
            - name: b
              template: b
              when: "{{=jsonpath(workflow.parameters.config, '$.list[0].value') == 'true'}}"
              withParam: "{{=toJson(filter([1, 3], {# > 1}))}}"
              arguments:
                parameters:
                - name: x
                  value: "{{=asInt(item) * 10}}"
            - name: c
              template: b
              depends: a
              when: "{{=tasks.a.outputs.result == 'nope'}}"
              arguments:
                parameters:
                - name: x
                  value: "{{=tasks.a.outputs.result + '!'}}"
        """, script("a", "x"), script("b", "x"));
    List<String> received = java.util.Collections.synchronizedList(new ArrayList<>());
    ScriptedRunner runner = new ScriptedRunner()
        .step("a", inputs -> inputs.raw("x"))
        .step("b", inputs -> {
          received.add(inputs.raw("x"));
          return "";
        });

    RunReport report = TestRuns.run(manifest, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("a").result()).isEqualTo("A-1");
    assertThat(received).containsExactly("30");
    assertThat(report.steps().get("c").phase()).isEqualTo(Phase.SKIPPED);
  }

  @Test
  void aGraphOutputFallsBackWithNilCoalescingWhenItsProducerWasSkipped() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: g
              template: inner
            - name: use
              template: use
              depends: g
              arguments:
                parameters:
                - name: x
                  value: "{{tasks.g.outputs.parameters.result}}|{{tasks.g.outputs.parameters.empty}}"
        - name: inner
          dag:
            tasks:
            - name: producer
              template: produce
              when: "false"
            - name: blank
              template: blank
          outputs:
            parameters:
            - name: result
              valueFrom:
                expression: "tasks.producer.outputs.parameters.msg ?? 'expr-fallback'"
            - name: empty
              valueFrom:
                expression: "tasks.blank.outputs.parameters.msg ?? 'not taken'"
        - name: produce
          outputs:
            parameters:
            - name: msg
              valueFrom:
                path: /tmp/jera/parameters/msg
          script:
            image: test
            command: [java]
            args: [-cp, /app/classes, test.Runner, produce]
            source: "[]"
        - name: blank
          outputs:
            parameters:
            - name: msg
              valueFrom:
                path: /tmp/jera/parameters/msg
          script:
            image: test
            command: [java]
            args: [-cp, /app/classes, test.Runner, blank]
            source: "[]"
        """, script("use", "x"));
    ScriptedRunner runner = new ScriptedRunner()
        .returns("produce", "real-value")
        .step("blank", inputs -> {
          inputs.storeParameter("msg", "");
          return "";
        })
        .step("use", inputs -> inputs.raw("x"));

    RunReport report = TestRuns.run(manifest, runner, home);

    assertThat(report.steps().get("use").result()).isEqualTo("expr-fallback|");
  }

  @Test
  void aFailingExpressionFailsItsStepWithArgosMessage() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: a
              template: a
              arguments:
                parameters:
                - name: x
                  value: "{{=asInt('x')}}"
        """, script("a", "x"));

    RunReport report = TestRuns.run(manifest, new ScriptedRunner().returns("a", "a"), home);

    assertThat(report.steps().get("a").phase()).isEqualTo(Phase.ERROR);
    assertThat(report.steps().get("a").message()).contains("failed to evaluate expression: invalid operation: int(\"x\")");
  }

  @Test
  void anExpressionOutsideWhatIsEvaluatedIsRefusedBeforeTheRun() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: a
              template: a
              arguments:
                parameters:
                - name: x
                  value: "{{=sprig.regexFind('a+', 'baa')}}"
        """, script("a", "x"));

    ManifestException refused = assertThrows(ManifestException.class, () -> TestRuns.run(manifest, new ScriptedRunner(), home));
    assertThat(refused).hasMessageThat().startsWith("test: spec.templates[0].dag.tasks[0].arguments.parameters[0].value: "
        + "{{=sprig.regexFind('a+', 'baa')}}: calls sprig.regexFind, which the local executor does not evaluate (Argo does;");
    String typo = manifest.replace("sprig.regexFind('a+', 'baa')", "jsonpth('{}', '$')");
    assertThat(assertThrows(ManifestException.class, () -> TestRuns.run(typo, new ScriptedRunner(), home)))
        .hasMessageThat().endsWith("calls jsonpth, which is not a function of Argo's expressions");
    String broken = manifest.replace("sprig.regexFind('a+', 'baa')", "1 +");
    assertThat(assertThrows(ManifestException.class, () -> TestRuns.run(broken, new ScriptedRunner(), home)))
        .hasMessageThat().endsWith("{{=1 +}}: the expression does not parse at column 4: unexpected end of the expression");
  }

  @Test
  void substitutesArgoVariablesAndLeavesUnknownTagsVerbatim() {
    String manifest = workflow("""
        entrypoint: main
        serviceAccountName: robot
        arguments:
          parameters:
          - name: greeting
            value: hi
        templates:
        - name: main
          dag:
            tasks:
            - name: a
              template: a
            - name: b
              template: b
              depends: a
              arguments:
                parameters:
                - name: text
                  value: "{{workflow.name}}|{{workflow.namespace}}|{{workflow.serviceAccountName}}|{{workflow.mainEntrypoint}}|{{workflow.parameters.greeting}}|{{workflow.labels.team}}|{{tasks.a.status}}|{{tasks.a.exitCode}}|{{tasks.a.outputs.result}}|{{nobody.knows}}|{{workflow.status}}"
                - name: json
                  value: "{{workflow.parameters.json}}"
                - name: id
                  value: "{{tasks.a.id}}"
        """, script("a"), script("b", "text", "json", "id"));
    ScriptedRunner runner = new ScriptedRunner()
        .returns("a", "A")
        .step("b", in -> in.raw("text") + "\n" + in.raw("json") + "\n" + in.raw("id"));

    RunReport report = TestRuns.run(manifest, runner, home);

    String[] lines = report.steps().get("b").result().split("\n");
    assertThat(lines[0]).matches("test-[bcdfghjklmnpqrstvwxz2456789]{5}\\|default\\|robot\\|main\\|hi\\|tests"
        + "\\|Succeeded\\|0\\|A\\|\\{\\{nobody\\.knows}}\\|Running");
    assertThat(lines[0]).startsWith(report.workflowName() + "|");
    assertThat(lines[1]).isEqualTo("[{\"name\":\"greeting\",\"value\":\"hi\"}]");
    assertThat(lines[2]).isEqualTo(NodeIds.id(report.workflowName(), report.workflowName() + ".a"));
  }

  @Test
  void aTaskSeesOnlyItsAncestorsOutputs() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: slow
              template: slow
            - name: other
              template: other
            - name: reader
              template: reader
              depends: other
              arguments:
                parameters:
                - name: x
                  value: "{{tasks.slow.outputs.result}}/{{tasks.other.outputs.result}}"
        """, script("slow"), script("other"), script("reader", "x"));
    ScriptedRunner runner = new ScriptedRunner()
        .returns("slow", "S").returns("other", "O").step("reader", in -> in.raw("x"));

    RunReport report = TestRuns.run(manifest, runner, home, r -> r.parallelism(1));

    // A tag naming another task must resolve (template.ReplaceStrictAny): Argo requeues forever; locally an Error.
    StepReport reader = report.steps().get("reader");
    assertThat(reader.phase()).isEqualTo(Phase.ERROR);
    assertThat(reader.message()).isEqualTo("failed to resolve {{tasks.slow.outputs.result}}");
    assertThat(reader.detail()).contains("argoproj/argo-workflows#16793");
  }

  @Test
  void aFailureDoesNotStopTasksThatCanStillStart() {
    // dag.go: failFast only decides the DAG's phase; tasks start as long as the DAG runs (argoproj/argo-workflows#5227).
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: fails
              template: fails
            - name: waits
              template: waits
            - name: later
              template: later
        """, script("fails"), script("waits"), script("later"));
    ScriptedRunner runner = new ScriptedRunner()
        .step("fails", in -> {
          throw new RuntimeException("no");
        })
        .returns("waits", "w").returns("later", "l");

    RunReport report = TestRuns.run(manifest, runner, home, r -> r.parallelism(1));

    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.message()).isNull();
    assertThat(report.steps().get("waits").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("later").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(runner.calls("waits")).isEqualTo(1);
  }

  @Test
  void badInputOfAStepIsAFailureWithExitCodeTwo() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: a
              template: a
              arguments:
                parameters:
                - name: n
                  value: "not a number"
        """, script("a", "n"));
    ScriptedRunner runner = new ScriptedRunner()
        .step("a", in -> Integer.toString(in.value("n", dev.jera.runner.json.Codecs.INT)));

    RunReport report = TestRuns.run(manifest, runner, home);

    StepReport a = report.steps().get("a");
    assertThat(a.phase()).isEqualTo(Phase.FAILED);
    assertThat(a.exitCode()).isEqualTo(2);
    assertThat(a.message()).isEqualTo("main: Error (exit code 2)");
    assertThat(a.detail()).startsWith("jera: step 'a': input 'n' (int): ");
  }

  @Test
  void anInputWithoutArgumentOrValueIsAnError() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: a
              template: a
        """, script("a", "missing"));

    RunReport report = TestRuns.run(manifest, new ScriptedRunner().returns("a", "a"), home);

    assertThat(report.steps().get("a").phase()).isEqualTo(Phase.ERROR);
    // dag.go:executeDAGTask wraps what executeTemplate returns.
    assertThat(report.steps().get("a").message())
        .isEqualTo("task '" + report.workflowName() + ".a' errored: inputs.parameters.missing was not supplied");
  }

  @Test
  void everyItemOfALoopResolvesTheWorkflowsVariables() {
    // operator.go:processItem resolves every tag of an item; the creation time's strftime letters are among them
    // (setGlobalParameters, util/strftime.FormatChars).
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: a
              template: a
              arguments:
                parameters:
                - name: x
                  value: "{{item}} {{workflow.creationTimestamp.Y}}-{{workflow.creationTimestamp.m}} {{workflow.creationTimestamp.p}}"
              withItems: [one]
        """, script("a", "x"));

    RunReport report = TestRuns.run(manifest, new ScriptedRunner().step("a", in -> in.raw("x")), home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("a").children().get(0).result()).matches("one \\d{4}-\\d\\d (AM|PM)");
  }

  @Test
  void aVoidStepSucceedsWithAnEmptyResult() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: a
              template: a
        """, script("a"));

    RunReport report = TestRuns.run(manifest, new ScriptedRunner().step("a", in -> null), home);

    assertThat(report.steps().get("a").result()).isEqualTo("");
  }

  @Test
  void stubsReplaceAStepWithoutRunningIt() {
    ScriptedRunner runner = new ScriptedRunner()
        .returns("a", "1")
        .step("b", in -> in.raw("x") + "!")
        .returns("c", "c").step("d", in -> in.raw("b") + in.raw("c"));

    RunReport report = TestRuns.run(DIAMOND, runner, home, r -> r.stub("a", "42"));

    assertThat(runner.calls("a")).isEqualTo(0);
    assertThat(report.steps().get("a").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("a").attempts()).isEqualTo(0);
    assertThat(report.steps().get("d").result()).isEqualTo("42!c");
  }
}
