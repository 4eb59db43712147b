package dev.jera.processor.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.jera.processor.JeraProcessor;
import dev.jera.processor.diagnostic.MessageId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Compiles test sources with the processor, the way a user's build does. A compilation that draws
 * diagnostics from Jera states their ids: {@code Compile.expecting(UNKNOWN_SCRIPT).withImage(source)}
 * (see {@link PinnedDiagnostics}).
 */
public final class Compile {
  /** The image tests pass by default, as the samples' pom does. */
  public static final String IMAGE = "registry.example.com/etl:1.4.0";

  /** Runners written as Java source, for tests that read or lint it (by default they are class files). */
  public static final String RUNNER_SOURCE = "-Ajera.runners=source";

  private Compile() {}

  /** Compiles with {@code -Ajera.image} set, plus {@code options}. */
  public static Compilation withImage(List<String> options, JavaFileObject... sources) {
    return EXPECTING_NOTHING_SAID.withImage(options, sources);
  }

  public static Compilation withImage(JavaFileObject... sources) {
    return EXPECTING_NOTHING_SAID.withImage(sources);
  }

  /** Compiles with exactly {@code options}. */
  public static Compilation with(List<String> options, JavaFileObject... sources) {
    return EXPECTING_NOTHING_SAID.with(options, sources);
  }

  /**
   * Compilations that draw exactly these diagnostics from Jera (ids in any order, each as often as
   * listed), and none else; asserted as they compile.
   */
  public static Expecting expecting(MessageId... ids) {
    return new Expecting(List.of(ids));
  }

  /** As {@link #expecting(MessageId...)}, for many. */
  public static Expecting expecting(List<MessageId> ids) {
    return new Expecting(List.copyOf(ids));
  }

  private static final Expecting EXPECTING_NOTHING_SAID = new Expecting(null);

  /** Compilations whose diagnostics from Jera are (or, when null, are not stated to be) {@code ids}. */
  public static final class Expecting {
    private final List<MessageId> ids;

    private Expecting(List<MessageId> ids) {
      this.ids = ids;
    }

    public Compilation withImage(List<String> options, JavaFileObject... sources) {
      List<String> all = new ArrayList<>();
      all.add("-Ajera.image=" + IMAGE);
      all.addAll(options);
      return with(all, sources);
    }

    public Compilation withImage(JavaFileObject... sources) {
      return withImage(List.of(), sources);
    }

    public Compilation with(List<String> options, JavaFileObject... sources) {
      Compilation compilation =
          checked(Compiler.javac().withProcessors(new JeraProcessor()).withOptions(options).compile(sources));
      if (Boolean.getBoolean(Parity.EVERY_COMPILATION)) {
        Parity.assertAgree(compilation, options, sources);
      }
      return compilation;
    }

    /** A compilation the test made another way (other processors, another compiler). */
    public Compilation checked(Compilation compilation) {
      PinnedDiagnostics.record(compilation, ids);
      if (ids != null) {
        PinnedDiagnostics.assertIds(compilation, ids);
      }
      return compilation;
    }
  }

  /** The text of a generated resource, e.g. {@code META-INF/argo/etl.yaml}. */
  public static Optional<String> resource(Compilation compilation, String path) {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).map(Compile::text);
  }

  public static String manifest(Compilation compilation, String workflowName) {
    return resource(compilation, "META-INF/argo/" + workflowName + ".yaml")
        .orElseThrow(() -> new AssertionError("no manifest for " + workflowName + "; generated: " + compilation.generatedFiles()));
  }

  /** The source of a generated runner, e.g. {@code test.Etl_JeraRunner}. */
  public static String runner(Compilation compilation, String className) {
    return compilation.generatedSourceFile(className).map(Compile::text)
        .orElseThrow(() -> new AssertionError("no runner " + className + "; generated: " + compilation.generatedFiles()));
  }

  private static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
