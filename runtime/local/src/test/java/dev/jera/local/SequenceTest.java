package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.script;
import static dev.jera.local.TestRuns.tool;
import static dev.jera.local.TestRuns.workflow;

import dev.jera.argo.go.GoJson;
import dev.jera.argo.go.GoPrintf;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** withSequence: count, start/end, printf formats, counting down, nothing, and bounds that are not numbers. */
class SequenceTest {
  @TempDir Path home;

  private static String sequence(String fields) {
    return workflow("""
        entrypoint: main
        arguments:
          parameters:
          - name: shards
            value: "3"
        templates:
        - name: main
          dag:
            tasks:
            - name: shard
              template: shard
              arguments:
                parameters:
                - name: n
                  value: "{{item}}"
              withSequence:
        %s
            - name: total
              template: total
              depends: shard
              arguments:
                parameters:
                - name: all
                  value: "{{tasks.shard.outputs.result}}"
        """.formatted(fields.indent(8).stripTrailing()), script("shard", "n"), script("total", "all"));
  }

  private static ScriptedRunner runner() {
    return new ScriptedRunner().step("shard", in -> in.raw("n")).step("total", in -> in.raw("all"));
  }

  private static List<String> childNames(StepReport step) {
    List<String> names = new ArrayList<>();
    step.children().forEach(child -> names.add(child.name()));
    return names;
  }

  @Test
  void aCountGivesThatManyStringsFromZero() {
    RunReport report = TestRuns.run(sequence("count: \"{{workflow.parameters.shards}}\""), runner(), home);

    StepReport shard = report.steps().get("shard");
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(childNames(shard)).containsExactly("shard(0:0)", "shard(1:1)", "shard(2:2)").inOrder();
    assertThat(shard.result()).isEqualTo("[0,1,2]");
    assertThat(report.steps().get("total").result()).isEqualTo("[0,1,2]");
  }

  @Test
  void startEndAndAFormat() {
    // Each item prints JSON, as Jera's runner does for a step that fans out, so that Argo can aggregate them.
    ScriptedRunner quoting = new ScriptedRunner().step("shard", in -> GoJson.quote(in.raw("n"))).step("total", in -> in.raw("all"));
    RunReport report = TestRuns.run(sequence("start: \"1\"\nend: \"3\"\nformat: part-%02d"), quoting, home);

    StepReport shard = report.steps().get("shard");
    assertThat(childNames(shard)).containsExactly("shard(0:part-01)", "shard(1:part-02)", "shard(2:part-03)").inOrder();
    assertThat(shard.result()).isEqualTo("[\"part-01\",\"part-02\",\"part-03\"]");
  }

  @Test
  void startAboveEndCountsDownAndEndWinsOverCount() {
    RunReport report = TestRuns.run(sequence("start: 5\nend: 3\ncount: 10"), runner(), home);

    assertThat(childNames(report.steps().get("shard"))).containsExactly("shard(0:5)", "shard(1:4)", "shard(2:3)").inOrder();
  }

  @Test
  void aCountOfZeroGivesNoChildren() {
    // expandSequence gives no items: the task is Skipped ("Skipped, empty params", dag.go:executeDAGTask).
    ScriptedRunner runner = runner();

    RunReport report = TestRuns.run(sequence("count: 0"), runner, home);

    StepReport shard = report.steps().get("shard");
    assertThat(shard.phase()).isEqualTo(Phase.SKIPPED);
    assertThat(shard.message()).isEqualTo("Skipped, empty params");
    assertThat(shard.children()).isEmpty();
    assertThat(runner.calls("shard")).isEqualTo(0);
    assertThat(report.steps().get("total").message()).isEqualTo("failed to resolve {{tasks.shard.outputs.result}}");
  }

  @Test
  void aBoundThatIsNotAWholeNumberIsAnError() {
    RunReport report = TestRuns.run(sequence("count: three"), runner(), home);

    StepReport shard = report.steps().get("shard");
    assertThat(shard.phase()).isEqualTo(Phase.ERROR);
    assertThat(shard.message()).isEqualTo("strconv.Atoi: parsing \"three\": invalid syntax");
    assertThat(report.phase()).isEqualTo(Phase.ERROR);
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void stepsOfAStepsTemplateReadTheAggregate(boolean isolated) {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          steps:
          - - name: each
              template: echo
              arguments:
                parameters:
                - name: text
                  value: '"n{{item}}"'
              withSequence:
                start: "2"
                count: "2"
          - - name: all
              template: echo
              arguments:
                parameters:
                - name: text
                  value: "{{steps.each.outputs.result}}"
        """, tool("echo", "echo", "", "text"));

    RunReport report = TestRuns.runTools(manifest, home, isolated);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(childNames(report.steps().get("each"))).containsExactly("each(0:2)", "each(1:3)").inOrder();
    assertThat(report.steps().get("all").result()).isEqualTo("[\"n2\",\"n3\"]");
  }

  @Test
  void goPrintfFormatsOneNumberAsGoDoes() {
    assertThat(GoPrintf.format("%d", 7)).isEqualTo("7");
    assertThat(GoPrintf.format("p-%03d", 7)).isEqualTo("p-007");
    assertThat(GoPrintf.format("%03d", -7)).isEqualTo("-07");
    assertThat(GoPrintf.format("[%4d]", 7)).isEqualTo("[   7]");
    assertThat(GoPrintf.format("[%-4d]", 7)).isEqualTo("[7   ]");
    assertThat(GoPrintf.format("%+d", 7)).isEqualTo("+7");
    assertThat(GoPrintf.format("%x %X", 255)).isEqualTo("ff %!X(MISSING)");
    assertThat(GoPrintf.format("%#x", 255)).isEqualTo("0xff");
    assertThat(GoPrintf.format("%o|%b", 8)).isEqualTo("10|%!b(MISSING)");
    assertThat(GoPrintf.format("%.3d", 5)).isEqualTo("005");
    assertThat(GoPrintf.format("%v%%", 5)).isEqualTo("5%");
    assertThat(GoPrintf.format("%s", 3)).isEqualTo("%!s(int=3)");
    assertThat(GoPrintf.format("shard", 3)).isEqualTo("shard%!(EXTRA int=3)");
  }
}
