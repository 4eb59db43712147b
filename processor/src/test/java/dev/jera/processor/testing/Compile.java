package dev.jera.processor.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.jera.processor.JeraProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test sources with the processor, the way a user's build does. */
public final class Compile {
  /** The image tests pass by default, as the samples' pom does. */
  public static final String IMAGE = "registry.example.com/etl:1.4.0";

  private Compile() {}

  /** Compiles with {@code -Ajera.image} set, plus {@code options}. */
  public static Compilation withImage(List<String> options, JavaFileObject... sources) {
    List<String> all = new ArrayList<>();
    all.add("-Ajera.image=" + IMAGE);
    all.addAll(options);
    return with(all, sources);
  }

  public static Compilation withImage(JavaFileObject... sources) {
    return withImage(List.of(), sources);
  }

  /** Compiles with exactly {@code options}. */
  public static Compilation with(List<String> options, JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new JeraProcessor()).withOptions(options).compile(sources);
  }

  /** The text of a generated resource, e.g. {@code META-INF/argo/etl.yaml}. */
  public static Optional<String> resource(Compilation compilation, String path) {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).map(Compile::text);
  }

  public static String manifest(Compilation compilation, String workflowName) {
    return resource(compilation, "META-INF/argo/" + workflowName + ".yaml")
        .orElseThrow(() -> new AssertionError("no manifest for " + workflowName + "; generated: " + compilation.generatedFiles()));
  }

  private static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
