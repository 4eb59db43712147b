package dev.jera.argo.expr;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Compile-time checks of conditions whose {@code {{…}}} tags were replaced by the placeholder {@code x}. */
class WhenSyntaxProblemTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "x == heads",
      "x != ''",
      "x > 5 && x < 10",
      "\"x\" == 'heads'",
      "x",
      "!x",
      "-x < 0",
      "x =~ '^h.*'",
      "x =~ x",
      "x in (a, b, c)",
      "(x == a || x == b) && x != c",
      "x == x ? true : false",
      "x + 1 > 2",
      "'5' == 5",
      "true",
  })
  void accepts(String text) {
    assertThat(WhenExpression.syntaxProblem(text)).isEmpty();
  }

  @Test
  void danglingComparison() {
    assertThat(WhenExpression.syntaxProblem("x == ")).hasValue("Invalid 'when' expression 'x == ': the expression"
        + " ends after '==', which needs a value after it (column 3)");
  }

  @Test
  void unclosedParenthesis() {
    assertThat(WhenExpression.syntaxProblem("(x == y")).hasValue("Invalid 'when' expression '(x == y': unbalanced"
        + " parenthesis: '(' is never closed (column 1)");
  }

  @Test
  void tripleEquals() {
    assertThat(WhenExpression.syntaxProblem("x === y")).hasValue("Invalid 'when' expression 'x === y': '===' is"
        + " not an operator; compare with '==' (column 3)");
  }

  @Test
  void singleEquals() {
    assertThat(WhenExpression.syntaxProblem("x = y")).hasValue("Invalid 'when' expression 'x = y': '=' is not an"
        + " operator; compare with '==' (column 3)");
  }

  @Test
  void danglingAnd() {
    assertThat(WhenExpression.syntaxProblem("x == y &&")).hasValue("Invalid 'when' expression 'x == y &&': the"
        + " expression ends after '&&', which needs a value after it (column 8)");
  }

  @Test
  void notBeforeAQuotedString() {
    assertThat(WhenExpression.syntaxProblem("!'x'").get()).contains("'!' cannot apply to 'x', which is text");
  }

  @Test
  void invalidRegularExpression() {
    assertThat(WhenExpression.syntaxProblem("x =~ '[a'").get()).contains("is not a valid regular expression");
  }

  @Test
  void constantConditionThatIsNotABoolean() {
    assertThat(WhenExpression.syntaxProblem("5 + 3")).hasValue("Expected boolean evaluation for '5 + 3'. Got 8");
  }

  @Test
  void constantConditionThatFails() {
    assertThat(WhenExpression.syntaxProblem("'a' < 5").get()).startsWith("Failed to evaluate 'when' expression");
  }

  @Test
  void aConditionWithPlaceholdersIsNotEvaluated() {
    // x may become a number when the workflow runs, so x < 5 may well work.
    assertThat(WhenExpression.syntaxProblem("x < 5")).isEmpty();
  }

  @Test
  void bareWordsAreTheUnquotedTextOnly() {
    assertThat(WhenExpression.bareWords("name == nightly && 'quoted' != x || 3 > 2 && true"))
        .containsExactly("name", "nightly", "x").inOrder();
    assertThat(WhenExpression.bareWords("'a' == \"b\"")).isEmpty();
  }
}
