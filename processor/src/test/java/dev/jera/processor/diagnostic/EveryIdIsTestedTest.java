package dev.jera.processor.diagnostic;

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
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic id has a test that triggers it. A test states the ids its compilation draws,
 * {@code Compile.expecting(UNKNOWN_SCRIPT).withImage(source)}, and fails unless the compilation drew
 * exactly those (see {@code PinnedDiagnostics}); so an id named there is an id a passing test
 * triggers. This test reads the tests' sources for those statements.
 */
class EveryIdIsTestedTest {
  private static final Path TESTS = Path.of("src/test/java");
  private static final Pattern EXPECTING = Pattern.compile("\\bexpecting\\(([^()]*)\\)");
  private static final Pattern ID = Pattern.compile("(?:MessageId\\.)?([A-Z][A-Z0-9_]*)");

  @Test
  void everyIdIsExpectedByATest() {
    Set<String> expected = new TreeSet<>();
    for (String source : sources()) {
      Matcher statement = EXPECTING.matcher(source);
      while (statement.find()) {
        for (String argument : statement.group(1).split(",")) {
          Matcher id = ID.matcher(argument.strip());
          if (id.matches()) {
            expected.add(id.group(1));
          }
        }
      }
    }
    List<String> untested = new ArrayList<>();
    for (MessageId id : MessageId.values()) {
      if (!expected.contains(id.name())) {
        untested.add(id.name());
      }
    }
    assertWithMessage("ids no test triggers; add a test that compiles a mistake with Compile.expecting(ID)")
        .that(untested).isEmpty();
  }

  @Test
  void noTestOfTheProcessorIsSwitchedOff() {
    // A statement in a disabled test proves nothing.
    for (String source : sources()) {
      assertWithMessage("a processor test source").that(source).doesNotContain("@Disabled");
    }
  }

  private static List<String> sources() {
    try (Stream<Path> files = Files.walk(TESTS)) {
      List<String> sources = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        if (!file.endsWith(Path.of("diagnostic", "EveryIdIsTestedTest.java"))) {
          sources.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
