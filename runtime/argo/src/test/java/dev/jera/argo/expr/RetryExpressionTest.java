package dev.jera.argo.expr;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jera.argo.expr.RetryExpression.LastRetry;
import dev.jera.argo.expr.RetryExpression.Reference;
import org.junit.jupiter.api.Test;

/** A retry's expression, parsed and evaluated as expr-lang under Argo's processNodeRetries would. */
class RetryExpressionTest {
  /** retry-conditional.yaml's expression, once its input tag is substituted. */
  private static final String CONDITIONAL = "asInt(lastRetry.exitCode) > 1 &&\n"
      + "lastRetry.status != \"Error\" &&\n"
      + "asInt(lastRetry.duration) < 120 &&\n"
      + "(%s == true || lastRetry.message matches 'imminent node shutdown|pod deleted')";

  private static boolean eval(String text, String exitCode, String status, String duration, String message) {
    return RetryExpression.parse(text).evaluate(new LastRetry("0", exitCode, status, duration, message));
  }

  @Test
  void upstreamConditionRetriesExitCodeTwoWhenSafe() {
    assertThat(eval(CONDITIONAL.formatted("true"), "2", "Failed", "3", "main: Error (exit code 2)")).isTrue();
  }

  @Test
  void upstreamConditionStopsOnExitCodeOne() {
    assertThat(eval(CONDITIONAL.formatted("true"), "1", "Failed", "3", "main: Error (exit code 1)")).isFalse();
  }

  @Test
  void upstreamConditionStopsOnErrorAndLongAttempts() {
    assertThat(eval(CONDITIONAL.formatted("true"), "2", "Error", "3", "")).isFalse();
    assertThat(eval(CONDITIONAL.formatted("true"), "2", "Failed", "120", "")).isFalse();
  }

  @Test
  void upstreamConditionWhenUnsafeNeedsTheMessage() {
    assertThat(eval(CONDITIONAL.formatted("false"), "2", "Failed", "3", "main: Error (exit code 2)")).isFalse();
    assertThat(eval(CONDITIONAL.formatted("false"), "2", "Failed", "3", "pod deleted")).isTrue();
  }

  @Test
  void precedenceFollowsExpr() {
    assertThat(eval("1 + 2 * 3 == 7", "", "", "", "")).isTrue();
    assertThat(eval("!false && false", "", "", "", "")).isFalse();
    assertThat(eval("2 ** 3 ** 2 == 512", "", "", "", "")).isTrue();
    assertThat(eval("not (1 > 2) and 1 < 2", "", "", "", "")).isTrue();
    assertThat(eval("-1 < 0 ? true : false", "", "", "", "")).isTrue();
  }

  @Test
  void numbersCompareAcrossIntAndFloatButNeverWithStrings() {
    assertThat(eval("1 == 1.0", "", "", "", "")).isTrue();
    assertThat(eval("lastRetry.exitCode == 1", "1", "", "", "")).isFalse();
    assertThat(eval("7 / 2 == 3.5", "", "", "", "")).isTrue();
  }

  @Test
  void wordOperators() {
    assertThat(eval("lastRetry.status in ['Failed', 'Error']", "", "Error", "", "")).isTrue();
    assertThat(eval("lastRetry.status not in ['Failed']", "", "Error", "", "")).isTrue();
    assertThat(eval("lastRetry.message contains 'OOM'", "", "", "", "OOMKilled")).isTrue();
    assertThat(eval("lastRetry.message startsWith 'main'", "", "", "", "main: Error")).isTrue();
    assertThat(eval("lastRetry.message not matches '^x'", "", "", "", "main")).isTrue();
    assertThat(eval("lastRetry['status'] == 'Failed'", "", "Failed", "", "")).isTrue();
    assertThat(eval("asInt(retries) < 3", "", "", "", "")).isTrue();
  }

  @Test
  void asIntOfAFractionFailsAsGoAtoiDoes() {
    ExpressionException e = assertThrows(ExpressionException.class,
        () -> eval("asInt(lastRetry.duration) < 120", "", "", "1.5", ""));
    assertThat(e).hasMessageThat().isEqualTo(
        "unable to evaluate expression 'asInt(lastRetry.duration) < 120': invalid operation: int(\"1.5\")");
    assertThat(eval("asFloat(lastRetry.duration) < 2", "", "", "1.5", "")).isTrue();
  }

  @Test
  void comparingAStringWithANumberFails() {
    ExpressionException e = assertThrows(ExpressionException.class,
        () -> eval("lastRetry.exitCode > 1", "2", "", "", ""));
    assertThat(e).hasMessageThat().endsWith("invalid operation: > (mismatched types string and int)");
  }

  @Test
  void aResultThatIsNoBooleanFails() {
    ExpressionException e = assertThrows(ExpressionException.class, () -> eval("lastRetry.exitCode", "2", "", "", ""));
    assertThat(e).hasMessageThat().isEqualTo("unable to cast expression result '2' to bool");
  }

  @Test
  void referencesNameVariablesAndFunctions() {
    assertThat(RetryExpression.parse("asInt(lastRetry.exitCode) > 1 && lastRetry.stat == 'x' && retriez > 0")
        .references())
        .containsExactly(
            new Reference("asInt", true, 0),
            new Reference("lastRetry.exitCode", false, 6),
            new Reference("lastRetry.stat", false, 33),
            new Reference("retriez", false, 58))
        .inOrder();
  }

  @Test
  void syntaxErrorsSayWhereAndWhat() {
    assertThat(RetryExpression.syntaxProblem("lastRetry.status = 'Error'").get().getMessage())
        .isEqualTo("Invalid retryStrategy.expression 'lastRetry.status = 'Error'':"
            + " '=' is not an operator; compare with '==' (column 18)");
    assertThat(RetryExpression.syntaxProblem("(1 > 2").get().reason()).contains("')' is missing");
    assertThat(RetryExpression.syntaxProblem("'open").get().reason()).isEqualTo("literal not terminated");
    assertThat(RetryExpression.syntaxProblem("[1, 2] | len()").get().reason())
        .isEqualTo("Jera does not evaluate '|' in expressions");
    assertThat(RetryExpression.syntaxProblem("1 >").get().reason()).isEqualTo("unexpected end of the expression");
    assertThat(RetryExpression.syntaxProblem("").get().reason()).isEqualTo("the expression is empty");
    assertThat(RetryExpression.syntaxProblem("lastRetry.exitCode == '1'")).isEmpty();
  }
}
