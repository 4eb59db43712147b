package dev.jera.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The processor is a one-direction pipeline: no package uses a later stage (see the package's
 * {@code package-info.java}). Imports and fully qualified names in the main sources are both read.
 */
class StageOrderTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/jera/processor");

  /** Which processor packages each may use, besides itself; the root package wires them all. */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "model", Set.of(),
      "diagnostic", Set.of("model"),
      "wiring", Set.of("model"),
      "collect", Set.of("model", "diagnostic"),
      "resolve", Set.of("model", "wiring", "diagnostic"),
      "validate", Set.of("model", "wiring", "diagnostic"),
      "emit", Set.of("model", "wiring", "emit.argo", "emit.yaml"),
      "emit.argo", Set.of("emit.yaml"),
      "emit.yaml", Set.of());

  private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.jera\\.processor\\.([a-z]+(?:\\.argo|\\.yaml)?)\\.[A-Z]");

  @Test
  void noPackageUsesALaterStage() throws IOException {
    List<String> violations = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String from = packageOf(file);
        seen.add(from);
        if (from.isEmpty()) {
          continue; // The processor itself wires every stage.
        }
        Set<String> allowed = ALLOWED.get(from);
        assertWithMessage("package %s is not in the stage order; add it to ALLOWED and package-info.java", from)
            .that(allowed).isNotNull();
        String text = Files.readString(file, StandardCharsets.UTF_8).replaceFirst("(?m)^package .*;", "");
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
          String to = matcher.group(1);
          if (!to.equals(from) && !allowed.contains(to)) {
            violations.add(SOURCES.relativize(file) + " (" + from + ") uses " + to);
          }
        }
      }
    }
    assertWithMessage("every stage has sources").that(seen).containsAtLeastElementsIn(ALLOWED.keySet());
    assertWithMessage("uses of a later stage").that(violations).isEmpty();
  }

  private static String packageOf(Path file) {
    Path folder = SOURCES.relativize(file).getParent();
    return folder == null ? "" : folder.toString().replace('/', '.');
  }
}
