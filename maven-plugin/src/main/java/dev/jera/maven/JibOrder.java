package dev.jera.maven;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;

/**
 * Whether Jib builds an image before {@code jera:pin} in a lifecycle build, read from the project's plugins: one of
 * Jib's image goals bound to an earlier phase, or to the same phase with jib-maven-plugin declared first (the
 * goals of one phase run in the order the pom declares their plugins). Otherwise pin would pin the image of an
 * earlier build.
 */
final class JibOrder {
  static final String JIB_GROUP = "com.google.cloud.tools";
  static final String JIB_ARTIFACT = "jib-maven-plugin";
  private static final Set<String> IMAGE_GOALS = Set.of("build", "buildTar", "dockerBuild");

  /** Maven's default lifecycle, in order. */
  static final List<String> PHASES = List.of(
      "validate", "initialize", "generate-sources", "process-sources", "generate-resources", "process-resources",
      "compile", "process-classes", "generate-test-sources", "process-test-sources", "generate-test-resources",
      "process-test-resources", "test-compile", "process-test-classes", "test", "prepare-package", "package",
      "pre-integration-test", "integration-test", "post-integration-test", "verify", "install", "deploy");

  private JibOrder() {}

  /** What keeps Jib from building the image before pin, bound to {@code pinPhase}, or empty when it does. */
  static Optional<String> problem(List<Plugin> plugins, String pinPhase) {
    int pin = PHASES.indexOf(pinPhase);
    int jibPosition = -1;
    int jeraPosition = -1;
    for (int i = 0; i < plugins.size(); i++) {
      Plugin plugin = plugins.get(i);
      if (is(plugin, JIB_GROUP, JIB_ARTIFACT)) {
        jibPosition = i;
      } else if (is(plugin, AbstractCommandMojo.RUNTIME_GROUP, "jera-maven-plugin")) {
        jeraPosition = i;
      }
    }
    if (pin < 0) {
      return Optional.empty(); // a phase of another lifecycle: nothing to compare with
    }
    String advice = "; bind Jib's buildTar, build or dockerBuild goal to " + pinPhase + " and declare jera-maven-plugin"
        + " after jib-maven-plugin in <plugins> (the goals of one phase run in the pom's order), or skip pinning with"
        + " -Djera.pin.skip";
    if (jibPosition < 0) {
      return Optional.of("no image is built before jera:pin: the project has no jib-maven-plugin" + advice);
    }
    String later = null;
    for (PluginExecution execution : plugins.get(jibPosition).getExecutions()) {
      for (String goal : execution.getGoals()) {
        if (!IMAGE_GOALS.contains(goal) || execution.getPhase() == null) {
          continue;
        }
        int phase = PHASES.indexOf(execution.getPhase());
        if (phase < 0) {
          continue;
        }
        if (phase < pin || (phase == pin && jibPosition < jeraPosition)) {
          return Optional.empty();
        }
        later = "jib-maven-plugin's " + goal + " is bound to " + execution.getPhase()
            + (phase == pin ? " too, but jib-maven-plugin is declared after jera-maven-plugin" : ", after " + pinPhase);
      }
    }
    return Optional.of("no image is built before jera:pin (at " + pinPhase + "): "
        + (later != null ? later : "jib-maven-plugin has no goal bound to a phase") + advice);
  }

  private static boolean is(Plugin plugin, String group, String artifact) {
    return group.equals(plugin.getGroupId()) && artifact.equals(plugin.getArtifactId());
  }
}
