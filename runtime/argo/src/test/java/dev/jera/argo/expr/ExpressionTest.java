package dev.jera.argo.expr;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jera.argo.expr.Expression.Reference;
import dev.jera.argo.expr.Expression.ReferenceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** expr-lang as Argo evaluates it in {@code {{= … }}} tags, graph outputs, labelsFrom and a cron's when. */
class ExpressionTest {
  private static final Map<String, String> VARIABLES = Map.of(
      "workflow.parameters.config", "{\"a\": \"1\", \"b\": \"2\", \"c\": \"3\"}",
      "workflow.parameters.employees",
      "{\"employees\": [{\"name\": \"Baris\", \"age\":43},{\"name\": \"Mo\", \"age\": 42}, {\"name\": \"Jai\", \"age\" :44}]}",
      "workflow.parameters.json", "[{\"name\":\"should-print\",\"value\":\"true\"}]",
      "inputs.parameters.should-print", "true",
      "inputs.parameters.foo", "3",
      "tasks.producer.outputs.parameters.msg", DottedScope.ABSENT,
      "tasks.empty.outputs.parameters.msg", "");

  private static String text(String expression) {
    return Expression.parse(expression).evaluateToText(DottedScope.of(VARIABLES::get));
  }

  private static Object value(String expression) {
    return Expression.parse(expression).evaluate(DottedScope.of(VARIABLES::get));
  }

  private static String failure(String expression) {
    return assertThrows(ExpressionException.class, () -> text(expression)).getMessage();
  }

  @Test
  void nilCoalescingTakesTheRightSideOnlyForNil() {
    assertThat(text("tasks.producer.outputs.parameters.msg ?? 'expr-fallback'")).isEqualTo("expr-fallback");
    assertThat(text("tasks.empty.outputs.parameters.msg ?? 'fallback'")).isEmpty();
    assertThat(text("tasks.missing.outputs.parameters.msg ?? 'missing'")).isEqualTo("missing");
    assertThat(text("nil ?? 1 + 1")).isEqualTo("2");
  }

  @Test
  void optionalChainingReadsNilAsNil() {
    assertThat(value("{a: nil}.a?.b")).isNull();
    assertThat(text("{a: {b: 'x'}}?.a?.b")).isEqualTo("x");
    assertThat(failure("{a: nil}.a.b")).contains("cannot fetch b from <nil>");
  }

  @Test
  void anUnhandledNilIsAnError() {
    assertThat(failure("tasks.producer.outputs.parameters.msg"))
        .isEqualTo("failed to evaluate expression \"tasks.producer.outputs.parameters.msg\"");
  }

  @Test
  void jsonpathReadsOneValueOrAList() {
    assertThat(text("jsonpath(workflow.parameters.config, '$.a')")).isEqualTo("1");
    assertThat(text("jsonpath(workflow.parameters.json, '$[0].value') == 'true'")).isEqualTo("true");
    assertThat(text("jsonpath(workflow.parameters.employees, '$.employees[?(@.name==\"Baris\")].age')")).isEqualTo("[43]");
    assertThat(text("jsonpath(workflow.parameters.employees, '$.employees[?(@.age>42 && @.age<44)].age')")).isEqualTo("[43]");
    assertThat(text("jsonpath(workflow.parameters.employees, '$.employees[0:1]')")).isEqualTo("[{\"age\":43,\"name\":\"Baris\"}]");
    assertThat(text("jsonpath(workflow.parameters.employees, '$.employees[*].name')")).isEqualTo("[\"Baris\",\"Mo\",\"Jai\"]");
    assertThat(text("jsonpath(workflow.parameters.employees, '$.employees[-1].name')")).isEqualTo("Jai");
    assertThat(text("jsonpath(workflow.parameters.employees, \"$.employees[0,2]['name']\")")).isEqualTo("[\"Baris\",\"Jai\"]");
    assertThat(text("jsonpath(workflow.parameters.employees, '$.employees[?(@.name != \"Mo\" || @.age == 42)].name')"))
        .isEqualTo("[\"Baris\",\"Mo\",\"Jai\"]");
  }

  @Test
  void jsonpathFailuresSayWhat() {
    assertThat(failure("jsonpath(workflow.parameters.config, '$.z')")).contains("key: invalid token key 'z' not found");
    assertThat(failure("jsonpath(workflow.parameters.config, 'a')")).contains("a path starts with '$'");
    assertThat(failure("jsonpath(workflow.parameters.config, '$..a')")).contains("recursive descent");
    assertThat(failure("jsonpath('{', '$.a')")).contains("unexpected end of JSON input");
  }

  @Test
  void bracketsReadHyphenatedNames() {
    assertThat(text("inputs.parameters[\"should-print\"] == 'true'")).isEqualTo("true");
    assertThat(text("inputs.parameters['should-print']")).isEqualTo("true");
  }

  @Test
  void closuresApplyToEachElement() {
    assertThat(text("toJson(filter([1, 3], {# > 1}))")).isEqualTo("[3]");
    assertThat(text("map([1, 2], # * 10)")).isEqualTo("[10,20]");
    assertThat(text("map([{n: 'a'}, {n: 'b'}], {#.n})")).isEqualTo("[\"a\",\"b\"]");
    assertThat(text("all([1, 2], {# > 0}) && any([1, 2], {# > 1}) && none([1], {# > 1}) && one([1, 2], {# == 2})"))
        .isEqualTo("true");
    assertThat(text("count([1, 2, 3], {# >= 2})")).isEqualTo("2");
    assertThat(failure("filter([1], {#})")).contains("predicate should return boolean (got int)");
    assertThat(failure("filter('x', {# > 1})")).contains("builtin filter takes only array (got string)");
  }

  @Test
  void letBindsANameForTheRest() {
    assertThat(text("let x = 2; let y = x * 3; y + x")).isEqualTo("8");
    assertThat(text("let week = [1, 2]; len(week)")).isEqualTo("2");
  }

  @Test
  void mapsAreWrittenAsGoMarshalsThem() {
    assertThat(text("toJson({b: 2, a: 'x', 'c d': [1.5, nil, true]})")).isEqualTo("{\"a\":\"x\",\"b\":2,\"c d\":[1.5,null,true]}");
    assertThat(text("{b: 1}")).isEqualTo("{\"b\":1}");
    assertThat(text("toJSON([1])")).isEqualTo("[\n  1\n]");
  }

  @Test
  void theReusingSnippetsExample() {
    Map<String, String> variables = new HashMap<>();
    variables.put("workflow.parameters.weather", "{\"weekWeather\": \"eyJ0ZW1wcyI6IFszNCwgMjcsIDE1LCA1NywgNDZdfQo=\"}");
    String expression = "map([\n"
        + "    jsonpath(sprig.b64dec(jsonpath(workflow.parameters.weather, '$.weekWeather')), '$.temps')\n"
        + "  ], {\n"
        + "    toJson({\n"
        + "      avg: sprig.add(#[0], #[1], #[2], #[3], #[4]) / 5,\n"
        + "      min: sprig.min(#[0], #[1], #[2], #[3], #[4]),\n"
        + "      max: sprig.max(#[0], #[1], #[2], #[3], #[4])\n"
        + "    })\n"
        + "})[0]";
    String temps = Expression.parse(expression).evaluateToText(DottedScope.of(variables::get));
    assertThat(temps).isEqualTo("{\"avg\":35.8,\"max\":57,\"min\":15}");
    variables.put("inputs.parameters.week-temps", temps);
    assertThat(Expression.parse("jsonpath(inputs.parameters['week-temps'], '$.avg')").evaluateToText(DottedScope.of(variables::get)))
        .isEqualTo("35.8");
  }

  @Test
  void sprigConvertsAsSprigDoes() {
    assertThat(text("sprig.add(1, '2', 3.9)")).isEqualTo("6");
    assertThat(text("sprig.sub(5, 2) + sprig.mul(2, 3) + sprig.div(7, 2) + sprig.mod(7, 2) + sprig.add1(0)")).isEqualTo("14");
    assertThat(text("sprig.b64enc('hi') + sprig.b64dec('aGk=')")).isEqualTo("aGk=hi");
    assertThat(text("sprig.upper('a') + sprig.replace('a', 'b', 'banana') + sprig.toString(1)")).isEqualTo("Abbnbnb1");
    assertThat(text("sprig.default('x', '') + sprig.default('x', 'y')")).isEqualTo("xy");
    assertThat(text("sprig.date('2006-01-02', 0)")).isEqualTo("1970-01-01");
    assertThat(text("sprig.date('2006', workflow.parameters.config)")).isEqualTo(Integer.toString(
        Instant.now().atZone(java.time.ZoneOffset.UTC).getYear()));
    assertThat(failure("sprig.regexFind('a', 'b')")).contains("Jera does not evaluate sprig.regexFind (Argo does)");
    assertThat(failure("sprig.nope(1)")).contains("unknown func sprig.nope");
  }

  @Test
  void argoAndExprFunctions() {
    assertThat(text("asInt(inputs.parameters.foo) * 10")).isEqualTo("30");
    assertThat(text("asFloat('1.5') * 2")).isEqualTo("3");
    assertThat(text("len('abc') + len([1]) + len({a: 1})")).isEqualTo("5");
    assertThat(text("join(split('a,b', ','), '-') + upper('x') + trimPrefix('ab', 'a')")).isEqualTo("a-bXb");
    assertThat(text("first([1, 2]) + last([1, 2]) + max(1, 5, 3) + min([4, 2])")).isEqualTo("10");
    assertThat(text("keys({b: 1, a: 2})")).isEqualTo("[\"a\",\"b\"]");
    assertThat(text("fromJSON('{\"a\": [1]}').a[0]")).isEqualTo("1");
    assertThat(failure("asInt('x')")).contains("invalid operation: int(\"x\")");
    assertThat(failure("nope(1)")).contains("unknown func nope");
    assertThat(failure("sortBy([1], #)")).contains("Jera does not evaluate sortBy (Argo does)");
  }

  @Test
  void timesSubtractToDurations() {
    Map<String, Object> environment = new HashMap<>();
    environment.put("cronworkflow", new HashMap<>(Map.of("lastScheduledTime", Instant.now().minusSeconds(400))));
    String when = "cronworkflow.lastScheduledTime == nil || (now() - cronworkflow.lastScheduledTime).Seconds() > 360";
    assertThat(Expression.parse(when).evaluate(environment)).isEqualTo(true);
    ((Map<String, Object>) environment.get("cronworkflow")).put("lastScheduledTime", Instant.now().minusSeconds(10));
    assertThat(Expression.parse(when).evaluate(environment)).isEqualTo(false);
    ((Map<String, Object>) environment.get("cronworkflow")).put("lastScheduledTime", null);
    assertThat(Expression.parse(when).evaluate(environment)).isEqualTo(true);
    assertThat(Expression.parse("duration('1h30m').Minutes()").evaluate(Map.of())).isEqualTo(90.0);
    assertThat(Expression.parse("duration('1m') > duration('59s')").evaluate(Map.of())).isEqualTo(true);
    assertThat(Expression.parse("now() - now()").evaluate(Map.of())).isInstanceOf(Duration.class);
  }

  @Test
  void syntaxErrorsSayWhereAndWhat() {
    assertThat(Expression.syntaxProblem("a = 1").get().getMessage())
        .isEqualTo("invalid expression 'a = 1': '=' is not an operator; compare with '==' (column 3)");
    assertThat(Expression.syntaxProblem("filter([1], {# > 1)").get().reason()).isEqualTo("expected '}' but found ')'");
    assertThat(Expression.syntaxProblem("{a 1}").get().reason()).isEqualTo("expected ':' but found '1'");
    assertThat(Expression.syntaxProblem("let x = 1 x").get().reason()).isEqualTo("expected ';' but found 'x'");
    assertThat(Expression.syntaxProblem("1..3").get().reason()).isEqualTo("Jera does not evaluate '..' in expressions");
  }

  @Test
  void referencesNameVariablesFunctionsAndMethods() {
    Expression expression = Expression.parse(
        "let t = tasks['flip-coin'].outputs.result; map([t], {#.x}) == nil || (now() - cronworkflow.lastScheduledTime).Seconds() > "
            + "sprig.add(1) && steps.a.outputs.parameters.m ?? workflow.name");
    assertThat(expression.references()).containsExactly(
        new Reference("tasks.flip-coin.outputs.result", ReferenceKind.VARIABLE, 8, false),
        new Reference("map", ReferenceKind.FUNCTION, 43, false),
        new Reference("Seconds", ReferenceKind.METHOD, 110, false),
        new Reference("now", ReferenceKind.FUNCTION, 70, false),
        new Reference("cronworkflow.lastScheduledTime", ReferenceKind.VARIABLE, 78, false),
        new Reference("sprig.add", ReferenceKind.FUNCTION, 122, false),
        new Reference("steps.a.outputs.parameters.m", ReferenceKind.VARIABLE, 138, true),
        new Reference("workflow.name", ReferenceKind.VARIABLE, 170, false)).inOrder();
  }

  @Test
  void hyphenatedNamesAreSubtractions() {
    assertThat(Expression.parse("tasks.flip-coin.outputs.result == 'heads'").hyphenated())
        .containsExactly(new Expression.Hyphenated("tasks.flip-coin", "tasks['flip-coin']", 0));
    assertThat(Expression.parse("a.b - c").hyphenated()).isEmpty();
  }

  @Test
  void functionsAreKnownEvaluatedOrUnknown() {
    assertThat(Expression.functionEvaluated("sprig.add")).isTrue();
    assertThat(Expression.functionExists("sprig.regexFind")).isTrue();
    assertThat(Expression.functionEvaluated("sprig.regexFind")).isFalse();
    assertThat(Expression.functionExists("sprig.env")).isFalse();
    assertThat(Expression.functionExists("jsonpth")).isFalse();
    assertThat(Expression.EVALUATED_FUNCTIONS).containsAtLeast("jsonpath", "toJson", "filter", "sprig.b64dec", "now");
  }

  @Test
  void resultsAreWrittenAsArgoWritesThem() {
    assertThat(text("1.0 * 43")).isEqualTo("43");
    assertThat(text("7 / 2")).isEqualTo("3.5");
    assertThat(text("true")).isEqualTo("true");
    assertThat(text("['a', 1]")).isEqualTo("[\"a\",1]");
    assertThat(text("'<&>'")).isEqualTo("<&>");
    assertThat(text("['<']")).isEqualTo("[\"\\u003c\"]");
  }

  @Test
  void listsOfReadValues() {
    assertThat(value("jsonpath(workflow.parameters.config, '$.*')")).isEqualTo(List.of("1", "2", "3"));
  }
}
