package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.container;
import static dev.jera.local.TestRuns.workflow;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template's {@code initContainers} run on this machine before the step, in order, and its
 * {@code sidecars} beside it, stopped when it ends.
 */
class PodContainersTest {
  @TempDir Path home;

  @BeforeEach
  void needsAShell() {
    assumeTrue(TestRuns.installed("sh") && TestRuns.installed("echo") && TestRuns.installed("cat"),
        "pod containers are tested with sh, echo and cat");
  }

  private static String oneStep(String extra, String container) {
    return workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: work
              template: work
              arguments:
                parameters:
                - name: greeting
                  value: hello
        """, container("work", "inputs:\n  parameters:\n  - name: greeting\n" + extra, container));
  }

  @Test
  void initContainersRunFirstInOrderAndSidecarsBesideTheStep() throws Exception {
    RunReport report = TestRuns.runTools(oneStep("""
        initContainers:
        - name: first
          image: alpine:3.23
          command: [sh, -c]
          args: ["echo {{inputs.parameters.greeting}} > first.txt"]
        - name: second
          image: alpine:3.23
          command: [sh, -c]
          args: ["cat first.txt > second.txt; echo \\"$WHO\\" >> second.txt"]
          env:
          - name: WHO
            value: init
        sidecars:
        - name: server
          image: busybox:1.36
          command: [sh, -c]
          args: ["echo serving > served.txt; exec sleep 30"]
        """, """
        command: [sh, -c]
        args: ["while [ ! -f served.txt ]; do sleep 0.1; done; cat second.txt served.txt"]
        """), home, false);

    StepReport work = report.steps().get("work");
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(work.result()).isEqualTo("hello\ninit\nserving");
    // The sidecar was stopped when the step ended: the run did not wait out its 30 seconds.
    assertThat(java.time.Duration.between(report.startedAt(), report.finishedAt()).toSeconds()).isLessThan(25);
    assertThat(Files.exists(report.folder().resolve("steps/work/server.log"))).isTrue();
  }

  @Test
  void aSidecarsLogHasTheRunsSecretsMasked() throws Exception {
    RunReport report = TestRuns.runTools(oneStep("""
        sidecars:
        - name: vault
          image: busybox:1.36
          command: [sh, -c, "echo token $TOKEN; echo oops $TOKEN >&2; exec sleep 30"]
          env:
          - name: TOKEN
            valueFrom:
              secretKeyRef: {name: vault, key: token}
        """, """
        command: [sh, -c, "sleep 0.5; echo done"]
        """), home, false, request -> request.secrets(java.util.Map.of("vault/token", "s3cr3t-value")));

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    String log = Files.readString(report.folder().resolve("steps/work/vault.log"));
    assertThat(log).contains("token ***");
    assertThat(log).contains("oops ***");
    assertThat(log).doesNotContain("s3cr3t-value");
  }

  @Test
  void aFailingInitContainerFailsTheStepBeforeItRuns() throws Exception {
    RunReport report = TestRuns.runTools(oneStep("""
        initContainers:
        - name: hello
          image: alpine:3.23
          command: [sh, -c, "echo broken; exit 4"]
        """, """
        command: [sh, -c]
        args: ["echo ran > ran.txt"]
        """), home, false);

    StepReport work = report.steps().get("work");
    assertThat(work.phase()).isEqualTo(Phase.FAILED);
    assertThat(work.message()).isEqualTo("hello: Error (exit code 4)");
    assertThat(Files.exists(report.folder().resolve("steps/work/ran.txt"))).isFalse();
    assertThat(Files.readString(report.folder().resolve("steps/work/hello.log"))).contains("broken");
  }

  @Test
  void aSidecarThatIsNotInstalledFailsTheStepSayingSo() {
    RunReport report = TestRuns.runTools(oneStep("""
        sidecars:
        - name: nginx
          image: nginx:1.13
          command: [jera-no-such-nginx, -g, daemon off;]
        """, """
        command: [echo, hi]
        """), home, false);

    StepReport work = report.steps().get("work");
    assertThat(work.phase()).isEqualTo(Phase.FAILED);
    assertThat(work.message()).isEqualTo("sidecar 'nginx' of step 'work' runs 'jera-no-such-nginx', which is not installed"
        + " on this machine (image nginx:1.13)");
  }

  @Test
  void aSidecarThatFailsOnItsOwnFailsTheStep() {
    RunReport report = TestRuns.runTools(oneStep("""
        sidecars:
        - name: helper
          image: busybox:1.36
          command: [sh, -c, "exit 2"]
        """, """
        command: [sh, -c, "sleep 1; echo done"]
        """), home, false);

    StepReport work = report.steps().get("work");
    assertThat(work.phase()).isEqualTo(Phase.FAILED);
    assertThat(work.message()).isEqualTo("helper: Error (exit code 2)");
  }
}
