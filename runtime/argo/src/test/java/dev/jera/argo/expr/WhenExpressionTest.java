package dev.jera.argo.expr;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code when} conditions evaluate to, case by case as govaluate under Argo would. */
class WhenExpressionTest {

  private static boolean eval(String text) {
    return WhenExpression.parse(text).evaluate();
  }

  @Nested
  class BareWordsAreStrings {

    @Test
    void sameWordIsEqual() {
      assertThat(eval("heads == heads")).isTrue();
    }

    @Test
    void differentWordsAreNotEqual() {
      assertThat(eval("tails == heads")).isFalse();
      assertThat(eval("tails != heads")).isTrue();
    }

    @Test
    void wordEqualsItsQuotedForm() {
      assertThat(eval("heads == 'heads'")).isTrue();
      assertThat(eval("heads == \"heads\"")).isTrue();
    }

    @Test
    void wordsWithDigitsAndUnderscores() {
      assertThat(eval("run_42 == 'run_42'")).isTrue();
    }

    @Test
    void argoPhaseNamesCompareAsText() {
      assertThat(eval("Succeeded == Succeeded")).isTrue();
      assertThat(eval("Failed != Succeeded")).isTrue();
    }

    @Test
    void wordsAreCaseSensitive() {
      assertThat(eval("Heads == heads")).isFalse();
    }

    @Test
    void capitalTrueIsAWordNotABoolean() {
      assertThat(eval("True == 'True'")).isTrue();
    }

    @Test
    void bracketedNameIsTextWithSpaces() {
      assertThat(eval("[hello world] == 'hello world'")).isTrue();
    }

    @Test
    void bracketedTrueIsText() {
      assertThat(eval("[true] == 'true'")).isTrue();
    }

    @Test
    void backslashEscapesACharacterOfAWord() {
      assertThat(eval("my\\-value == 'my-value'")).isTrue();
    }

    @Test
    void unicodeLettersFormWords() {
      assertThat(eval("café == 'café'")).isTrue();
    }
  }

  @Nested
  class Numbers {

    @Test
    void compareNumerically() {
      assertThat(eval("5 > 3")).isTrue();
      assertThat(eval("10 > 9")).isTrue();
      assertThat(eval("9 >= 9")).isTrue();
      assertThat(eval("2 < 10")).isTrue();
      assertThat(eval("3 <= 2")).isFalse();
    }

    @Test
    void integersAndDecimalsAreTheSameFloat() {
      assertThat(eval("5 == 5.0")).isTrue();
      assertThat(eval("0.5 == .5")).isTrue();
      assertThat(eval("5. == 5")).isTrue();
    }

    @Test
    void aQuotedNumberIsAStringAndNeverEqualsANumber() {
      assertThat(eval("\"5\" == 5")).isFalse();
      assertThat(eval("'5' != 5")).isTrue();
    }

    @Test
    void quotedNumbersCompareAsText() {
      assertThat(eval("'10' < '9'")).isTrue();
    }

    @Test
    void arithmetic() {
      assertThat(eval("2 + 3 == 5")).isTrue();
      assertThat(eval("7 - 10 == -3")).isTrue();
      assertThat(eval("6 * 7 == 42")).isTrue();
      assertThat(eval("7 / 2 == 3.5")).isTrue();
      assertThat(eval("7 % 3 == 1")).isTrue();
      assertThat(eval("-7 % 3 == -1")).isTrue();
      assertThat(eval("2 ** 10 == 1024")).isTrue();
    }

    @Test
    void multiplicationBindsTighterThanAddition() {
      assertThat(eval("1 + 2 * 3 == 7")).isTrue();
      assertThat(eval("(1 + 2) * 3 == 9")).isTrue();
    }

    @Test
    void sameLevelOperatorsGroupFromTheLeft() {
      assertThat(eval("10 - 4 - 3 == 3")).isTrue();
      assertThat(eval("16 / 4 / 2 == 2")).isTrue();
      // govaluate's ** groups from the left too: (2 ** 3) ** 2.
      assertThat(eval("2 ** 3 ** 2 == 64")).isTrue();
    }

    @Test
    void prefixMinusAppliesToTheValueRightAfterIt() {
      assertThat(eval("-2 ** 2 == 4")).isTrue();
      assertThat(eval("5 - -3 == 8")).isTrue();
      assertThat(eval("-(2 + 3) == -5")).isTrue();
    }

    @Test
    void divisionByZeroIsInfinityNotAnError() {
      assertThat(eval("1 / 0 > 1000000")).isTrue();
    }

    @Test
    void nanEqualsNothing() {
      assertThat(eval("0 / 0 == 0 / 0")).isFalse();
      assertThat(eval("0 / 0 != 0 / 0")).isTrue();
      assertThat(eval("0 / 0 < 1")).isFalse();
    }

    @Test
    void bitwiseOperatorsWorkOnWholeNumbers() {
      assertThat(eval("6 & 3 == 2")).isTrue();
      assertThat(eval("6 | 3 == 7")).isTrue();
      assertThat(eval("6 ^ 3 == 5")).isTrue();
      assertThat(eval("1 << 4 == 16")).isTrue();
      assertThat(eval("256 >> 4 == 16")).isTrue();
      assertThat(eval("~5 == -6")).isTrue();
    }

    @Test
    void shiftingBy64OrMoreGivesZero() {
      assertThat(eval("1 << 64 == 0")).isTrue();
    }

    @Test
    void bitwiseBindsLooserThanAdditionButTighterThanComparison() {
      assertThat(eval("1 + 1 & 3 == 2")).isTrue();
    }

    @Test
    void goPowSpecialCases() {
      assertThat(eval("1 ** (0 / 0) == 1")).isTrue();
    }
  }

  @Nested
  class Strings {

    @Test
    void compareLexicographically() {
      assertThat(eval("abc < abd")).isTrue();
      assertThat(eval("abc >= abd")).isFalse();
      assertThat(eval("'b' > 'abc'")).isTrue();
      assertThat(eval("'ab' < 'abc'")).isTrue();
    }

    @Test
    void compareByCodePointLikeGo() {
      // U+1F600 is after U+FF5E in code points (and UTF-8 bytes), though before it in UTF-16 units.
      assertThat(eval("'\uD83D\uDE00' > '\uFF5E'")).isTrue();
    }

    @Test
    void emptyStringLiteral() {
      assertThat(eval("x != ''")).isTrue();
      assertThat(eval("'' == \"\"")).isTrue();
    }

    @Test
    void aStringEndsAtTheNextQuoteOfEitherKind() {
      assertThat(eval("'abc\" == abc")).isTrue();
    }

    @Test
    void backslashEscapesAQuoteInsideAString() {
      assertThat(eval("'it\\'s' == \"it\\'s\"")).isTrue();
    }

    @Test
    void stringsKeepTheirSpaces() {
      assertThat(eval("' a b ' != 'a b'")).isTrue();
    }

    @Test
    void plusJoinsStrings() {
      assertThat(eval("'a' + 'b' == ab")).isTrue();
    }

    @Test
    void plusJoinsAStringWithAnythingPrintedAsGoDoes() {
      assertThat(eval("'v' + 1 == v1")).isTrue();
      assertThat(eval("'v' + 1.5 == 'v1.5'")).isTrue();
      assertThat(eval("'v' + 1000000 == 'v1e+06'")).isTrue();
      assertThat(eval("'v' + true == vtrue")).isTrue();
      assertThat(eval("1 + 'v' == '1v'")).isTrue();
    }
  }

  @Nested
  class Booleans {

    @Test
    void literals() {
      assertThat(eval("true")).isTrue();
      assertThat(eval("false")).isFalse();
      assertThat(eval("true == true")).isTrue();
      assertThat(eval("true != false")).isTrue();
    }

    @Test
    void aBooleanNeverEqualsItsText() {
      assertThat(eval("true == 'true'")).isFalse();
    }

    @Test
    void orOfComparisons() {
      assertThat(eval("a == b || c == c")).isTrue();
      assertThat(eval("a == b || c == d")).isFalse();
    }

    @Test
    void andOfComparisons() {
      assertThat(eval("a == a && b == b")).isTrue();
      assertThat(eval("a == a && b == c")).isFalse();
    }

    @Test
    void negationOfAParenthesisedComparison() {
      assertThat(eval("!(a == b)")).isTrue();
      assertThat(eval("!(a == a)")).isFalse();
      assertThat(eval("!true")).isFalse();
    }

    @Test
    void andBindsTighterThanOr() {
      assertThat(eval("true || false && false")).isTrue();
      assertThat(eval("false && true || true")).isTrue();
      assertThat(eval("true && true || false && false")).isTrue();
    }

    @Test
    void comparisonBindsTighterThanLogic() {
      assertThat(eval("1 < 2 && 3 < 4")).isTrue();
    }

    @Test
    void andStopsAtFalseWithoutLookingRight() {
      assertThat(eval("false && 'not a boolean'")).isFalse();
      assertThat(eval("1 == 2 && 'x' < 5")).isFalse();
    }

    @Test
    void orStopsAtTrueWithoutLookingRight() {
      assertThat(eval("true || 'not a boolean'")).isTrue();
    }

    @Test
    void comparisonsChainFromTheLeft() {
      // (1 == 1) == true
      assertThat(eval("1 == 1 == true")).isTrue();
    }
  }

  @Nested
  class RegularExpressions {

    @Test
    void matchSearchesAnywhere() {
      assertThat(eval("heads =~ 'ea'")).isTrue();
      assertThat(eval("x =~ '^h.*'")).isFalse();
      assertThat(eval("heads =~ '^h.*'")).isTrue();
    }

    @Test
    void notMatch() {
      assertThat(eval("heads !~ '^t'")).isTrue();
      assertThat(eval("tails !~ '^t'")).isFalse();
    }

    @Test
    void aBareWordOnTheRightIsAPatternToo() {
      assertThat(eval("heads =~ ead")).isTrue();
    }

    @Test
    void dollarMatchesOnlyAtTheVeryEndAsInGo() {
      assertThat(eval("'abc\n' =~ 'c$'")).isFalse();
      assertThat(eval("'abc' =~ 'c$'")).isTrue();
    }

    @Test
    void aPatternBuiltWhileEvaluatingIsCompiledThen() {
      assertThat(eval("heads =~ ('^' + 'h')")).isTrue();
    }

    @Test
    void aLiteralPatternJoinedWithMoreTextPrintsAsItsSource() {
      // govaluate turns the string after =~ into a pattern, then + prints it back: '^h' + 'e' is '^he'.
      assertThat(eval("heads =~ '^h' + 'e'")).isTrue();
    }
  }

  @Nested
  class Membership {

    @Test
    void wordInList() {
      assertThat(eval("x in (a, b)")).isFalse();
      assertThat(eval("b in (a, b)")).isTrue();
    }

    @Test
    void numberInList() {
      assertThat(eval("2 in (1, 2, 3)")).isTrue();
      assertThat(eval("4 in (1, 2, 3)")).isFalse();
    }

    @Test
    void membershipComparesTypes() {
      assertThat(eval("'2' in (1, 2, 3)")).isFalse();
    }

    @Test
    void upperCaseInIsAlsoTheOperator() {
      assertThat(eval("b IN (a, b)")).isTrue();
    }

    @Test
    void aNestedListIsOneElement() {
      assertThat(eval("b in (a, (b, c))")).isFalse();
    }

    @Test
    void listsCompareElementByElement() {
      assertThat(eval("(a, b) == (a, b)")).isTrue();
      assertThat(eval("(a, b) == (a, c)")).isFalse();
      assertThat(eval("(a, b) != (a, b, c)")).isTrue();
    }

    @Test
    void aListOnTheLeftIsFlattened() {
      assertThat(eval("((a, b), c) == (a, b, c)")).isTrue();
    }
  }

  @Nested
  class Ternary {

    @Test
    void chooses() {
      assertThat(eval("1 < 2 ? true : false")).isTrue();
      assertThat(eval("1 > 2 ? true : false")).isFalse();
    }

    @Test
    void choosesValuesToCompare() {
      assertThat(eval("(a == a ? x : y) == x")).isTrue();
    }

    @Test
    void coalesceKeepsTheLeftValue() {
      assertThat(eval("true ?? false")).isTrue();
    }

    @Test
    void questionWithoutElseGivesNilWhenFalse() {
      assertThat(eval("(false ? true) ?? true")).isTrue();
      assertThat(eval("(true ? false) ?? true")).isFalse();
    }
  }

  @Nested
  class Dates {

    @Test
    void aQuotedDateIsItsUnixTime() {
      assertThat(eval("'2024-01-05' == 1704412800")).isTrue();
    }

    @Test
    void datesCompareAsInstants() {
      assertThat(eval("'2024-01-05' < '2024-02-01'")).isTrue();
      assertThat(eval("'2024-01-05T00:00:00Z' == '2024-01-05'")).isTrue();
      assertThat(eval("'2024-01-05T02:00:00+02:00' == '2024-01-05'")).isTrue();
    }

    @Test
    void aDateIsNoLongerAString() {
      assertThat(eval("'2024-01-05' != '2024-01-05x'")).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"heads==heads", "  heads  ==  heads  ", "\theads\n==\rheads", "(heads)==(heads)",
      "heads\u00A0==\u2003heads"})
  void spacingDoesNotMatter(String text) {
    assertThat(eval(text)).isTrue();
  }

  @Test
  void textAndToStringAreTheExpressionAsGiven() {
    WhenExpression when = WhenExpression.parse(" a == b ");
    assertThat(when.text()).isEqualTo(" a == b ");
    assertThat(when.toString()).isEqualTo(" a == b ");
  }

  @Test
  void equalWhenTheTextIsEqual() {
    assertThat(WhenExpression.parse("a == b")).isEqualTo(WhenExpression.parse("a == b"));
    assertThat(WhenExpression.parse("a == b").hashCode()).isEqualTo(WhenExpression.parse("a == b").hashCode());
    assertThat(WhenExpression.parse("a == b")).isNotEqualTo(WhenExpression.parse("a==b"));
  }

  @Test
  void evaluatesTheSameEachTime() {
    WhenExpression when = WhenExpression.parse("a == a");
    assertThat(when.evaluate()).isTrue();
    assertThat(when.evaluate()).isTrue();
  }
}
