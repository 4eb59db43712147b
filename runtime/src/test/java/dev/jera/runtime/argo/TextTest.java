package dev.jera.runtime.argo;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void quoteWrapsInDoubleQuotes() {
    assertThat(Text.quote("a b")).isEqualTo("\"a b\"");
  }

  @Test
  void quoteEscapesQuotesAndBackslashes() {
    assertThat(Text.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
  }

  @Test
  void quoteKeepsMessagesOnOneLine() {
    assertThat(Text.quote("a\nb\tc\rd")).isEqualTo("\"a\\nb\\tc\\rd\"");
  }

  @Test
  void quoteShowsInvisibleCharactersByCode() {
    assertThat(Text.quote("a\u00a0b\u200bc")).isEqualTo("\"a\\u00A0b\\u200Bc\"");
  }

  @Test
  void quoteKeepsVisibleUnicode() {
    assertThat(Text.quote("caf\u00e9 \u00b5s")).isEqualTo("\"caf\u00e9 \u00b5s\"");
  }

  @Test
  void characterNamesVisibleCharacters() {
    assertThat(Text.character('_')).isEqualTo("'_'");
  }

  @Test
  void characterCallsSpacesSpaces() {
    assertThat(Text.character(' ')).isEqualTo("spaces");
  }

  @Test
  void characterShowsInvisibleCharactersByCodePoint() {
    assertThat(Text.character('\t')).isEqualTo("U+0009");
  }

  @Test
  void andJoinsLikePeopleDo() {
    assertThat(Text.and(List.of())).isEmpty();
    assertThat(Text.and(List.of("a"))).isEqualTo("a");
    assertThat(Text.and(List.of("a", "b"))).isEqualTo("a and b");
    assertThat(Text.and(List.of("a", "b", "c"))).isEqualTo("a, b and c");
  }

  @Test
  void withoutAccentsKeepsBaseLetters() {
    assertThat(Text.withoutAccents("Cr\u00e8me Br\u00fbl\u00e9e")).isEqualTo("Creme Brulee");
  }
}
