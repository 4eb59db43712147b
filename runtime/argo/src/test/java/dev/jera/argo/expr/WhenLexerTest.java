package dev.jera.argo.expr;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.argo.expr.WhenToken.Kind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Where govaluate's lexer splits a condition, and what each piece is. */
class WhenLexerTest {

  private static List<String> kinds(String text) {
    return WhenLexer.tokenize(text).stream().map(t -> t.kind() + ":" + t.text()).collect(Collectors.toList());
  }

  @Test
  void comparisonOfWords() {
    assertThat(kinds("heads == tails")).containsExactly("WORD:heads", "OPERATOR:==", "WORD:tails").inOrder();
  }

  @Test
  void operatorsNeedNoSpacesAroundWords() {
    assertThat(kinds("a==b")).containsExactly("WORD:a", "OPERATOR:==", "WORD:b").inOrder();
  }

  @Test
  void dashBetweenWordsIsAMinus() {
    assertThat(kinds("my-value")).containsExactly("WORD:my", "OPERATOR:-", "WORD:value").inOrder();
  }

  @Test
  void dashWhereAValueIsExpectedIsAPrefix() {
    assertThat(kinds("-5 - -3")).containsExactly("PREFIX:-", "NUMBER:5", "OPERATOR:-", "PREFIX:-", "NUMBER:3")
        .inOrder();
    assertThat(kinds("(-x)")).containsExactly("OPEN:(", "PREFIX:-", "WORD:x", "CLOSE:)").inOrder();
    assertThat(kinds("a, -b")).containsExactly("WORD:a", "OPERATOR:,", "PREFIX:-", "WORD:b").inOrder();
  }

  @Test
  void numbersAreFloats() {
    List<WhenToken> tokens = WhenLexer.tokenize("42 .5 3.");
    assertThat(tokens.stream().map(WhenToken::value).collect(Collectors.toList()))
        .containsExactly(42.0, 0.5, 3.0).inOrder();
  }

  @Test
  void trueFalseAndInAreKeywordsOnlyInTheirExactSpelling() {
    assertThat(kinds("true false True in IN In")).containsExactly("BOOLEAN:true", "BOOLEAN:false", "WORD:True",
        "OPERATOR:in", "OPERATOR:IN", "WORD:In").inOrder();
  }

  @Test
  void bothSpellingsOfInAreTheSameOperator() {
    assertThat(WhenLexer.tokenize("IN").get(0).operator()).isEqualTo(WhenOperator.IN);
  }

  @Test
  void quotedStringsKeepTheirTextAsValue() {
    List<WhenToken> tokens = WhenLexer.tokenize("'a b' \"c\"");
    assertThat(tokens.get(0).kind()).isEqualTo(Kind.STRING);
    assertThat(tokens.get(0).value()).isEqualTo("a b");
    assertThat(tokens.get(0).text()).isEqualTo("'a b'");
    assertThat(tokens.get(1).value()).isEqualTo("c");
  }

  @Test
  void quotedDatesBecomeTimes() {
    WhenToken token = WhenLexer.tokenize("'2024-01-05'").get(0);
    assertThat(token.kind()).isEqualTo(Kind.TIME);
    assertThat(token.value()).isEqualTo(1704412800.0);
  }

  @Test
  void bracketsQuoteAWord() {
    WhenToken token = WhenLexer.tokenize("[a == b]").get(0);
    assertThat(token.kind()).isEqualTo(Kind.WORD);
    assertThat(token.value()).isEqualTo("a == b");
  }

  @Test
  void allOperators() {
    assertThat(kinds("a == b != c > d >= e < f <= g =~ h !~ i && j || k + l * m / n % o ** p & q | r ^ s << t"
            + " >> u ? v : w ?? y"))
        .containsAtLeast("OPERATOR:==", "OPERATOR:!=", "OPERATOR:>", "OPERATOR:>=", "OPERATOR:<", "OPERATOR:<=",
            "OPERATOR:=~", "OPERATOR:!~", "OPERATOR:&&", "OPERATOR:||", "OPERATOR:+", "OPERATOR:*", "OPERATOR:/",
            "OPERATOR:%", "OPERATOR:**", "OPERATOR:&", "OPERATOR:|", "OPERATOR:^", "OPERATOR:<<", "OPERATOR:>>",
            "OPERATOR:?", "OPERATOR::", "OPERATOR:??");
  }

  @Test
  void positionsAreZeroBasedCharIndices() {
    List<WhenToken> tokens = WhenLexer.tokenize("  ab  ==  'c'");
    assertThat(tokens.stream().map(WhenToken::position).collect(Collectors.toList()))
        .containsExactly(2, 6, 10).inOrder();
  }

  @Test
  void goSpacesSeparateTokens() {
    assertThat(WhenLexer.isGoSpace('\u000B')).isTrue();
    assertThat(WhenLexer.isGoSpace('\u0085')).isTrue();
    assertThat(WhenLexer.isGoSpace('\u00A0')).isTrue();
    assertThat(WhenLexer.isGoSpace('\u2028')).isTrue();
    assertThat(WhenLexer.isGoSpace('\u3000')).isTrue();
    assertThat(WhenLexer.isGoSpace('\u200B')).isFalse();
    assertThat(WhenLexer.isGoSpace('x')).isFalse();
  }
}
