package dev.jera.argo.expr;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code when} conditions Argo refuses or fails on, and the words and columns of the reports. */
class WhenExpressionErrorTest {

  private static ExpressionException parseError(String text) {
    return assertThrows(ExpressionException.class, () -> WhenExpression.parse(text));
  }

  private static ExpressionException evaluationError(String text) {
    WhenExpression when = WhenExpression.parse(text);
    return assertThrows(ExpressionException.class, when::evaluate);
  }

  @Nested
  class Syntax {

    @Test
    void emptyText() {
      ExpressionException e = parseError("");
      assertThat(e).hasMessageThat().isEqualTo("Invalid 'when' expression '': the expression is empty (column 1)");
    }

    @Test
    void onlySpaces() {
      assertThat(parseError("   ").reason()).isEqualTo("the expression is empty");
    }

    @Test
    void unclosedParenthesis() {
      ExpressionException e = parseError("(x == y");
      assertThat(e).hasMessageThat()
          .isEqualTo("Invalid 'when' expression '(x == y': unbalanced parenthesis: '(' is never closed (column 1)");
      assertThat(e.column()).isEqualTo(1);
    }

    @Test
    void unmatchedClosingParenthesis() {
      ExpressionException e = parseError("x == y)");
      assertThat(e.reason()).isEqualTo("unbalanced parenthesis: ')' has no matching '('");
      assertThat(e.column()).isEqualTo(7);
    }

    @Test
    void parenthesesAreCheckedFirst() {
      assertThat(parseError("((a == b) &&").reason()).isEqualTo("unbalanced parenthesis: '(' is never closed");
    }

    @Test
    void closingBeforeOpeningIsUnbalanced() {
      assertThat(parseError(")a(").reason()).contains("')' has no matching '('");
    }

    @Test
    void danglingComparison() {
      ExpressionException e = parseError("x == ");
      assertThat(e.reason()).isEqualTo("the expression ends after '==', which needs a value after it");
      assertThat(e.column()).isEqualTo(3);
    }

    @Test
    void danglingLogicalOperator() {
      ExpressionException e = parseError("x == y &&");
      assertThat(e).hasMessageThat().isEqualTo("Invalid 'when' expression 'x == y &&': the expression ends after"
          + " '&&', which needs a value after it (column 8)");
    }

    @Test
    void danglingPrefix() {
      assertThat(parseError("!").reason()).isEqualTo("the expression ends after '!', which needs a value after it");
    }

    @Test
    void operatorWithoutLeftValue() {
      ExpressionException e = parseError("== x");
      assertThat(e.reason()).isEqualTo("'==' needs a value before it");
      assertThat(e.column()).isEqualTo(1);
    }

    @Test
    void emptyLeftSideOfASubstitutedComparison() {
      // What Argo sees when {{…}} gave an empty string in "{{…}} != ''".
      assertThat(parseError(" != ''").reason()).isEqualTo("'!=' needs a value before it");
    }

    @Test
    void singleEqualsSign() {
      ExpressionException e = parseError("x = y");
      assertThat(e.reason()).isEqualTo("'=' is not an operator; compare with '=='");
      assertThat(e.column()).isEqualTo(3);
    }

    @Test
    void tripleEqualsSign() {
      assertThat(parseError("x === y").reason()).isEqualTo("'===' is not an operator; compare with '=='");
    }

    @Test
    void javascriptNotEquals() {
      assertThat(parseError("x !== y").reason()).isEqualTo("'!==' is not an operator; compare with '!='");
    }

    @Test
    void operatorsRunTogether() {
      ExpressionException e = parseError("x ==-1");
      assertThat(e.reason()).isEqualTo("'==-' is not an operator; govaluate reads a run of symbols as one"
          + " operator, so put a space after '=='");
    }

    @Test
    void unknownSymbolInAValue() {
      assertThat(parseError("user@example == x").reason())
          .isEqualTo("'@' is not an operator; if it is part of a value, quote the value");
    }

    @Test
    void doubleNegationIsNotAllowed() {
      assertThat(parseError("!!true").reason()).contains("'!!' is not an operator");
      assertThat(parseError("- -5 == 5").reason()).isEqualTo("'-' needs a value before it");
    }

    @Test
    void twoValuesWithoutAnOperator() {
      ExpressionException e = parseError("hello world == x");
      assertThat(e.reason()).isEqualTo("expected an operator between 'hello' and 'world'; if they are one value,"
          + " quote it");
      assertThat(e.column()).isEqualTo(7);
    }

    @Test
    void numberFollowedByWord() {
      assertThat(parseError("5abc == x").reason()).startsWith("expected an operator between '5' and 'abc'");
    }

    @Test
    void valueAfterClosingParenthesis() {
      // govaluate would silently ignore the b; that is a mistake, so it is reported.
      assertThat(parseError("(a == a) b").reason()).isEqualTo("expected an operator between ')' and 'b'");
    }

    @Test
    void emptyParentheses() {
      assertThat(parseError("() == x").reason()).isEqualTo("'()' holds no value");
    }

    @Test
    void operatorBeforeClosingParenthesis() {
      assertThat(parseError("(a ==) && true").reason()).isEqualTo("expected a value before ')'");
    }

    @Test
    void functionCall() {
      ExpressionException e = parseError("len(x) > 2");
      assertThat(e.reason()).isEqualTo("'len(' looks like a function call, but Argo's when has no functions");
    }

    @Test
    void dottedWord() {
      ExpressionException e = parseError("version == v1.2");
      assertThat(e.reason()).isEqualTo("'v1.2' holds a dot, which govaluate reads as a field access that Argo"
          + " cannot evaluate; quote it to use it as text: 'v1.2'");
      assertThat(e.column()).isEqualTo(12);
    }

    @Test
    void dottedWordWithCapitals() {
      assertThat(parseError("a.B == x").reason()).startsWith("'a.B' holds a dot");
    }

    @Test
    void wordEndingInADot() {
      assertThat(parseError("abc. == x").reason()).startsWith("'abc.' holds a dot");
    }

    @Test
    void notANumber() {
      ExpressionException e = parseError("1.2.3 == x");
      assertThat(e.reason()).isEqualTo("'1.2.3' is not a number");
      assertThat(e.column()).isEqualTo(1);
    }

    @Test
    void loneDot() {
      assertThat(parseError(". == x").reason()).isEqualTo("'.' is not a number");
    }

    @Test
    void numberTooLargeForAFloat() {
      assertThat(parseError("1" + "0".repeat(400) + " > 1").reason()).endsWith("is not a number");
    }

    @Test
    void unclosedString() {
      ExpressionException e = parseError("x == 'abc");
      assertThat(e.reason()).isEqualTo("the string that starts here is never closed (a string ends at the next '"
          + " or \")");
      assertThat(e.column()).isEqualTo(6);
    }

    @Test
    void aQuoteInsideAValueEndsTheString() {
      // Argo's docs warn about this: the substituted value it's breaks the string.
      assertThat(parseError("'it's' == x").reason()).startsWith("the string that starts here is never closed");
    }

    @Test
    void unclosedBracket() {
      assertThat(parseError("[abc == x").reason()).isEqualTo("'[' starts a bracketed name that is never closed"
          + " with ']'");
    }

    @Test
    void strayClosingBracket() {
      assertThat(parseError("a] == x").reason()).isEqualTo("']' closes no '['");
    }

    @Test
    void trailingBackslash() {
      assertThat(parseError("x == y\\").reason()).isEqualTo("a backslash at the end of the expression escapes"
          + " nothing");
    }

    @Test
    void wordStartingWithUnderscore() {
      assertThat(parseError("_x == x").reason()).startsWith("'_' is not an operator");
    }

    @Test
    void notBeforeAWord() {
      // Argo makes the word a string before its second parse, which refuses '!' before a string.
      ExpressionException e = parseError("!heads");
      assertThat(e.reason()).isEqualTo("'!' cannot apply to heads, which is text");
      assertThat(e.column()).isEqualTo(2);
    }

    @Test
    void minusBeforeAString() {
      assertThat(parseError("-'5' == x").reason()).isEqualTo("'-' cannot apply to '5', which is text");
    }

    @Test
    void invalidRegularExpressionLiteral() {
      ExpressionException e = parseError("x =~ '('");
      assertThat(e.reason()).isEqualTo("'(' is not a valid regular expression: error parsing regexp: missing closing ): `(`");
      assertThat(e.column()).isEqualTo(6);
    }

    @Test
    void lookaheadIsNotGoSyntax() {
      assertThat(parseError("x =~ 'a(?=b)'").reason()).contains("invalid or unsupported Perl syntax: `(?=`");
    }

    @Test
    void ternaryRightAfterARegularExpression() {
      assertThat(parseError("x =~ 'a' ? true : false").reason())
          .isEqualTo("'?' cannot directly follow the regular expression 'a'; put it in parentheses");
    }

    @Test
    void ternaryRightAfterADate() {
      assertThat(parseError("'2024-01-05' ? a : b").reason())
          .isEqualTo("'?' cannot directly follow the date '2024-01-05'; put it in parentheses");
    }

    @Test
    void dateRightAfterArithmetic() {
      assertThat(parseError("1 + '2024-01-05' > 0").reason())
          .isEqualTo("the date '2024-01-05' cannot directly follow '+'; put it in parentheses");
    }

    @Test
    void positionOfExceptionIsZeroBased() {
      ExpressionException e = parseError("a = b");
      assertThat(e.position()).isEqualTo(2);
      assertThat(e.expression()).isEqualTo("a = b");
    }
  }

  @Nested
  class Evaluation {

    @Test
    void orderingAStringAndANumber() {
      ExpressionException e = evaluationError("a < 5");
      assertThat(e).hasMessageThat().isEqualTo("Failed to evaluate 'when' expression 'a < 5': '<' compares two"
          + " numbers or two strings, but got 'a' (a string) and 5 (a number) (column 3)");
    }

    @Test
    void orderingANumberAndAString() {
      assertThat(evaluationError("10 >= '9'").reason()).isEqualTo("'>=' compares two numbers or two strings, but"
          + " got 10 (a number) and '9' (a string)");
    }

    @Test
    void orderingBooleans() {
      assertThat(evaluationError("true > false").reason()).startsWith("'>' compares two numbers or two strings");
    }

    @Test
    void dashedValueIsASubtraction() {
      ExpressionException e = evaluationError("my-value == my-value");
      assertThat(e.reason()).isEqualTo("'-' needs numbers on both sides, but its left side is 'my' (a string)");
      assertThat(e.column()).isEqualTo(3);
    }

    @Test
    void arithmeticOnTheRightSide() {
      assertThat(evaluationError("5 * x > 1").reason()).isEqualTo("'*' needs numbers on both sides, but its right"
          + " side is 'x' (a string)");
    }

    @Test
    void plusOnBooleans() {
      assertThat(evaluationError("true + 1 == 2").reason()).isEqualTo("'+' adds two numbers or joins strings, but"
          + " got true (a boolean) and 1 (a number)");
    }

    @Test
    void logicOnStrings() {
      ExpressionException e = evaluationError("heads && tails");
      assertThat(e.reason()).isEqualTo("'&&' needs true or false on both sides, but its left side is 'heads'"
          + " (a string)");
      assertThat(e.column()).isEqualTo(7);
    }

    @Test
    void logicWithAStringOnTheRight() {
      assertThat(evaluationError("false || 1 == 1 && x").reason()).isEqualTo("'&&' needs true or false on both"
          + " sides, but its right side is 'x' (a string)");
    }

    @Test
    void notOnANumber() {
      assertThat(evaluationError("!5").reason()).isEqualTo("'!' applies to true or false, but got 5 (a number)");
    }

    @Test
    void minusOnABoolean() {
      assertThat(evaluationError("-true == 1").reason()).isEqualTo("'-' applies to a number, but got true"
          + " (a boolean)");
    }

    @Test
    void matchOnANumber() {
      assertThat(evaluationError("5 =~ '5'").reason()).isEqualTo("'=~' needs a string on its left, but got 5"
          + " (a number)");
    }

    @Test
    void matchOnADate() {
      assertThat(evaluationError("'2024-01-05' =~ '2024'").reason()).isEqualTo("'=~' needs a string on its left,"
          + " but got 1.7044128e+09 (a number)");
    }

    @Test
    void matchWithANumberPattern() {
      assertThat(evaluationError("x =~ 5").reason()).isEqualTo("'=~' needs a regular expression string on its"
          + " right, but got 5 (a number)");
    }

    @Test
    void invalidPatternBuiltWhileEvaluating() {
      assertThat(evaluationError("x =~ ('(' + '')").reason()).isEqualTo("'(' is not a valid regular expression:"
          + " error parsing regexp: missing closing ): `(`");
    }

    @Test
    void inWithASingleValue() {
      ExpressionException e = evaluationError("x in (a)");
      assertThat(e.reason()).isEqualTo("'in' needs a list of two or more values on its right, as in x in (a, b),"
          + " but got 'a' (a string)");
      assertThat(e.column()).isEqualTo(3);
    }

    @Test
    void inComparingLists() {
      assertThat(evaluationError("(a, b) in (c, (a, b))").reason()).isEqualTo("'in' cannot compare the list [a b]"
          + " with the list [a b]");
    }

    @Test
    void ternaryOnAString() {
      assertThat(evaluationError("x ? true : false").reason()).isEqualTo("'?' needs true or false before it, but"
          + " got 'x' (a string)");
    }

    @Test
    void andDoesNotStopAtAString() {
      assertThat(evaluationError("'x' && false").reason()).contains("its left side is 'x' (a string)");
    }
  }

  @Nested
  class NotABoolean {

    @Test
    void arithmeticResult() {
      ExpressionException e = evaluationError("5 + 3");
      assertThat(e).hasMessageThat().isEqualTo("Expected boolean evaluation for '5 + 3'. Got 8");
      assertThat(e.reason()).isEqualTo("the expression gives 8 (a number), not true or false");
      assertThat(e.position()).isEqualTo(-1);
      assertThat(e.column()).isEqualTo(0);
    }

    @Test
    void aLoneWord() {
      assertThat(evaluationError("heads")).hasMessageThat().isEqualTo("Expected boolean evaluation for 'heads'."
          + " Got heads");
    }

    @Test
    void aFraction() {
      assertThat(evaluationError("1 / 4")).hasMessageThat().endsWith("Got 0.25");
    }

    @Test
    void aList() {
      assertThat(evaluationError("a, b")).hasMessageThat().isEqualTo("Expected boolean evaluation for 'a, b'."
          + " Got [a b]");
    }

    @Test
    void nilFromAQuestionWithoutElse() {
      assertThat(evaluationError("false ? true")).hasMessageThat().endsWith("Got <nil>");
    }

    @Test
    void aStringChosenByATernary() {
      assertThat(evaluationError("true ? 'a' : 'b'")).hasMessageThat().endsWith("Got a");
    }
  }
}
