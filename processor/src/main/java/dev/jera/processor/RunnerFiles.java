package dev.jera.processor;

import dev.jera.processor.diagnostic.ProcessorMessages;
import dev.jera.processor.emit.RunnerWriter;
import dev.jera.processor.model.Site;
import dev.jera.processor.model.WorkflowModel;
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
  private record Pending(JavaFileObject file, String source, Site site) {}

  private final Filer filer;
  private final Reporter reporter;
  private final List<Pending> pending = new ArrayList<>();

  RunnerFiles(Filer filer, Reporter reporter) {
    this.filer = filer;
    this.reporter = reporter;
  }

  /** Creates the file of {@code workflow}'s runner now, to be written by {@link #writeAll}. */
  void create(WorkflowModel workflow, Element origin) throws IOException {
    JavaFileObject file = filer.createSourceFile(workflow.runnerName().canonicalName(), origin);
    pending.add(new Pending(file, RunnerWriter.source(workflow, origin), workflow.site()));
  }

  /** Writes every runner created so far; called in the last round. */
  void writeAll() {
    for (Pending runner : pending) {
      try (Writer writer = runner.file().openWriter()) {
        writer.write(runner.source());
      } catch (IOException e) {
        reporter.print(runner.site(), ProcessorMessages.cannotWrite(runner.file().getName(), e.getMessage()));
      }
    }
    pending.clear();
  }
}
