package dev.jera.processor.testing;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: what the processor emits, compared byte for byte with a file under
 * {@code src/test/resources/golden}. After an intended change, rerun the tests with
 * {@code -Djera.updateGolden=true}, which rewrites the files, and review the difference in git.
 */
public final class Golden {
  public static final String UPDATE = "jera.updateGolden";

  private Golden() {}

  /** Asserts {@code actual} is the text of {@code golden} (rewriting it first when updating). */
  public static void assertMatches(Path golden, String actual) {
    try {
      if (Boolean.getBoolean(UPDATE)) {
        Files.createDirectories(golden.toAbsolutePath().getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertWithMessage("no golden file %s; run the tests with -D%s=true to create it", golden, UPDATE)
          .that(Files.exists(golden)).isTrue();
      assertWithMessage("%s (after an intended change, rerun with -D%s=true)", golden, UPDATE)
          .that(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
