package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jera.local.testing.JavaProcess;
import dev.jera.local.testing.TemporaryRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs leave nothing in the temporary folder: a {@link LocalRun} with no home keeps its records there
 * only until the JVM exits, files a step returns from there are moved into the record, and a step
 * process's temporary files go with its attempt. (The build checks the same of the whole test suite: its
 * temporary folder must be empty once the tests have run.)
 */
class LeaveNothingBehindTest {
  @TempDir Path folder;

  @Test
  void runsWithoutAHomeLeaveTheTemporaryFolderAsTheyFoundIt() throws IOException {
    assumeTrue(TestRuns.installed("sh") && TestRuns.installed("mktemp"), "sh and mktemp are needed for the command step");
    Path temporary = Files.createDirectories(folder.resolve("tmp"));
    JavaProcess java = JavaProcess.current(folder);

    JavaProcess.Outcome outcome = java.run(java.java(List.of("-Djava.io.tmpdir=" + temporary),
        TemporaryRuns.class.getName()), Map.of("JERA_HOME", "", "TMPDIR", temporary.toString()));

    // Only notes, such as why steps run in JVMs of their own on a JDK without a SecurityManager.
    assertThat(outcome.err().lines().filter(line -> !line.startsWith("jera: ")).toList()).isEmpty();
    assertThat(outcome.out()).isEqualTo(String.join(System.lineSeparator(),
        "in process Succeeded a.txt=A,sub/b.txt=two recorded",
        "isolated Succeeded a.txt=A,sub/b.txt=two recorded", ""));
    try (Stream<Path> left = Files.list(temporary)) {
      assertThat(left.map(Path::getFileName).map(Path::toString).toList()).isEmpty();
    }
  }
}
