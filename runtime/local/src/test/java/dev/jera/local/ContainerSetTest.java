package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.workflow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jera.local.manifest.ManifestException;
import dev.jera.local.manifest.ManifestReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code containerSet} template runs its containers in one folder (the pod's), each once those it
 * depends on have succeeded; the pod's result is its {@code main} container's; a container whose
 * dependency failed does not run and ends in Error, as Argo's emissary ends it (exit code 64).
 */
class ContainerSetTest {
  @TempDir Path home;

  @BeforeEach
  void needsAShell() {
    assumeTrue(TestRuns.installed("sh") && TestRuns.installed("cat"), "container sets are tested with sh and cat");
  }

  private static String set(String containers) {
    StringBuilder yaml = new StringBuilder("""
        - name: pod
          containerSet:
            containers:
        """);
    containers.lines().forEach(line -> yaml.append("    ").append(line).append('\n'));
    return workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: work
              template: pod
            - name: after
              template: pod-after
              depends: work
              arguments:
                parameters:
                - name: got
                  value: "{{tasks.work.outputs.result}}"
        - name: pod-after
          inputs:
            parameters:
            - name: got
          container:
            image: alpine:3.20
            command: [sh, -c, 'echo "got $GOT"']
            env:
            - name: GOT
              value: "{{inputs.parameters.got}}"
        """, yaml.toString());
  }

  @Test
  void membersRunInDependencyOrderInOneFolderAndMainGivesTheResult() {
    RunReport report = TestRuns.runTools(set("""
        - name: main
          image: alpine:3.20
          command: [sh, -c, "cat a.txt b.txt"]
          dependencies: [b]
        - name: b
          image: alpine:3.20
          command: [sh, -c, "echo b > b.txt"]
          dependencies: [a]
        - name: a
          image: alpine:3.20
          command: [sh, -c, "echo a > a.txt"]
        """), home, false);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("work").result()).isEqualTo("a\nb");
    assertThat(report.steps().get("after").result()).isEqualTo("got a\nb");
    NodeReport pod = report.node("work");
    NodeReport a = report.node("a");
    NodeReport b = report.node("b");
    NodeReport main = report.node("main");
    assertThat(a.type()).isEqualTo(NodeType.CONTAINER);
    assertThat(a.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(a.boundaryId()).isEqualTo(pod.id());
    // executeContainerSet: a container without dependencies hangs from the pod, the others from theirs;
    // the next task hangs from the last container (getOutboundNodes).
    assertThat(pod.children()).containsExactly(a.id());
    assertThat(a.children()).containsExactly(b.id());
    assertThat(b.children()).containsExactly(main.id());
    assertThat(main.children()).containsExactly(report.node("after").id());
  }

  @Test
  void aContainerWhoseDependencyFailedErrsWithoutRunningAndTheOthersRun() throws Exception {
    RunReport report = TestRuns.runTools(set("""
        - name: a
          image: alpine:3.20
          command: [sh, -c, "exit 3"]
        - name: b
          image: alpine:3.20
          command: [sh, -c, "echo ran > b.txt"]
          dependencies: [a]
        - name: c
          image: alpine:3.20
          command: [sh, -c, "echo ran > c.txt"]
        """), home, false);

    // assessDAGPhase walks the pod's containers too: the omitted task after hangs from b (Error) and c,
    // and an omitted task takes the worst phase of its branches, so the DAG, and the workflow, end in Error.
    assertThat(report.phase()).isEqualTo(Phase.ERROR);
    assertThat(report.steps().get("after").phase()).isEqualTo(Phase.OMITTED);
    assertThat(report.steps().get("work").phase()).isEqualTo(Phase.FAILED);
    assertThat(report.steps().get("work").message()).isEqualTo("a: Error (exit code 3)");
    assertThat(report.node("a").phase()).isEqualTo(Phase.FAILED);
    // operator.go's container message: "%s: %s (exit code %d): %s", the termination message empty.
    assertThat(report.node("a").message()).isEqualTo("a: Error (exit code 3): ");
    assertThat(report.node("b").phase()).isEqualTo(Phase.ERROR);
    assertThat(report.node("b").message())
        .isEqualTo("b: Error (exit code 64): dependency \"a\" exited with non-zero code: 3");
    assertThat(report.node("c").phase()).isEqualTo(Phase.SUCCEEDED);
    Path pod = report.folder().resolve("steps/work");
    assertThat(Files.exists(pod.resolve("b.txt"))).isFalse();
    assertThat(Files.exists(pod.resolve("c.txt"))).isTrue();
  }

  @Test
  void aDependencyCycleIsRefusedWhenTheManifestIsRead() {
    ManifestException e = assertThrows(ManifestException.class, () -> ManifestReader.read(set("""
        - name: a
          image: alpine:3.20
          command: [sh, -c, "true"]
          dependencies: [b]
        - name: b
          image: alpine:3.20
          command: [sh, -c, "true"]
          dependencies: [a]
        """), "test"));
    assertThat(e).hasMessageThat().contains("their dependencies form a cycle");
  }

  @Test
  void anUnknownDependencyIsRefusedWhenTheManifestIsRead() {
    ManifestException e = assertThrows(ManifestException.class, () -> ManifestReader.read(set("""
        - name: a
          image: alpine:3.20
          command: [sh, -c, "true"]
          dependencies: [nope]
        """), "test"));
    assertThat(e).hasMessageThat().contains("container 'a': dependency 'nope' not defined");
  }
}
