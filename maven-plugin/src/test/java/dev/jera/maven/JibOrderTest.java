package dev.jera.maven;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.junit.jupiter.api.Test;

/** Whether Jib builds the image before jera:pin, from the order of the project's plugins and phases. */
class JibOrderTest {
  private static final String ADVICE = "; bind Jib's buildTar, build or dockerBuild goal to package and declare"
      + " jera-maven-plugin after jib-maven-plugin in <plugins> (the goals of one phase run in the pom's order), or"
      + " skip pinning with -Djera.pin.skip";

  private static Plugin plugin(String group, String artifact) {
    Plugin plugin = new Plugin();
    plugin.setGroupId(group);
    plugin.setArtifactId(artifact);
    return plugin;
  }

  private static Plugin jib(String phase, String goal) {
    Plugin jib = plugin("com.google.cloud.tools", "jib-maven-plugin");
    PluginExecution execution = new PluginExecution();
    execution.setPhase(phase);
    execution.addGoal(goal);
    jib.addExecution(execution);
    return jib;
  }

  private static final Plugin JERA = plugin("dev.jera", "jera-maven-plugin");
  private static final Plugin COMPILER = plugin("org.apache.maven.plugins", "maven-compiler-plugin");

  @Test
  void jibDeclaredFirstInTheSamePhase() {
    assertThat(JibOrder.problem(List.of(COMPILER, jib("package", "buildTar"), JERA), "package")).isEmpty();
  }

  @Test
  void jibInAnEarlierPhaseWhereverDeclared() {
    assertThat(JibOrder.problem(List.of(JERA, jib("prepare-package", "build")), "package")).isEmpty();
  }

  @Test
  void jibDeclaredAfterInTheSamePhase() {
    assertThat(JibOrder.problem(List.of(JERA, jib("package", "dockerBuild")), "package")).hasValue(
        "no image is built before jera:pin (at package): jib-maven-plugin's dockerBuild is bound to package too, but"
            + " jib-maven-plugin is declared after jera-maven-plugin" + ADVICE);
  }

  @Test
  void jibInALaterPhase() {
    assertThat(JibOrder.problem(List.of(jib("verify", "buildTar"), JERA), "package")).hasValue(
        "no image is built before jera:pin (at package): jib-maven-plugin's buildTar is bound to verify, after package"
            + ADVICE);
  }

  @Test
  void jibWithNoGoalInTheLifecycle() {
    Plugin unbound = jib(null, "build");

    assertThat(JibOrder.problem(List.of(unbound, JERA), "package")).hasValue(
        "no image is built before jera:pin (at package): jib-maven-plugin has no goal bound to a phase" + ADVICE);
  }

  @Test
  void noJibAtAll() {
    assertThat(JibOrder.problem(List.of(COMPILER, JERA), "package")).hasValue(
        "no image is built before jera:pin: the project has no jib-maven-plugin" + ADVICE);
  }
}
