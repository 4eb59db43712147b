package dev.jera.maven;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void splitsOnWhitespaceKeepingQuotedWords() {
    assertThat(Words.split("  -Xmx2g \"-Dname=a b\" -Dq='it''s' -ea ")).containsExactly("-Xmx2g", "-Dname=a b", "-Dq=its", "-ea").inOrder();
    assertThat(Words.split(null)).isEmpty();
    assertThat(Words.split("\"\"")).containsExactly("");
  }
}
