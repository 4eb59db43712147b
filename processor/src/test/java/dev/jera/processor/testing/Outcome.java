package dev.jera.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * What a compilation with the processor gives, in the terms javac and ecj must agree on: Jera's
 * diagnostics (kind, file, line and text; not the column, where the compilers place an annotation
 * attribute differently) and the text of every file the processor generated (manifests, index,
 * runners; not class files), by path.
 */
public record Outcome(List<String> diagnostics, Map<String, String> generated, List<String> generatedFileProblems) {

  /** The outcome of {@code compilation}, whose sources' names start with {@code root} (may be empty). */
  public static Outcome of(Compilation compilation, String root) {
    List<String> diagnostics = new ArrayList<>();
    List<String> generatedFileProblems = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      String file = diagnostic.getSource() == null ? "-" : relative(diagnostic.getSource(), root);
      // No position is -1 (NOPOS) to javac and 0 to ecj.
      String at = diagnostic.getLineNumber() > 0 ? file + ":" + diagnostic.getLineNumber() : file;
      String line = diagnostic.getKind() + " " + at + " " + message;
      if (message.startsWith("[Jera/")) {
        diagnostics.add(line);
      } else if (file.endsWith("_JeraRunner.java") && diagnostic.getKind() != Diagnostic.Kind.NOTE) {
        generatedFileProblems.add(line);
      }
    }
    diagnostics.sort(null);
    Map<String, String> generated = new TreeMap<>();
    if (compilation.status() == Compilation.Status.SUCCESS) {
      for (JavaFileObject file : compilation.generatedFiles()) {
        String path = file.toUri().getPath();
        if (!path.endsWith(".class")) {
          generated.put(path, text(file));
        }
      }
    }
    return new Outcome(diagnostics, generated, generatedFileProblems);
  }

  /** The source's name from its package folder on: {@code test/Etl.java}. */
  private static String relative(JavaFileObject source, String root) {
    String name = source.toUri().getPath();
    if (!root.isEmpty() && name.startsWith(root)) {
      name = name.substring(root.length());
    }
    return name.replaceFirst("^/+", "");
  }

  private static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
