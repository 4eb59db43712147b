package dev.jera.maven.readme;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The project of README.md's "Start a project", built as a new user would: its files extracted from README.md
 * as it stands (so the text cannot drift), in a fresh folder, with no parent pom, by the Maven running this
 * build (3.8.7 here and in CI), its commands as README.md gives them. Jera's artifacts come from the ITs'
 * repository, where invoker:install put this build's; everything else from the local repository or Maven
 * Central.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadmeProjectIT {
  static final String SECTION = "Start a project";
  private static final String WORKFLOW = "daily-sales";

  private static Path project;
  private static Path settings;
  private static Path temporary;
  private static List<String> commands;

  /** What one Maven invocation printed and returned. */
  record Build(List<String> command, int code, String output) {
    void succeeded() {
      assertWithMessage("%s failed (exit %s):\n%s", String.join(" ", command), code, tail()).that(code).isEqualTo(0);
    }

    String tail() {
      List<String> lines = output.lines().toList();
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }
  }

  @BeforeAll
  static void writeTheProjectFromTheReadme() throws IOException {
    Readme readme = Readme.load();
    project = Files.createTempDirectory("jera-readme-");
    for (Map.Entry<String, String> file : readme.files(SECTION).entrySet()) {
      Path path = project.resolve(file.getKey()).normalize();
      assertThat(path.startsWith(project)).isTrue();
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
    commands = readme.commands(SECTION);
    temporary = Files.createDirectories(project.resolveSibling(project.getFileName() + "-tmp"));
    settings = project.resolveSibling(project.getFileName() + "-settings.xml");
    String url = Path.of(property("jera.local.repository")).toUri().toString();
    Files.writeString(settings, Files.readString(Path.of(property("jera.it.settings")))
        .replace("@localRepositoryUrl@", url));
  }

  @AfterAll
  static void removeTheProject() throws IOException {
    if (settings != null) {
      Files.deleteIfExists(settings);
    }
    if (project != null) {
      delete(project);
    }
    if (temporary != null) {
      delete(temporary);
    }
  }

  @Test
  @Order(1)
  void theRunCommandCompilesAndRunsTheWorkflowThroughThePlugin() throws Exception {
    Build build = maven(command("jera:run"));

    build.succeeded();
    assertThat(Files.exists(project.resolve("target/classes/META-INF/argo/" + WORKFLOW + ".yaml"))).isTrue();
    assertThat(Files.exists(project.resolve("target/classes/com/example/etl/DailySales_JeraRunner.class"))).isTrue();
    assertThat(build.output()).containsMatch("(?m)^total\\s+Succeeded\\s+1\\s+\\S+\\s+total 214\\.0000$");
    assertThat(build.output()).containsMatch("(?m)^" + WORKFLOW + "-[a-z0-9]{5} Succeeded in \\S+; record: \\.jera/runs/\\S+$");
    assertThat(Files.isDirectory(project.resolve(".jera/runs"))).isTrue();
  }

  @Test
  @Order(2)
  void theTestRunsAndCountsAsATest() throws Exception {
    Build build = maven(command("test"));

    build.succeeded();
    assertThat(build.output()).contains("Running com.example.etl.DailySalesTest");
    assertThat(build.output()).containsMatch("(?m)^\\[INFO\\] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0$");
  }

  /** No registry is reachable here: the image is built on Jib's empty base instead of the pom's JRE. */
  @Test
  @Order(3)
  void packageBuildsTheImageAndPinsTheManifestsToIt() throws Exception {
    Build build = maven(command("package"), "-Djib.from.image=scratch");

    build.succeeded();
    JsonNode image = new ObjectMapper().readTree(project.resolve("target/jib-image.json").toFile());
    String digest = image.path("imageDigest").asText();
    assertThat(digest).matches("sha256:[0-9a-f]{64}");
    assertThat(build.output()).contains("[INFO] jera: pinned registry.example.com/etl:1.0.0-SNAPSHOT to " + digest
        + " in 1 of 1 manifests; written to target/argo-pinned");
    assertThat(Files.readString(project.resolve("target/argo-pinned/" + WORKFLOW + ".yaml")))
        .contains("image: registry.example.com/etl@" + digest + "\n");
  }

  /** README.md's command whose words include {@code word}. */
  private static String command(String word) {
    List<String> matching = commands.stream().filter(command -> List.of(command.split("\\s+")).contains(word)).toList();
    assertWithMessage("README.md's section %s has one command with %s: %s", SECTION, word, commands).that(matching).hasSize(1);
    return matching.get(0);
  }

  /** Runs README.md's {@code command} ({@code mvn …}) in the project with the ITs' repository and settings. */
  private static Build maven(String command, String... extra) throws IOException, InterruptedException {
    List<String> words = new ArrayList<>(List.of(command.split("\\s+")));
    assertThat(words.get(0)).isEqualTo("mvn");
    List<String> argv = new ArrayList<>();
    argv.add(Path.of(property("jera.maven.home"), "bin", "mvn").toString());
    argv.addAll(List.of("-B", "-V", "-s", settings.toString(), "-Dmaven.repo.local=" + property("jera.it.repository")));
    argv.addAll(words.subList(1, words.size()));
    argv.addAll(List.of(extra));
    ProcessBuilder builder = new ProcessBuilder(argv).directory(project.toFile()).redirectErrorStream(true);
    builder.environment().put("MAVEN_OPTS", "-Djib.disableUpdateChecks=true -XX:TieredStopAtLevel=1");
    // Every JVM of the build (Surefire's too) keeps its temporary files where this test deletes them:
    // LocalRun keeps each run's record in a temporary folder of its own.
    builder.environment().put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + temporary);
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Build(argv, process.waitFor(), output);
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("system property " + name + " is not set (the pom's failsafe configuration sets it)");
    }
    return value;
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    Files.walkFileTree(folder, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
