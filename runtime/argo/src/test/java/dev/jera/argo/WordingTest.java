package dev.jera.argo;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordingTest {

  @Test
  void quoteWrapsInDoubleQuotes() {
    assertThat(Wording.quote("a b")).isEqualTo("\"a b\"");
  }

  @Test
  void quoteEscapesQuotesAndBackslashes() {
    assertThat(Wording.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
  }

  @Test
  void quoteKeepsMessagesOnOneLine() {
    assertThat(Wording.quote("a\nb\tc\rd")).isEqualTo("\"a\\nb\\tc\\rd\"");
  }

  @Test
  void quoteShowsInvisibleCharactersByCode() {
    assertThat(Wording.quote("a\u00a0b\u200bc")).isEqualTo("\"a\\u00A0b\\u200Bc\"");
  }

  @Test
  void quoteKeepsVisibleUnicode() {
    assertThat(Wording.quote("caf\u00e9 \u00b5s")).isEqualTo("\"caf\u00e9 \u00b5s\"");
  }

  @Test
  void characterNamesVisibleCharacters() {
    assertThat(Wording.character('_')).isEqualTo("'_'");
  }

  @Test
  void characterCallsSpacesSpaces() {
    assertThat(Wording.character(' ')).isEqualTo("spaces");
  }

  @Test
  void characterShowsInvisibleCharactersByCodePoint() {
    assertThat(Wording.character('\t')).isEqualTo("U+0009");
  }

  @Test
  void andJoinsLikePeopleDo() {
    assertThat(Wording.and(List.of())).isEmpty();
    assertThat(Wording.and(List.of("a"))).isEqualTo("a");
    assertThat(Wording.and(List.of("a", "b"))).isEqualTo("a and b");
    assertThat(Wording.and(List.of("a", "b", "c"))).isEqualTo("a, b and c");
  }

  @Test
  void withoutAccentsKeepsBaseLetters() {
    assertThat(Wording.withoutAccents("Cr\u00e8me Br\u00fbl\u00e9e")).isEqualTo("Creme Brulee");
  }
}
