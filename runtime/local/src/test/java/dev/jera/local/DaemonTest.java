package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.container;
import static dev.jera.local.TestRuns.tool;
import static dev.jera.local.TestRuns.workflow;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Daemons ({@code daemon: true}) as Argo's controller runs them: the step is done once its readiness probe
 * passes, the steps after it read its address ({@code 127.0.0.1} here), and it is stopped, Succeeded, when
 * the DAG or steps template that started it ends; one that stops before it is ready is Failed, and retried.
 */
class DaemonTest {
  @TempDir Path home;

  @BeforeEach
  void needsAShell() {
    assumeTrue(TestRuns.installed("sh") && TestRuns.installed("sleep") && TestRuns.installed("test"),
        "daemons are tested with sh, sleep and test");
  }

  /** A daemon ready once it has written {@code ready} in its folder (an exec probe), that would run 30 seconds. */
  private static final String SERVER = container("server", """
      daemon: true""", """
      command: [sh, -c]
      args: ["sleep 0.3; echo up > ready; exec sleep 30"]
      readinessProbe:
        exec:
          command: [test, -f, ready]
        timeoutSeconds: 1""");

  private static final String CLIENT = container("client", """
      inputs:
        parameters:
        - name: host""", """
      command: [sh, -c]
      args: ["echo \\"$HOST\\""]
      env:
      - name: HOST
        value: "{{inputs.parameters.host}}\"""");

  private static NodeReport node(RunReport report, String suffix) {
    return report.nodes().stream().filter(node -> node.name().endsWith(suffix)).findFirst()
        .orElseThrow(() -> new AssertionError("no node " + suffix + " in " + report.nodes()));
  }

  @Test
  void aStepsDaemonServesTheGroupsAfterItAndIsStoppedWhenTheStepsEnd() {
    RunReport report = TestRuns.runTools(workflow("""
        entrypoint: main
        templates:
        - name: main
          steps:
          - - name: server
              template: server
          - - name: client
              template: client
              arguments:
                parameters:
                - name: host
                  value: "{{steps.server.ip}}:{{steps.server.status}}"
        """, SERVER, CLIENT), home, false);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    // While it served, the daemon was Running; the steps after it read its address.
    assertThat(report.steps().get("client").result()).isEqualTo("127.0.0.1:Running");
    NodeReport server = node(report, ".server");
    assertThat(server.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("server").phase()).isEqualTo(Phase.SUCCEEDED);
    // It was stopped when the steps ended, not after its 30 seconds.
    assertThat(Duration.between(report.startedAt(), report.finishedAt()).toSeconds()).isLessThan(20);
  }

  @Test
  void aDagDaemonIsADependencyThatCountsAsDoneOnceReady() {
    RunReport report = TestRuns.runTools(workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: server
              template: server
            - name: client
              template: client
              depends: server.Daemoned
              arguments:
                parameters:
                - name: host
                  value: "{{tasks.server.ip}}"
        """, SERVER, CLIENT), home, false);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("client").result()).isEqualTo("127.0.0.1");
    NodeReport server = node(report, ".server");
    assertThat(server.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(server.finishedAt()).isAtLeast(node(report, ".client").finishedAt());
  }

  @Test
  void aDaemonThatEndsBeforeItIsReadyFailsAndIsRetried() {
    // The first attempt exits at once (with 0, which Argo counts as a failure for a daemon); the second serves.
    RunReport report = TestRuns.runTools(workflow("""
        entrypoint: main
        templates:
        - name: main
          steps:
          - - name: server
              template: server
          - - name: client
              template: client
              arguments:
                parameters:
                - name: host
                  value: "{{steps.server.ip}}"
        """, container("server", """
        daemon: true
        retryStrategy:
          limit: "2\"""", """
        command: [sh, -c]
        args: ["if [ {{retries}} = 0 ]; then exit 0; fi; echo up > ready; exec sleep 30"]
        readinessProbe:
          exec:
            command: [test, -f, ready]"""), CLIENT), home, false);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    NodeReport first = node(report, ".server(0)");
    assertThat(first.phase()).isEqualTo(Phase.FAILED);
    assertThat(first.detail()).contains("exited with code 0 before the template that started it ended");
    assertThat(node(report, ".server(1)").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(node(report, ".server").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("client").result()).isEqualTo("127.0.0.1");
  }

  @Test
  void aDaemonThatNeverGetsReadyFailsItsGroup() {
    RunReport report = TestRuns.runTools(workflow("""
        entrypoint: main
        templates:
        - name: main
          steps:
          - - name: server
              template: server
          - - name: client
              template: client
              arguments:
                parameters:
                - name: host
                  value: "{{steps.server.ip}}"
        """, container("server", "daemon: true", """
        command: [sh, -c]
        args: ["exit 3"]
        readinessProbe:
          exec:
            command: [test, -f, ready]"""), CLIENT), home, false);

    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(node(report, ".server").message()).isEqualTo("main: Error (exit code 3)");
    assertThat(report.steps().get("client").phase()).isNull();
  }

  @Test
  void aJavaDaemonRunsInAJvmOfItsOwnAndItsHttpProbeWaitsForIt() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    RunReport report = TestRuns.runTools(workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: server
              template: server
              arguments:
                parameters:
                - name: port
                  value: "%d"
            - name: client
              template: client
              depends: server
              arguments:
                parameters:
                - name: host
                  value: "{{tasks.server.ip}}"
        """.formatted(port), tool("server", "serve", """
        daemon: true""", "port").replace("    source:", "    readinessProbe:\n      httpGet:\n        path: /\n"
            + "        port: " + port + "\n      timeoutSeconds: 1\n    source:"), CLIENT), home, false);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("client").result()).isEqualTo("127.0.0.1");
    assertThat(node(report, ".server").phase()).isEqualTo(Phase.SUCCEEDED);
    // The server's JVM was stopped with the DAG: its port is free again.
    try (ServerSocket again = new ServerSocket(port)) {
      assertThat(again.getLocalPort()).isEqualTo(port);
    }
  }

  @Test
  void daemonsAreReadFromTheManifest() {
    var manifest = dev.jera.local.manifest.ManifestReader.read(workflow("""
        entrypoint: server
        templates:
        """, SERVER), "test");
    var template = (dev.jera.local.manifest.PodTemplate) manifest.entryTemplate();
    assertThat(template.daemon().probe()).isEqualTo(dev.jera.local.manifest.Daemon.Probe.EXEC);
    assertThat(template.daemon().command()).isEqualTo(List.of("test", "-f", "ready"));
  }
}
