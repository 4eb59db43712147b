package dev.jera.maven;

import static com.google.common.truth.Truth.assertThat;

import java.io.File;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.junit.jupiter.api.Test;

/** The plugin's jera-cli and dependencies go after the project's class path, each artifact once, the project's winning. */
class CommandClassPathTest {

  private static Artifact artifact(String groupId, String artifactId, String version, String scope) {
    DefaultArtifact artifact = new DefaultArtifact(groupId, artifactId, version, scope, "jar", null,
        new DefaultArtifactHandler("jar"));
    artifact.setFile(new File("/repo/" + artifactId + "-" + version + ".jar"));
    return artifact;
  }

  @Test
  void thePluginsCommandFollowsWithoutWhatTheProjectHasItself() {
    List<Artifact> project = List.of(
        artifact("dev.jera", "jera-annotations", "1.0", "compile"),
        artifact("dev.jera", "jera-runner", "1.0", "compile"),
        artifact("com.fasterxml.jackson.core", "jackson-core", "2.17.0", "compile"));
    List<Artifact> plugin = List.of(
        artifact("dev.jera", "jera-maven-plugin", "1.1", null),
        artifact("dev.jera", "jera-cli", "1.1", "compile"),
        artifact("dev.jera", "jera-local", "1.1", "compile"),
        artifact("dev.jera", "jera-runner", "1.1", "compile"),
        artifact("com.fasterxml.jackson.core", "jackson-core", "2.20.1", "compile"),
        artifact("com.fasterxml.jackson.dataformat", "jackson-dataformat-yaml", "2.20.1", "compile"));

    assertThat(CommandClassPath.of(project, plugin)).containsExactly(
        "/repo/jera-cli-1.1.jar", "/repo/jera-local-1.1.jar", "/repo/jackson-dataformat-yaml-2.20.1.jar").inOrder();
  }

  @Test
  void aTestScopedExecutorOfTheProjectIsNotOnItsRunTimeClassPathSoThePluginsRuns() {
    List<Artifact> project = List.of(
        artifact("dev.jera", "jera-runner", "1.0", "compile"),
        artifact("dev.jera", "jera-local", "1.0", "test"));
    List<Artifact> plugin = List.of(
        artifact("dev.jera", "jera-cli", "1.0", "compile"),
        artifact("dev.jera", "jera-local", "1.0", "compile"));

    assertThat(CommandClassPath.of(project, plugin)).containsExactly("/repo/jera-cli-1.0.jar", "/repo/jera-local-1.0.jar")
        .inOrder();
  }
}
