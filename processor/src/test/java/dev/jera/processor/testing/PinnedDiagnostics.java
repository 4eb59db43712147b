package dev.jera.processor.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import dev.jera.processor.diagnostic.MessageId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every compilation a test makes through {@link Compile} that draws a diagnostic from Jera states the
 * exact ids it expects ({@code Compile.expecting(UNKNOWN_SCRIPT).withImage(source)}), so a duplicated
 * or knock-on diagnostic fails the test; a compilation that draws none needs no statement. Registered
 * for every test of this module (junit-platform.properties).
 *
 * <p>With {@code -Djera.reportPins=FILE} the check lists what it would fail on in FILE instead.
 */
public final class PinnedDiagnostics implements BeforeEachCallback, AfterEachCallback {
  private static final ThreadLocal<List<Compiled>> COMPILED = ThreadLocal.withInitial(ArrayList::new);

  /** One compilation of the running test: where the test made it, and the ids it expects, if it said. */
  private record Compiled(Compilation compilation, String site, List<MessageId> expected) {}

  /** Records {@code compilation}; {@code expected} is null when the test stated nothing. */
  static void record(Compilation compilation, List<MessageId> expected) {
    COMPILED.get().add(new Compiled(compilation, caller(), expected));
  }

  /** Asserts the ids of Jera's diagnostics are {@code expected}, in any order, each as many times. */
  static void assertIds(Compilation compilation, List<MessageId> expected) {
    assertWithMessage("the ids of Jera's diagnostics (%s)", compilation.diagnostics())
        .that(JeraDiagnostics.ids(compilation)).containsExactlyElementsIn(expected);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    COMPILED.get().clear();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<Compiled> compiled = new ArrayList<>(COMPILED.get());
    COMPILED.get().clear();
    if (context.getExecutionException().isPresent()) {
      return;
    }
    String report = System.getProperty("jera.reportPins");
    for (Compiled one : compiled) {
      List<MessageId> ids = JeraDiagnostics.ids(one.compilation());
      if (one.expected() != null || ids.isEmpty()) {
        continue;
      }
      if (report != null) {
        append(Path.of(report), context.getRequiredTestClass().getName() + "#" + context.getRequiredTestMethod().getName()
            + "|" + one.site() + "|" + ids + "\n");
        continue;
      }
      throw new AssertionError("the compilation at " + one.site() + " drew Jera's diagnostics " + ids
          + "; state them, e.g. Compile.expecting(" + ids.get(0) + ", …).withImage(…), so that a duplicated or"
          + " knock-on diagnostic fails this test");
    }
  }

  private static synchronized void append(Path file, String line) {
    try {
      Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test's line that asked for the compilation: the first frame outside this package. */
  private static String caller() {
    return StackWalker.getInstance()
        .walk(frames -> frames
            .filter(frame -> frame.getClassName().startsWith("dev.jera.")
                && !frame.getClassName().startsWith(PinnedDiagnostics.class.getPackageName() + "."))
            .findFirst()
            .map(frame -> frame.getClassName() + ":" + frame.getLineNumber())
            .orElse("?"));
  }
}
