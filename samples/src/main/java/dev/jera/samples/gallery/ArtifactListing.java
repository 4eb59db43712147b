package dev.jera.samples.gallery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** {@code ls -l} in Java: what the input artifact examples print about the files they were given. */
final class ArtifactListing {
  private ArtifactListing() {}

  /** Each regular file under {@code root} (or {@code root} itself) as {@code "<relative path> <bytes>"}, sorted. */
  static List<String> list(Path root) throws IOException {
    if (Files.isRegularFile(root)) {
      return List.of(root.getFileName() + " " + Files.size(root));
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .map(file -> root.relativize(file).toString().replace('\\', '/') + " " + size(file))
          .sorted()
          .toList();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
