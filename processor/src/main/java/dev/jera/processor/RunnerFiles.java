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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.MethodTooLargeException;

/**
 * The runners of a compilation, written as class files when their workflow is processed, or as source
 * files created then and written when processing is over.
 *
 * <p>A runner is written as class files (by {@link RunnerClassWriter}), which javac then need not compile:
 * compiling the runners' source cost about 40% of javac's own time over a big project. They are resources
 * of the class output, the very files {@code Filer.createClassFile} would write: that method has javac look
 * the new type's name up on the class path first, a miss that cost a third as much as writing the runner,
 * and it checks nothing this class does not. A runner may take no name of a class of the compilation
 * ({@link #compiling}); a class of that name on the class path (a previous build's runner) is replaced.
 * Being no generated type to javac, a class file starts no round of annotation processing.
 *
 * <p>A runner is written as source (by {@link RunnerWriter}) when {@code -Ajera.runners=source} asks, or
 * where the compiler's Filer takes no class files. Javac counts a source file as generated in the round
 * that closes it, and follows every round that generated one with another, which enters every class of
 * the compilation again. Creating the files in the last round instead would draw javac's warning "created
 * in the last round will not be subject to annotation processing" for each runner (an error under
 * {@code -Werror}). So a source file is created at once, which reserves its name (a clash is reported in
 * its own round), and written in the last round; javac and ecj alike compile the source files closed in
 * that round with the rest of the sources. Runners need no annotation processing.
 */
final class RunnerFiles {
  /** A created source file and its text. */
  private record Pending(JavaFileObject file, String source, Site site) {}

  private final Filer filer;
  private final Reporter reporter;
  private final boolean asSource;
  private final Set<String> compiledTypes = new HashSet<>();
  private final List<Pending> pending = new ArrayList<>();

  RunnerFiles(Filer filer, Reporter reporter, boolean asSource) {
    this.filer = filer;
    this.reporter = reporter;
    this.asSource = asSource;
  }

  /** Notes the classes of the compilation a round brings, whose names no runner may take. */
  void compiling(RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement) {
        compiledTypes.add(((TypeElement) root).getQualifiedName().toString());
      }
    }
  }

  /** Writes {@code workflow}'s runner as class files now, or creates its source file to be written by {@link #writeAll}. */
  void create(WorkflowModel workflow, Element origin) throws IOException {
    RunnerPlan plan = RunnerPlanner.plan(workflow);
    String name = plan.runner().canonicalName();
    if (compiledTypes.contains(name)) {
      // As the compiler's Filer refuses to create a type of the compilation.
      throw new FilerException("a class of the compilation is named " + name);
    }
    if (!asSource && writeClasses(classes(plan), plan, origin)) {
      return;
    }
    JavaFileObject file = filer.createSourceFile(name, origin);
    pending.add(new Pending(file, RunnerWriter.source(plan, origin), workflow.site()));
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

  /** Writes the class files into the class output; false where this compiler's Filer takes no class file there. */
  private boolean writeClasses(List<RunnerClassWriter.ClassFile> classes, RunnerPlan plan, Element origin) throws IOException {
    if (classes.isEmpty()) {
      return false;
    }
    String packageName = plan.runner().packageName();
    List<FileObject> files = new ArrayList<>();
    for (RunnerClassWriter.ClassFile runnerClass : classes) {
      String fileName = runnerClass.binaryName().substring(packageName.isEmpty() ? 0 : packageName.length() + 1) + ".class";
      try {
        files.add(filer.createResource(StandardLocation.CLASS_OUTPUT, packageName, fileName, origin));
      } catch (UnsupportedOperationException | IllegalArgumentException e) {
        if (files.isEmpty()) {
          return false;
        }
        throw e; // a Filer that took some class files and refused the next: no runner can be made of that
      }
    }
    for (int i = 0; i < classes.size(); i++) {
      try (OutputStream out = files.get(i).openOutputStream()) {
        out.write(classes.get(i).bytes());
      }
    }
    return true;
  }

  /** Writes every runner source created so far; called in the last round. */
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
