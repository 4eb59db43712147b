package dev.jera.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layers of Jera's code, as the module and package names promise them: a step's class path (jera-runner) and
 * Argo's syntax (jera-argo) depend on nothing of Jera's; the executor knows neither the command line nor the
 * cluster; the processor never reaches into the executor; and within the executor, each part uses only the parts
 * below it (the schedule, {@code engine}, is used by the API's entry points only).
 *
 * <p>It reads the main sources of every module and finds every reference to a Jera package in code (an import, a
 * fully qualified name), outside comments and string literals. The source rather than the bytecode, with no
 * library (ArchUnit would need one): Jera's rules are about which package a file may name, which an import reads
 * as plainly as a class file does, and the test then also covers modules not yet compiled in a build.
 */
class LayeringTest {
  private static final Path REPOSITORY = Path.of(System.getProperty("jera.repository", "../..")).toAbsolutePath().normalize();
  private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.jera(?:\\.[a-z][a-z0-9_]*)*(?=\\.[A-Z]|\\.\\*|;)");
  private static final Pattern COMMENT_OR_STRING = Pattern.compile(
      "//[^\\n]*|/\\*.*?\\*/|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'", Pattern.DOTALL);

  /**
   * Each row: a folder of main sources (under the repository), the packages it may name (a prefix also allows
   * its subpackages unless a package of the row names one exactly, with '='), and why.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "runtime/runner/src/main/java | dev.jera.runner | a step's class path holds jera-runner and nothing else of Jera's",
    "runtime/argo/src/main/java | dev.jera.argo | Argo's syntax is shared by the processor and the executor, and depends on neither",
    "runtime/local/src/main/java | dev.jera.local dev.jera.runner dev.jera.argo | the executor knows neither the command line nor the cluster",
    "runtime/local/src/main/java/dev/jera/local/manifest | =dev.jera.local dev.jera.local.manifest dev.jera.runner dev.jera.argo | what a manifest says depends on no part of a run",
    "runtime/local/src/main/java/dev/jera/local/values | =dev.jera.local dev.jera.local.manifest dev.jera.local.values dev.jera.runner dev.jera.argo | values depend on the manifest only",
    "runtime/local/src/main/java/dev/jera/local/launch | =dev.jera.local dev.jera.local.manifest dev.jera.local.values dev.jera.local.launch dev.jera.runner dev.jera.argo | a launcher knows nothing of the schedule",
    "runtime/local/src/main/java/dev/jera/local/artifacts | =dev.jera.local dev.jera.local.manifest dev.jera.local.values dev.jera.local.launch dev.jera.local.artifacts dev.jera.runner dev.jera.argo | artifacts knows nothing of the schedule",
    "runtime/local/src/main/java/dev/jera/local/record | =dev.jera.local dev.jera.local.values dev.jera.local.record dev.jera.runner dev.jera.argo | the record knows nothing of the schedule",
    "runtime/local/src/main/java/dev/jera/local/console | =dev.jera.local dev.jera.local.console | tables and progress read reports only",
    "runtime/cluster/src/main/java | dev.jera.cluster dev.jera.local dev.jera.runner dev.jera.argo | the Argo Server client parses no command line",
    "runtime/cluster/src/main/java/dev/jera/cluster/api | dev.jera.cluster.api | the HTTP client depends on nothing of Jera's",
    "processor/src/main/java | dev.jera.processor =dev.jera dev.jera.argo dev.jera.runner | the compiler never reaches into the executor, the command line or the cluster",
  })
  void aModuleNamesOnlyTheLayersBelowIt(String folder, String allowed, String why) throws IOException {
    Path root = REPOSITORY.resolve(folder.strip());
    assertWithMessage("%s holds no sources: is jera.repository (%s) the repository's root?", root, REPOSITORY)
        .that(javaFiles(root)).isNotEmpty();
    List<String> packages = List.of(allowed.strip().split("\\s+"));
    List<String> wrong = new ArrayList<>();
    for (Path file : javaFiles(root)) {
      for (String reference : references(file)) {
        if (!allowed(reference, packages)) {
          wrong.add(REPOSITORY.relativize(file) + " names " + reference);
        }
      }
    }
    assertWithMessage("%s: %s", folder.strip(), why.strip()).that(wrong).isEmpty();
  }

  /** The test itself finds what it looks for. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "import dev.jera.cli.Jera; | dev.jera.cli",
    "import static dev.jera.local.engine.Locks.limit; | dev.jera.local.engine",
    "x = new dev.jera.local.manifest.Task(); | dev.jera.local.manifest",
    "import dev.jera.Workflow; | dev.jera",
    "// dev.jera.cli.Jera in a comment | ",
    "s = \"dev.jera.cli.Jera\"; | ",
  })
  void referencesAreFoundInCodeOnly(String code, String expected) {
    Set<String> found = references(code);
    if (expected == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).containsExactly(expected.strip());
    }
  }

  private static boolean allowed(String reference, List<String> packages) {
    for (String entry : packages) {
      if (entry.startsWith("=")) {
        if (reference.equals(entry.substring(1))) {
          return true;
        }
      } else if (reference.equals(entry) || reference.startsWith(entry + ".")) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> references(Path file) {
    try {
      return references(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> references(String source) {
    String code = COMMENT_OR_STRING.matcher(source).replaceAll(" ");
    code = code.replaceFirst("(?m)^package\\s+[\\w.]+;", "");
    Set<String> found = new TreeSet<>();
    Matcher matcher = REFERENCE.matcher(code);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
  }
}
