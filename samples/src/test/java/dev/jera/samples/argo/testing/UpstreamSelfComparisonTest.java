package dev.jera.samples.argo.testing;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every upstream example read, made canonical and compared with itself: the comparator copes with all
 * 212 files and its canonical form is stable (porting-guide.md §2.6).
 */
class UpstreamSelfComparisonTest {
  static Stream<String> examples() {
    return ArgoExamples.folder().map(ArgoExamples::workflowFiles).orElse(List.of("(examples folder absent)")).stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void anExampleIsFaithfulToItself(String example) {
    Path folder = requireExamples();
    String yaml = ArgoExamples.read(folder, example);
    List<Difference> differences = PortComparator.compare(yaml, List.of(yaml));
    assertWithMessage("%s compared with itself", example).that(differences).isEmpty();
    assertWithMessage("canonical form of %s is stable", example)
        .that(PortComparator.canonical(yaml)).isEqualTo(PortComparator.canonical(yaml));
  }

  static Path requireExamples() {
    assumeTrue(ArgoExamples.folder().isPresent(),
        "Argo's examples (../shared/argo/v4.1.2/examples) are not beside the project: skipping");
    return ArgoExamples.folder().get();
  }
}
