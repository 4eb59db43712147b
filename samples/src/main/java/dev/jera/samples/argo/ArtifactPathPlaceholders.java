package dev.jera.samples.argo;

import dev.jera.Output;
import dev.jera.Param;
import dev.jera.Raw;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Argo's {@code examples/artifact-path-placeholders.yaml}: the entrypoint {@code head-lines} is given the
 * workflow's parameter {@code lines-count} (3) and its argument file {@code text} (five numbered lines,
 * {@code raw}); it leaves the first lines as the output artifact {@code text} and how many it kept as the
 * output parameter {@code actual-lines-count}.
 *
 * @param text the argument file: the lines {@code 1} to {@code 5}
 */
@Workflow(name = "artifact-path-placeholders", entrypoint = "head-lines")
@Param(value = "lines-count", defaultValue = "3")
public record ArtifactPathPlaceholders(@Param("text") @Raw("1\n2\n3\n4\n5\n") Path text) {

  /** What {@code head-lines} leaves. */
  public record Head(@Output("actual-lines-count") String actualLinesCount, @Output("text") Path text) {}

  /** Keeps the first {@code linesCount} lines, as upstream's {@code head -n … | tee … | wc -l}. */
  @Template(name = "head-lines")
  public static Head headLines(@Param("lines-count") int linesCount, @Param("text") Path text) throws IOException {
    List<String> lines = Files.readAllLines(text);
    List<String> head = lines.subList(0, Math.min(linesCount, lines.size()));
    head.forEach(System.out::println);
    Path kept = Files.createTempFile("text", ".txt");
    Files.write(kept, head);
    return new Head(String.valueOf(head.size()), kept);
  }
}
