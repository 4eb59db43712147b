package dev.jera.processor;

import com.squareup.javapoet.JavaFile;
import dev.jera.processor.model.Site;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * The runners of a compilation: each file is created when its workflow is processed and written when
 * processing is over.
 *
 * <p>Javac counts a source file as generated in the round that closes it, and follows every round that
 * generated one with another, which enters every class of the compilation again: for a big project that
 * round costs about as much as the processor's own work. Creating the files in the last round instead
 * would draw javac's warning "created in the last round will not be subject to annotation processing"
 * for each runner (unconditional since JDK 9, an error under {@code -Werror}). So the file is created at
 * once, which reserves its name (a clash is reported in its own round, as before), and written in the
 * last round; javac and ecj alike compile the files closed in that round with the rest of the sources.
 * Runners need no annotation processing: nothing in them is annotated for a processor.
 */
final class RunnerFiles {
  private record Pending(JavaFileObject file, JavaFile runner, Site site) {}

  private final Filer filer;
  private final Reporter reporter;
  private final List<Pending> pending = new ArrayList<>();

  RunnerFiles(Filer filer, Reporter reporter) {
    this.filer = filer;
    this.reporter = reporter;
  }

  /** Creates the file of {@code runner} now, to be written by {@link #writeAll}. */
  void create(JavaFile runner, Site site) throws IOException {
    String name = runner.packageName.isEmpty() ? runner.typeSpec.name : runner.packageName + "." + runner.typeSpec.name;
    JavaFileObject file = filer.createSourceFile(name, runner.typeSpec.originatingElements.toArray(new Element[0]));
    pending.add(new Pending(file, runner, site));
  }

  /** Writes every runner created so far; called in the last round. */
  void writeAll() {
    for (Pending runner : pending) {
      try (Writer writer = runner.file().openWriter()) {
        runner.runner().writeTo(writer);
      } catch (IOException e) {
        reporter.error(runner.site(), "cannot write " + runner.file().getName() + ": " + e.getMessage());
      }
    }
    pending.clear();
  }
}
