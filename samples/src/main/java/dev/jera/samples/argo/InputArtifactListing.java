package dev.jera.samples.argo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the input-artifact ports print for their artifact: upstream's {@code ls -l}, in Java. */
final class InputArtifactListing {
  private InputArtifactListing() {}

  /** Prints each file of {@code artifact} (itself, for a file) with its size. */
  static void list(Path artifact) throws IOException {
    if (!Files.isDirectory(artifact)) {
      System.out.println(Files.size(artifact) + " " + artifact.getFileName());
      return;
    }
    try (Stream<Path> files = Files.list(artifact)) {
      for (Path file : files.sorted().toList()) {
        System.out.println((Files.isDirectory(file) ? "d " : Files.size(file) + " ") + file.getFileName());
      }
    }
  }
}
