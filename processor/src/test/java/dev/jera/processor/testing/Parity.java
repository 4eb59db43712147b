package dev.jera.processor.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The processor behaves the same under javac and ecj: the same diagnostics of Jera's at the same
 * lines with the same text, the same generated files byte for byte, and runners neither compiler warns
 * about. {@code ProcessorParityTest} checks this for the samples and a set of mistakes; with
 * {@code -Djera.ecj=true} every compilation of the processor's tests is checked too.
 */
public final class Parity {
  public static final String EVERY_COMPILATION = "jera.ecj";

  private Parity() {}

  /** Compiles {@code sources} under ecj too, and asserts the outcome is javac's. */
  public static void assertAgree(Compilation javac, List<String> options, JavaFileObject... sources) {
    assertAgree(Outcome.of(javac, ""), Ecj.compile(options, sources));
  }

  public static void assertAgree(Outcome javac, Outcome ecj) {
    assertWithMessage("javac's warnings on a generated runner").that(javac.generatedFileProblems()).isEmpty();
    assertWithMessage("ecj's warnings on a generated runner").that(ecj.generatedFileProblems()).isEmpty();
    assertWithMessage("Jera's diagnostics under ecj (kind, file:line, text), against javac's")
        .that(ecj.diagnostics()).containsExactlyElementsIn(javac.diagnostics()).inOrder();
    assertWithMessage("the files generated under ecj, against javac's")
        .that(ecj.generated().keySet()).containsExactlyElementsIn(javac.generated().keySet()).inOrder();
    for (String path : javac.generated().keySet()) {
      assertWithMessage("%s generated under ecj, against javac's", path)
          .that(ecj.generated().get(path)).isEqualTo(javac.generated().get(path));
    }
  }
}
