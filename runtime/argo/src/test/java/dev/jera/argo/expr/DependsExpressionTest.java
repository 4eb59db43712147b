package dev.jera.argo.expr;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Parsing {@code depends} conditions: operands, canonical form, and the reports for bad ones. */
class DependsExpressionTest {

  private static ExpressionException parseError(String text) {
    return assertThrows(ExpressionException.class, () -> DependsExpression.parse(text));
  }

  private static TaskReference bare(String task) {
    return new TaskReference(task, Optional.empty());
  }

  private static TaskReference ref(String task, TaskResult result) {
    return new TaskReference(task, Optional.of(result));
  }

  @Nested
  class Operands {

    @Test
    void andOfAnOr() {
      DependsExpression depends = DependsExpression.parse("a && (b || c)");
      assertThat(depends.taskNames()).containsExactly("a", "b", "c").inOrder();
      assertThat(depends.references()).containsExactly(bare("a"), bare("b"), bare("c")).inOrder();
    }

    @Test
    void taskWithResult() {
      DependsExpression depends = DependsExpression.parse("load.Failed");
      assertThat(depends.taskNames()).containsExactly("load");
      assertThat(depends.references()).containsExactly(ref("load", TaskResult.FAILED));
    }

    @Test
    void loopResult() {
      DependsExpression depends = DependsExpression.parse("fanout.AnySucceeded");
      assertThat(depends.references()).containsExactly(ref("fanout", TaskResult.ANY_SUCCEEDED));
      assertThat(depends.references().get(0).result().get().needsLoop()).isTrue();
    }

    @Test
    void everyResult() {
      DependsExpression depends = DependsExpression.parse("a.Succeeded || a.Failed || a.Errored || a.Skipped"
          + " || a.Omitted || a.Daemoned || a.AnySucceeded || a.AllFailed");
      assertThat(depends.taskNames()).containsExactly("a");
      assertThat(depends.references()).hasSize(8);
    }

    @Test
    void negatedResult() {
      DependsExpression depends = DependsExpression.parse("!a.Succeeded");
      assertThat(depends.references()).containsExactly(ref("a", TaskResult.SUCCEEDED));
      assertThat(depends.toString()).isEqualTo("!a.Succeeded");
    }

    @Test
    void namesWithDashes() {
      DependsExpression depends = DependsExpression.parse("fetch-data.Succeeded && load-it");
      assertThat(depends.taskNames()).containsExactly("fetch-data", "load-it").inOrder();
      assertThat(depends.references())
          .containsExactly(ref("fetch-data", TaskResult.SUCCEEDED), bare("load-it")).inOrder();
    }

    @Test
    void namesWithCapitalsAndDigits() {
      assertThat(DependsExpression.parse("Step2 && step-3b").taskNames()).containsExactly("Step2", "step-3b");
    }

    @Test
    void repeatedOperandsAreListedOnce() {
      DependsExpression depends = DependsExpression.parse("a && (a.Failed || b) && a");
      assertThat(depends.taskNames()).containsExactly("a", "b").inOrder();
      assertThat(depends.references()).containsExactly(bare("a"), ref("a", TaskResult.FAILED), bare("b"))
          .inOrder();
    }

    @Test
    void namesAndReferencesCannotBeChanged() {
      DependsExpression depends = DependsExpression.parse("a && b");
      assertThrows(UnsupportedOperationException.class, () -> depends.taskNames().add("c"));
      assertThrows(UnsupportedOperationException.class, () -> depends.references().clear());
    }

    @Test
    void spacesAreOptional() {
      assertThat(DependsExpression.parse("a&&(b||!c.Failed)").toString()).isEqualTo("a && (b || !c.Failed)");
      assertThat(DependsExpression.parse("\ta &&\n b ").toString()).isEqualTo("a && b");
    }

    @Test
    void textIsAsGiven() {
      assertThat(DependsExpression.parse("a&&b").text()).isEqualTo("a&&b");
    }
  }

  @Nested
  class CanonicalForm {

    @Test
    void keepsNeededParentheses() {
      assertThat(DependsExpression.parse("a && (b || c)").toString()).isEqualTo("a && (b || c)");
      assertThat(DependsExpression.parse("!(a && b)").toString()).isEqualTo("!(a && b)");
      assertThat(DependsExpression.parse("(a || b) && (c || d)").toString()).isEqualTo("(a || b) && (c || d)");
    }

    @Test
    void dropsRedundantParentheses() {
      assertThat(DependsExpression.parse("(a && b) && c").toString()).isEqualTo("a && b && c");
      assertThat(DependsExpression.parse("a || (b && c)").toString()).isEqualTo("a || b && c");
      assertThat(DependsExpression.parse("((a))").toString()).isEqualTo("a");
      assertThat(DependsExpression.parse("!(a.Failed)").toString()).isEqualTo("!a.Failed");
      assertThat(DependsExpression.parse("(a || b) || (c || d)").toString()).isEqualTo("a || b || c || d");
    }

    @Test
    void keepsDoubleNegation() {
      assertThat(DependsExpression.parse("!!a").toString()).isEqualTo("!!a");
    }

    @Test
    void reparsingTheCanonicalFormGivesItBack() {
      DependsExpression depends = DependsExpression.parse("((a&&b)||!(c.Failed&&d))&&e");
      assertThat(DependsExpression.parse(depends.toString()).toString()).isEqualTo(depends.toString());
      assertThat(depends.toString()).isEqualTo("(a && b || !(c.Failed && d)) && e");
    }

    @Test
    void equalWhenCanonicalFormsAre() {
      assertThat(DependsExpression.parse("(a&&b)&&c")).isEqualTo(DependsExpression.parse("a && (b && c)"));
      assertThat(DependsExpression.parse("(a&&b)&&c").hashCode())
          .isEqualTo(DependsExpression.parse("a && (b && c)").hashCode());
      assertThat(DependsExpression.parse("a && b")).isNotEqualTo(DependsExpression.parse("b && a"));
    }
  }

  @Nested
  class And {

    @Test
    void joinsTasks() {
      assertThat(DependsExpression.and(List.of("a", "b"))).isEqualTo("a && b");
      assertThat(DependsExpression.and(List.of("fetch-data"))).isEqualTo("fetch-data");
    }

    @Test
    void dropsRepeatedTasks() {
      assertThat(DependsExpression.and(List.of("a", "b", "a"))).isEqualTo("a && b");
    }

    @Test
    void givesAParsableCondition() {
      String depends = DependsExpression.and(List.of("a", "b-c", "d"));
      assertThat(DependsExpression.parse(depends).taskNames()).containsExactly("a", "b-c", "d").inOrder();
    }

    @Test
    void refusesNoTasks() {
      assertThrows(IllegalArgumentException.class, () -> DependsExpression.and(List.of()));
    }

    @Test
    void refusesABadName() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> DependsExpression.and(List.of("a", "b_c")));
      assertThat(e).hasMessageThat().isEqualTo("'b_c' is not a task name: use letters, digits and '-', starting"
          + " with a letter or digit");
    }

    @Test
    void refusesANameStartingWithADigit() {
      assertThrows(IllegalArgumentException.class, () -> DependsExpression.and(List.of("1st")));
    }
  }

  @Nested
  class Errors {

    @Test
    void unknownResult() {
      ExpressionException e = parseError("a.Done");
      assertThat(e).hasMessageThat().isEqualTo("Invalid 'depends' expression 'a.Done': task result 'Done' for task"
          + " 'a' is invalid; use one of Succeeded, Failed, Errored, Skipped, Omitted, Daemoned, AnySucceeded,"
          + " AllFailed (column 3)");
      assertThat(e.reason()).startsWith("task result 'Done' for task 'a' is invalid");
    }

    @Test
    void resultsAreCaseSensitive() {
      assertThat(parseError("a.succeeded").reason()).startsWith("task result 'succeeded' for task 'a' is invalid");
    }

    @Test
    void missingResultAfterDot() {
      ExpressionException e = parseError("a. && b");
      assertThat(e.reason()).startsWith("'.' after 'a' needs a task result, one of Succeeded");
      assertThat(e.column()).isEqualTo(2);
    }

    @Test
    void danglingAnd() {
      ExpressionException e = parseError("a &&");
      assertThat(e).hasMessageThat().isEqualTo("Invalid 'depends' expression 'a &&': the expression ends after"
          + " '&&', which needs a task after it (column 3)");
    }

    @Test
    void danglingOrWithTrailingSpaces() {
      ExpressionException e = parseError("a ||  ");
      assertThat(e.reason()).isEqualTo("the expression ends after '||', which needs a task after it");
      assertThat(e.column()).isEqualTo(3);
    }

    @Test
    void danglingNot() {
      assertThat(parseError("a && !").reason()).isEqualTo("the expression ends after '!', which needs a task"
          + " after it");
    }

    @Test
    void unclosedParenthesis() {
      ExpressionException e = parseError("(a");
      assertThat(e.reason()).isEqualTo("unbalanced parenthesis: '(' is never closed");
      assertThat(e.column()).isEqualTo(1);
    }

    @Test
    void unmatchedClosingParenthesis() {
      ExpressionException e = parseError("a) && b");
      assertThat(e.reason()).isEqualTo("unbalanced parenthesis: ')' has no matching '('");
      assertThat(e.column()).isEqualTo(2);
    }

    @Test
    void emptyParentheses() {
      assertThat(parseError("a && ()").reason()).isEqualTo("expected a task before ')'");
    }

    @Test
    void empty() {
      assertThat(parseError("").reason()).isEqualTo("the expression is empty");
      assertThat(parseError("  ").reason()).isEqualTo("the expression is empty");
    }

    @Test
    void operatorWithoutLeftTask() {
      assertThat(parseError("&& a").reason()).isEqualTo("'&&' needs a task before it");
      assertThat(parseError("a && || b").reason()).isEqualTo("'||' needs a task before it");
    }

    @Test
    void singleAmpersandOrBar() {
      assertThat(parseError("a & b").reason()).isEqualTo("'&' is not an operator; use '&&'");
      assertThat(parseError("a | b").reason()).isEqualTo("'|' is not an operator; use '||'");
    }

    @Test
    void twoTasksWithoutAnOperator() {
      ExpressionException e = parseError("a b");
      assertThat(e.reason()).isEqualTo("expected '&&' or '||' before 'b'");
      assertThat(e.column()).isEqualTo(3);
    }

    @Test
    void spaceBeforeTheDot() {
      assertThat(parseError("a .Succeeded").reason()).isEqualTo("'.' must come right after a task name, as in"
          + " fetch.Succeeded");
    }

    @Test
    void twoResults() {
      assertThat(parseError("a.Succeeded.Failed").reason()).startsWith("'.' must come right after a task name");
    }

    @Test
    void underscoreInAName() {
      assertThat(parseError("a_b").reason()).startsWith("'_' has no meaning in depends");
    }

    @Test
    void otherOperators() {
      assertThat(parseError("a == b").reason()).startsWith("'=' has no meaning in depends");
      assertThat(parseError("-a").reason()).startsWith("'-' has no meaning in depends");
    }

    @Test
    void nameStartingWithADigit() {
      ExpressionException e = parseError("a && 2nd");
      assertThat(e.reason()).isEqualTo("task name '2nd' begins with a digit, which Argo forbids in a DAG that uses"
          + " depends");
      assertThat(e.column()).isEqualTo(6);
    }

    @Test
    void reservedWordsOfExprLang() {
      for (String word : Set.of("and", "or", "not", "in", "true", "false", "nil", "matches", "contains")) {
        assertThat(parseError(word + ".Succeeded").reason()).contains("is a reserved word");
      }
    }

    @Test
    void reservedWordsAreFineInsideLongerNames() {
      assertThat(DependsExpression.parse("not-ready && and-then").taskNames())
          .containsExactly("not-ready", "and-then");
    }
  }
}
