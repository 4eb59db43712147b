package dev.jera.argo;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
  private static final List<String> STEPS = List.of("extract", "transform", "load", "fetch-data");

  @Test
  void findsOneLetterTypo() {
    assertThat(DidYouMean.closest("extrct", STEPS)).hasValue("extract");
  }

  @Test
  void countsSwappedLettersAsOneEdit() {
    assertThat(DidYouMean.closest("extarct", STEPS)).hasValue("extract");
    assertThat(DidYouMean.closest("transfrom", STEPS)).hasValue("transform");
  }

  @Test
  void ignoresCaseAndSeparators() {
    assertThat(DidYouMean.closest("fetchData", STEPS)).hasValue("fetch-data");
    assertThat(DidYouMean.closest("FETCH_DATA", STEPS)).hasValue("fetch-data");
  }

  @Test
  void returnsTheCandidateAsSpelled() {
    assertThat(DidYouMean.closest("Extract", STEPS)).hasValue("extract");
  }

  @Test
  void exactMatchIsItsOwnSuggestion() {
    assertThat(DidYouMean.closest("load", STEPS)).hasValue("load");
  }

  @Test
  void shortInputsAllowOneEdit() {
    assertThat(DidYouMean.closest("lod", STEPS)).hasValue("load");
  }

  @Test
  void fromFourLettersTwoEditsAreAllowed() {
    assertThat(DidYouMean.closest("mood", List.of("name", "mode"))).hasValue("mode");
    assertThat(DidYouMean.closest("lowd", STEPS)).hasValue("load");
    assertThat(DidYouMean.closest("hmm", List.of("hello"))).isEmpty();
  }

  @Test
  void farInputsGetNothing() {
    assertThat(DidYouMean.closest("xyz", STEPS)).isEmpty();
    assertThat(DidYouMean.closest("publish", STEPS)).isEmpty();
  }

  @Test
  void singleLettersDoNotMatchOtherSingleLetters() {
    assertThat(DidYouMean.closest("a", List.of("b"))).isEmpty();
  }

  @Test
  void singleLetterMayMatchAnExtension() {
    assertThat(DidYouMean.closest("a", List.of("ab"))).hasValue("ab");
  }

  @Test
  void limitGrowsWithLength() {
    assertThat(DidYouMean.closest("transfxxm", STEPS)).hasValue("transform");
    assertThat(DidYouMean.closest("trxxxxorm", STEPS)).isEmpty();
  }

  @Test
  void tiesGoToTheFirstCandidate() {
    assertThat(DidYouMean.closest("cat", List.of("bat", "hat"))).hasValue("bat");
    assertThat(DidYouMean.closest("cat", List.of("hat", "bat"))).hasValue("hat");
  }

  @Test
  void closerCandidateWinsOverEarlierOne() {
    assertThat(DidYouMean.closest("loads", List.of("lead", "load"))).hasValue("load");
  }

  @Test
  void emptyInputGetsNothing() {
    assertThat(DidYouMean.closest("", STEPS)).isEmpty();
    assertThat(DidYouMean.closest("--", STEPS)).isEmpty();
  }

  @Test
  void noCandidatesGetNothing() {
    assertThat(DidYouMean.closest("load", List.of())).isEmpty();
  }

  @Test
  void distanceCountsEdits() {
    assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
    assertThat(DidYouMean.distance("ab", "ba")).isEqualTo(1);
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> DidYouMean.closest(null, STEPS));
    assertThrows(NullPointerException.class, () -> DidYouMean.closest("x", null));
  }
}
