package dev.jera.processor;

import dev.jera.processor.diagnostic.ProcessorMessages;
import dev.jera.processor.emit.RunnerClassWriter;
import dev.jera.processor.emit.RunnerPlan;
import dev.jera.processor.emit.RunnerPlanner;
import dev.jera.processor.emit.RunnerWriter;
import dev.jera.processor.model.Site;
import dev.jera.processor.model.WorkflowModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.MethodTooLargeException;

/**
 * The runners of a compilation: each file is created when its workflow is processed and written when
 * processing is over.
 *
 * <p>A runner is written as class files (by {@link RunnerClassWriter}), which javac then need not compile:
 * compiling the runners' source cost about 40% of javac's own time over a big project. It is written as
 * source (by {@link RunnerWriter}) when {@code -Ajera.runners=source} asks, or where the compiler's Filer
 * takes no class files (older versions of Eclipse's IDE filer throw {@code UnsupportedOperationException}).
 *
 * <p>Javac counts a file as generated in the round that closes it, and follows every round that generated
 * one with another, which enters every class of the compilation again: for a big project that round costs
 * about as much as the processor's own work. Creating the files in the last round instead would draw
 * javac's warning "created in the last round will not be subject to annotation processing" for each runner
 * (unconditional since JDK 9, an error under {@code -Werror}). So the file is created at once, which
 * reserves its name (a clash is reported in its own round, as before), and written in the last round;
 * javac and ecj alike compile the source files closed in that round with the rest of the sources.
 * Runners need no annotation processing: nothing in them is annotated for a processor.
 */
final class RunnerFiles {
  /** A created file and what it will hold: a source's text or a class file's bytes. */
  private record Pending(JavaFileObject file, String source, byte[] bytes, Site site) {}

  private final Filer filer;
  private final Reporter reporter;
  private final boolean asSource;
  private final List<Pending> pending = new ArrayList<>();

  RunnerFiles(Filer filer, Reporter reporter, boolean asSource) {
    this.filer = filer;
    this.reporter = reporter;
    this.asSource = asSource;
  }

  /** Creates the files of {@code workflow}'s runner now, to be written by {@link #writeAll}. */
  void create(WorkflowModel workflow, Element origin) throws IOException {
    RunnerPlan plan = RunnerPlanner.plan(workflow);
    if (!asSource && createClasses(classes(plan), workflow.site(), origin)) {
      return;
    }
    JavaFileObject file = filer.createSourceFile(workflow.runnerName().canonicalName(), origin);
    pending.add(new Pending(file, RunnerWriter.source(plan, origin), null, workflow.site()));
  }

  /** Creates the class files; false where this compiler's Filer takes none. */
  private boolean createClasses(List<RunnerClassWriter.ClassFile> classes, Site site, Element origin) throws IOException {
    if (classes.isEmpty()) {
      return false;
    }
    List<Pending> created = new ArrayList<>();
    for (RunnerClassWriter.ClassFile runnerClass : classes) {
      JavaFileObject file;
      try {
        file = filer.createClassFile(runnerClass.binaryName(), origin);
      } catch (UnsupportedOperationException e) {
        if (created.isEmpty()) {
          return false;
        }
        throw e; // a Filer that took some class files and refused the next: no runner can be made of that
      }
      created.add(new Pending(file, null, runnerClass.bytes(), site));
    }
    pending.addAll(created);
    return true;
  }

  /**
   * The runner's class files; none for a class over the JVM's limits (a method of over 64 KB, over 65535
   * constants), which only its source can hold: javac splits its switches over several methods.
   */
  private static List<RunnerClassWriter.ClassFile> classes(RunnerPlan plan) {
    try {
      return RunnerClassWriter.classes(plan);
    } catch (MethodTooLargeException | ClassTooLargeException e) {
      return List.of();
    }
  }

  /** Writes every runner created so far; called in the last round. */
  void writeAll() {
    for (Pending runner : pending) {
      try {
        if (runner.bytes() != null) {
          try (OutputStream out = runner.file().openOutputStream()) {
            out.write(runner.bytes());
          }
        } else {
          try (Writer writer = runner.file().openWriter()) {
            writer.write(runner.source());
          }
        }
      } catch (IOException e) {
        reporter.print(runner.site(), ProcessorMessages.cannotWrite(runner.file().getName(), e.getMessage()));
      }
    }
    pending.clear();
  }
}
