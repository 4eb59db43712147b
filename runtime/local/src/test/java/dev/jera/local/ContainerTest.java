package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.container;
import static dev.jera.local.TestRuns.tool;
import static dev.jera.local.TestRuns.workflow;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Container templates run their command on this machine, in either mode, with inputs and files substituted. */
class ContainerTest {
  @TempDir Path home;

  @BeforeEach
  void needsAShell() {
    assumeTrue(TestRuns.installed("sh") && TestRuns.installed("echo") && TestRuns.installed("cat"),
        "container steps are tested with sh, echo and cat");
  }

  private static String oneStep(String extra, String container) {
    return workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: upload
              template: upload
              arguments:
                parameters:
                - name: file
                  value: report.csv
        """, container("upload", extra, container));
  }

  private static final String FILE_INPUT = "inputs:\n  parameters:\n  - name: file";

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void runsTheCommandWithItsInputsAndTakesStdoutAsTheResult(boolean isolated) throws Exception {
    RunReport report = TestRuns.runTools(oneStep(FILE_INPUT, """
        command: [echo]
        args: ["sent {{inputs.parameters.file}} from {{workflow.name}}"]
        """), home, isolated);

    StepReport upload = report.steps().get("upload");
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(upload.result()).isEqualTo("sent report.csv from " + report.workflowName());
    assertThat(upload.exitCode()).isEqualTo(0);
    assertThat(Files.readString(report.folder().resolve("steps/upload/result"))).isEqualTo(upload.result());
  }

  @Test
  void aNonZeroExitFailsWithItsCodeAndLastLine() {
    RunReport report = TestRuns.runTools(oneStep(FILE_INPUT, """
        command: [sh, -c]
        args: ["echo 'cannot upload {{inputs.parameters.file}}' >&2; exit 3"]
        """), home, false);

    StepReport upload = report.steps().get("upload");
    assertThat(upload.phase()).isEqualTo(Phase.FAILED);
    assertThat(upload.exitCode()).isEqualTo(3);
    assertThat(upload.message()).isEqualTo("main: Error (exit code 3)");
    assertThat(upload.detail()).isEqualTo("cannot upload report.csv");
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
  }

  @Test
  void aCommandThatIsNotInstalledFailsSayingSo() {
    RunReport report = TestRuns.runTools(oneStep(FILE_INPUT, """
        image: amazon/aws-cli:2.15.0
        command: [jera-no-such-aws, s3, cp, "{{inputs.parameters.file}}", "s3://reports/"]
        """), home, false);

    StepReport upload = report.steps().get("upload");
    assertThat(upload.phase()).isEqualTo(Phase.FAILED);
    assertThat(upload.message()).isEqualTo("container step 'upload' runs 'jera-no-such-aws', which is not installed"
        + " on this machine (image amazon/aws-cli:2.15.0)");
  }

  @ParameterizedTest(name = "isolated={0}")
  @ValueSource(booleans = {false, true})
  void filesGoInAndOutThroughTheirLocalPaths(boolean isolated) throws Exception {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: make
              template: make
            - name: count
              template: count
              depends: make
              arguments:
                artifacts:
                - name: file
                  from: "{{tasks.make.outputs.artifacts.result}}"
            - name: show
              template: show
              depends: make
              arguments:
                artifacts:
                - name: file
                  from: "{{tasks.make.outputs.artifacts.result}}"
        """,
        container("make", "outputs:\n  artifacts:\n  - name: result\n    path: /tmp/jera/outputs/result", """
            command: [sh, -c, "printf 'a\\nb\\nc\\n' > {{outputs.artifacts.result.path}}"]
            """),
        container("count", "inputs:\n  artifacts:\n  - name: file\n    path: /tmp/jera/inputs/file", """
            command: [sh, -c, "cat {{inputs.artifacts.file.path}} | wc -l | tr -d ' '"]
            """),
        tool("show", "read", "inputs:\n  artifacts:\n  - name: file\n    path: /tmp/jera/inputs/file"));

    RunReport report = TestRuns.runTools(manifest, home, isolated);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("count").result()).isEqualTo("3");
    assertThat(report.steps().get("show").result()).isEqualTo("a\nb\nc\n");
    assertThat(Files.readString(report.folder().resolve("steps/make/artifacts/outputs/result"))).isEqualTo("a\nb\nc\n");
    assertThat(Files.readString(report.folder().resolve("steps/count/artifacts/inputs/file"))).isEqualTo("a\nb\nc\n");
  }

  @Test
  void aContainerThatDoesNotWriteItsOutputIsAnError() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: make
              template: make
        """, container("make", "outputs:\n  artifacts:\n  - name: result\n    path: /tmp/jera/outputs/result", """
            command: [echo, forgot]
            """));

    RunReport report = TestRuns.runTools(manifest, home, false);

    StepReport make = report.steps().get("make");
    assertThat(make.phase()).isEqualTo(Phase.ERROR);
    assertThat(make.message()).startsWith("failed to save outputs: output file 'result' was not written at ");
  }

  @Test
  void whatHasNoLocalMeaningIsIgnoredAndMountsAreNotedInTheLog() throws Exception {
    String manifest = workflow("""
        entrypoint: main
        podGC: {strategy: OnPodSuccess}
        ttlStrategy: {secondsAfterCompletion: 60}
        volumes: [{name: scratch, emptyDir: {}}]
        templates:
        - name: main
          dag:
            tasks:
            - name: first
              template: hello
            - name: again
              template: hello
              depends: first
        """, container("hello", """
            memoize: {key: same, maxAge: 1h, cache: {configMap: {name: cache}}}
            nodeSelector: {disktype: ssd}
            tolerations: [{key: spot, operator: Exists}]
            priorityClassName: batch
            """, """
            command: [echo, hi]
            resources: {requests: {cpu: 250m}}
            securityContext: {runAsNonRoot: true}
            volumeMounts:
            - {name: scratch, mountPath: /scratch}
            - {name: work, mountPath: /work}
            """));

    RunReport report = TestRuns.runTools(manifest, home, false);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("again").attempts()).isEqualTo(1);
    assertThat(Files.readString(report.folder().resolve("steps/first/log")))
        .isEqualTo("jera: volume mounts are not emulated locally (/scratch, /work): the step sees this machine's file system"
            + System.lineSeparator());
  }
}
