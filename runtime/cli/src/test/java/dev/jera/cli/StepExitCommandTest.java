package dev.jera.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jera.cli.testing.JeraProcess;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jera run} on Java 17 runs Java steps in its JVM, guarded against their exits, without the JDK's
 * warning; where no guard can be installed (Java 24 on) it runs them in JVMs of their own and says so.
 * (StepExitTest in jera-local checks exits in process and isolated.)
 */
class StepExitCommandTest {
  @TempDir Path home;

  @Test
  void onJava17TheCommandLineRunsStepsInProcessWithoutTheJdksWarning() {
    Optional<Path> jdk17 = Runtime.version().feature() == 17
        ? Optional.of(Path.of(System.getProperty("java.home")))
        : JeraProcess.installedJdk(feature -> feature == 17);
    assumeTrue(jdk17.isPresent(), "no Java 17 installed on this machine (list others in -Djera.test.jdks)");

    JeraProcess.Outcome outcome =
        JeraProcess.with(jdk17.get(), home).run(List.of(), Map.of(), "run", "tools-exit", "--output", "json");

    assertFailedWithExitCodeThree(outcome);
    assertThat(outcome.err()).contains("in process");
    assertThat(outcome.err()).doesNotContain("WARNING");
    assertThat(outcome.err()).doesNotContain("JVMs of their own");
  }

  @Test
  void whereNoGuardCanBeInstalledJavaStepsRunInJvmsOfTheirOwnAndSaySo() {
    Optional<Path> jdk = Runtime.version().feature() >= 24
        ? Optional.of(Path.of(System.getProperty("java.home")))
        : JeraProcess.installedJdk(feature -> feature >= 24);
    assumeTrue(jdk.isPresent(), "no Java 24 or later installed on this machine (list one in -Djera.test.jdks)");

    JeraProcess.Outcome outcome =
        JeraProcess.with(jdk.get(), home).run(List.of(), Map.of(), "run", "tools-exit", "--output", "json");

    assertFailedWithExitCodeThree(outcome);
    assertThat(outcome.err()).doesNotContain("WARNING");
    assertThat(outcome.err()).contains("a JVM per step");
    assertThat(outcome.err()).containsMatch(
        "jera: Java steps run in JVMs of their own, since Java \\d+ cannot keep a step's System.exit from ending"
            + " this JVM \\(no SecurityManager since Java 24\\); run on Java 17 to 23 to run steps in this JVM");
  }

  /** The table (on stderr with --output json) and the document of a run whose quit step exited with 3, twice. */
  private void assertFailedWithExitCodeThree(JeraProcess.Outcome outcome) {
    assertThat(outcome.code()).isEqualTo(1);
    assertThat(outcome.err()).containsMatch("quit +Failed +2 .*about to end the JVM with 3");
    assertThat(outcome.err()).containsMatch("sibling +Succeeded +1 .*rested");
    assertThat(outcome.err()).containsMatch("tools-exit-\\w{5} Failed in");
    assertThat(outcome.out()).containsMatch("\"quit\": \\{[^}]*\"exitCode\": 3");
  }
}
