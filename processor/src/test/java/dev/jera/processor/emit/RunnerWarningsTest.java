package dev.jera.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.Compile;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A generated runner draws no warning with every lint on, and suppresses only what its code draws:
 * Eclipse's compiler warns about a {@code @SuppressWarnings} token that suppresses nothing.
 */
class RunnerWarningsTest {
  /** Every lint but "no processor claimed these annotations", which is about the test's own set-up. */
  /** Lint over runners written as source: class files are not compiled, so they draw no warning at all. */
  private static final List<String> LINT = List.of("-Xlint:all,-processing", Compile.RUNNER_SOURCE);

  @Test
  void aRunnerThatCastsToNoParameterizedTypeSuppressesNothing() throws IOException {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          public record Rate(String pair, BigDecimal value) {}
          @Script public static Rate[] extract(@Value("7") int seen) { return new Rate[0]; }
          @Script public static int load(@From("extract") Rate[] rates) { return rates.length; }
        }
        """);
    Compilation compilation = Compile.withImage(LINT, source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(runner(compilation, "test.Etl_JeraRunner")).doesNotContain("@SuppressWarnings");
  }

  @Test
  void aGenericRecordComponentSuppressesUncheckedOnly() throws IOException {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          public record Rate(String pair, List<BigDecimal> values) {}
          @Script public static Rate extract() { return new Rate("a", List.of()); }
          @Script public static int load(@From("extract") Rate rate) { return rate.values().size(); }
        }
        """);
    Compilation compilation = Compile.withImage(LINT, source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(runner(compilation, "test.Etl_JeraRunner")).contains("@SuppressWarnings(\"unchecked\")\n");
  }

  @Test
  void aParameterizedInputSuppressesUncheckedOnly() throws IOException {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static List<String> extract(@Value("{}") Map<String, Integer> seen) { return List.of(); }
          @Script public static int load(@From("extract") List<String> rates) { return rates.size(); }
        }
        """);
    Compilation compilation = Compile.withImage(LINT, source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(runner(compilation, "test.Etl_JeraRunner")).contains("@SuppressWarnings(\"unchecked\")\n");
  }

  /** An array of a parameterized type is made from wildcards, so no raw type and no rawtypes token. */
  @Test
  void anArrayOfAGenericTypeSuppressesUncheckedOnly() throws IOException {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @SuppressWarnings({"unchecked", "rawtypes"})
          @Script public static List<String>[] extract() { return new List[0]; }
          @Script public static int load(@From("extract") List<String>[] lists) { return lists.length; }
        }
        """);
    Compilation compilation = Compile.withImage(LINT, source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(runner(compilation, "test.Etl_JeraRunner")).contains("@SuppressWarnings(\"unchecked\")\n");
  }

  private static String runner(Compilation compilation, String name) throws IOException {
    return compilation.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
  }
}
