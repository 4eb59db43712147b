package dev.jera.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;

/**
 * What the forked {@code jera} command adds to the project's run-time class path: this plugin's own jera-cli and
 * its dependencies (the executor among them), which a project needs not declare (it has jera-runner at compile
 * scope, and jera-local at test scope at most). Where the project has an artifact itself (jera-runner, Jackson,
 * in whatever version), the project's stays and the plugin's is left out, so each class is found once and the
 * runners run on the library they were compiled against.
 */
final class CommandClassPath {
  private static final String PLUGIN_ARTIFACT = "jera-maven-plugin";

  private CommandClassPath() {}

  /** The files of {@code pluginArtifacts} to put after the project's run-time class path. */
  static List<String> of(Collection<Artifact> projectArtifacts, Collection<Artifact> pluginArtifacts) {
    Set<String> projects = new HashSet<>();
    for (Artifact artifact : projectArtifacts) {
      if (onRuntimeClassPath(artifact)) {
        projects.add(key(artifact));
      }
    }
    List<String> files = new ArrayList<>();
    for (Artifact artifact : pluginArtifacts) {
      File file = artifact.getFile();
      if (file != null && !PLUGIN_ARTIFACT.equals(artifact.getArtifactId()) && "jar".equals(artifact.getType())
          && !projects.contains(key(artifact))) {
        files.add(file.getPath());
      }
    }
    return files;
  }

  private static boolean onRuntimeClassPath(Artifact artifact) {
    String scope = artifact.getScope();
    return scope == null || Artifact.SCOPE_COMPILE.equals(scope) || Artifact.SCOPE_RUNTIME.equals(scope)
        || Artifact.SCOPE_SYSTEM.equals(scope);
  }

  private static String key(Artifact artifact) {
    return artifact.getGroupId() + ":" + artifact.getArtifactId() + ":" + (artifact.getClassifier() == null ? "" : artifact.getClassifier());
  }
}
