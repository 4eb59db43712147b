package dev.jera.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code bench/processor-overhead.sh --check}: the benchmark's generated project (both kinds of script
 * bodies) still compiles with the processor into a manifest and a runner per workflow. Without it the
 * benchmark broke silently once already, when a change to the processor's type checks made its project
 * invalid. No timing: the check takes a few seconds.
 */
class BenchmarkProjectTest {
  private static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  private static final Path SCRIPT = MODULE.resolveSibling("bench").resolve("processor-overhead.sh");
  /** Written by the dependency plugin's build-classpath (processor/pom.xml): the run-time dependencies only. */
  private static final Path DEPENDENCIES = MODULE.resolve("target/processor-path.txt");

  @Test
  void benchmarkProjectCompilesWithTheProcessor(@TempDir Path work) throws Exception {
    assumeTrue(bashPresent(), "no bash on this machine: skipping the benchmark script's check");
    assertWithMessage("the benchmark script").that(Files.isRegularFile(SCRIPT)).isTrue();
    String dependencies = Files.readString(DEPENDENCIES, StandardCharsets.UTF_8).strip();
    String processorPath = MODULE.resolve("target/classes") + File.pathSeparator + dependencies;

    Path log = work.resolve("check.log");
    ProcessBuilder builder =
        new ProcessBuilder("bash", SCRIPT.toString(), "--check").redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("JERA_CHECK_CP", dependencies);
    builder.environment().put("JERA_CHECK_PROCESSOR_PATH", processorPath);
    builder.environment().put("JERA_BENCH_DIR", work.toString());
    // The javac of the JDK running the tests, not whichever comes first on the PATH.
    Path jdkBin = Path.of(System.getProperty("java.home"), "bin");
    if (Files.isExecutable(jdkBin.resolve("javac"))) {
      builder.environment().merge("PATH", jdkBin.toString(), (path, bin) -> bin + File.pathSeparator + path);
    }
    Process process = builder.start();
    boolean ended = process.waitFor(3, TimeUnit.MINUTES);
    if (!ended) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertWithMessage("still running after 3 minutes:\n%s", output).that(ended).isTrue();

    assertWithMessage("exit code; output:\n%s", output).that(process.exitValue()).isEqualTo(0);
    assertThat(output).contains("check: 5 workflows compiled with the processor into 5 manifests and 5 runners");
    assertWithMessage("javac's output: %s", output).that(output).doesNotContain("warning");
  }

  private static boolean bashPresent() {
    try {
      return new ProcessBuilder("bash", "-c", "true").start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
