package dev.jera.processor.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.jera.processor.JeraProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticListener;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * Compiles with the Eclipse compiler (ecj), as Eclipse and VS Code's Java do while the user types,
 * with its default warnings plus unneeded {@code @SuppressWarnings} tokens (as Eclipse shows them).
 * ecj reads its sources from files, so they are written to a temporary folder first, which is gone
 * when {@link #compile} returns: what the test compares is taken out as an {@link Outcome} before.
 */
public final class Ecj {
  /** Java 17, as the project; ecj's default warnings, and unneeded @SuppressWarnings tokens. */
  private static final List<String> OPTIONS = List.of("--release", "17", "-encoding", "UTF-8", "-warn:+warningToken");

  private Ecj() {}

  /** The outcome of compiling {@code sources} with the processor under ecj, with javac's {@code options}. */
  public static Outcome compile(List<String> options, JavaFileObject... sources) {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("jera-ecj");
      EclipseCompiler ecj = new QuietEclipseCompiler();
      StandardJavaFileManager files = ecj.getStandardFileManager(null, null, StandardCharsets.UTF_8);
      List<File> written = new ArrayList<>();
      for (JavaFileObject source : sources) {
        Path file = folder.resolve(source.toUri().getPath().replaceFirst("^/+", ""));
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getCharContent(true), StandardCharsets.UTF_8);
        written.add(file.toFile());
      }
      List<JavaFileObject> onDisk = new ArrayList<>();
      files.getJavaFileObjectsFromFiles(written).forEach(onDisk::add);
      List<String> all = new ArrayList<>(OPTIONS);
      all.addAll(eclipseOptions(options));
      Compilation compilation =
          Compiler.compiler(ecj).withProcessors(new JeraProcessor()).withOptions(all).compile(onDisk);
      return Outcome.of(compilation, folder.toUri().getPath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(folder);
    }
  }

  /**
   * ecj, without its own listing of the problems on the console (compile-testing passes no writer,
   * which ecj takes for standard error): the diagnostics reach the test through the listener.
   */
  private static final class QuietEclipseCompiler extends EclipseCompiler {
    @Override
    public CompilationTask getTask(Writer out, JavaFileManager fileManager,
        DiagnosticListener<? super JavaFileObject> listener, Iterable<String> options, Iterable<String> classes,
        Iterable<? extends JavaFileObject> units) {
      return super.getTask(out == null ? Writer.nullWriter() : out, fileManager, listener, options, classes, units);
    }
  }

  /** javac's options as ecj takes them: processor options as they are, javac's own lint switches dropped. */
  private static List<String> eclipseOptions(List<String> javacOptions) {
    List<String> options = new ArrayList<>();
    for (Iterator<String> it = javacOptions.iterator(); it.hasNext(); ) {
      String option = it.next();
      if (option.equals("-Xmaxerrs") || option.equals("-Xmaxwarns")) {
        it.next();
      } else if (!option.startsWith("-Xlint")) {
        options.add(option);
      }
    }
    return options;
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
