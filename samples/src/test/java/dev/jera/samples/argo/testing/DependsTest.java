package dev.jera.samples.argo.testing;

import static com.google.common.truth.Truth.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code depends} compared by truth table, with Argo's expansion of a bare task name. */
class DependsTest {
  private static Optional<String> compare(String upstream, String port) {
    return compare(upstream, port, Map.of(), Set.of());
  }

  private static Optional<String> compare(String upstream, String port, Map<String, Set<String>> continueOn, Set<String> loops) {
    return new Depends(upstream, continueOn, loops).differenceFrom(new Depends(port, continueOn, loops));
  }

  @Test
  void orderAndParenthesesDoNotMatter() {
    assertThat(compare("A && B", "B && A")).isEmpty();
    assertThat(compare("A && (B || C)", "(C || B) && A")).isEmpty();
    assertThat(compare("(A && B) || (A && C)", "A && (B || C)")).isEmpty();
    assertThat(compare("!(A.Failed || B.Failed)", "!A.Failed && !B.Failed")).isEmpty();
  }

  @Test
  void aBareTaskIsArgosExpansion() {
    assertThat(compare("A", "(A.Succeeded || A.Skipped || A.Daemoned)")).isEmpty();
    assertThat(compare("A", "A.Succeeded")).hasValue(
        "upstream is true and port false when A Skipped");
    assertThat(compare("A", "A.Succeeded || A.Skipped")).hasValue(
        "upstream is true and port false when A Failed+Daemoned");
  }

  @Test
  void aBareTaskFollowsItsContinueOn() {
    Map<String, Set<String>> continueOn = Map.of("A", Set.of("failed"));
    assertThat(compare("A", "A.Succeeded || A.Skipped || A.Daemoned || A.Failed", continueOn, Set.of())).isEmpty();
    assertThat(compare("A", "(A.Succeeded || A.Skipped || A.Daemoned)", continueOn, Set.of())).isPresent();
  }

  @Test
  void noDependenciesIsTrue() {
    assertThat(compare("true", "true")).isEmpty();
    assertThat(compare("true", "A")).isPresent();
  }

  @Test
  void loopsHaveAnySucceededAndAllFailed() {
    assertThat(compare("A.AnySucceeded", "A.Succeeded", Map.of(), Set.of("A"))).isPresent();
    assertThat(compare("A.AnySucceeded || A.AllFailed", "A.AllFailed || A.AnySucceeded", Map.of(), Set.of("A"))).isEmpty();
  }

  @Test
  void differentTasksDiffer() {
    assertThat(compare("A && B", "A && C")).isPresent();
    assertThat(compare("B.Failed && C", "B.Errored && C")).isPresent();
  }

  @Test
  void anExpressionThatDoesNotParseIsComparedAsText() {
    assertThat(compare("A.Sucess", "A.Sucess")).isEmpty();
    assertThat(compare("A.Sucess", "A.Succeeded")).hasValue(
        "not compared by truth table: unknown task result 'Sucess' in depends \"A.Sucess\"");
  }
}
