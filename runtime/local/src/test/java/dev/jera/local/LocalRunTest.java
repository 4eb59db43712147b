package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jera.local.testing.Hello;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java API for tests: run by class or name, parameters, secrets, stubs, typed results. */
class LocalRunTest {
  @TempDir Path home;

  @Test
  void runsAWorkflowFoundThroughItsClass() {
    LocalReport report = LocalRun.of(Hello.class)
        .param("when", "2024-01-31")
        .secret("vault", "token", "abc")
        .home(home)
        .run();

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.step("greet").attempts()).isEqualTo(1);
    String greeting = report.result("greet");
    assertThat(greeting).isEqualTo("Hello, world!! (happy, 2024-01-31)");
    List<String> signed = report.result("sign");
    assertThat(signed).hasSize(5);
    assertThat(signed.get(0)).endsWith("signed with a 3-letter token");
    assertThat(report.folder().getParent()).isEqualTo(home.resolve("runs"));
  }

  @Test
  void stubsReplaceStepsWithJavaValues() {
    LocalReport report = LocalRun.of(Hello.class)
        .param("when", "2024-01-31")
        .secret("vault", "token", "abc")
        .stub("letters", "[\"q\"]")
        .stub("greet", "Stubbed")
        .home(home)
        .run();

    assertThat(report.step("greet").attempts()).isEqualTo(0);
    assertThat(report.step("greet").phase()).isEqualTo(Phase.SUCCEEDED);
    List<String> signed = report.result("sign");
    assertThat(signed).containsExactly("Stubbed -- signed with a 3-letter token");
  }

  @Test
  void aFannedOutStepIsStubbedWithTheListOfItsResults() {
    LocalReport report = LocalRun.of(Hello.class)
        .param("when", "2024-01-31")
        .secret("vault", "token", "abc")
        .stub("sign", List.of("one", "{\"two\": 2}"))
        .home(home)
        .run();

    // As a real run gives them: each String item quoted by its runner, so text that looks like JSON stays text.
    assertThat(report.step("sign").result()).isEqualTo("[\"one\",\"{\\\"two\\\": 2}\"]");
    List<String> signed = report.result("sign");
    assertThat(signed).containsExactly("one", "{\"two\": 2}").inOrder();
  }

  @Test
  void badInputIsRefusedBeforeAnyStepRuns() {
    InvalidRunException missing = assertThrows(InvalidRunException.class,
        () -> LocalRun.of(Hello.class).secret("vault", "token", "abc").home(home).run());
    InvalidRunException wrongType = assertThrows(InvalidRunException.class,
        () -> LocalRun.of("hello").param("when", "2024-01-31").param("times", "many").home(home).run());

    assertThat(missing).hasMessageThat().startsWith("workflow 'hello' needs parameter 'when'");
    assertThat(wrongType).hasMessageThat()
        .startsWith("parameter 'times' (.param(\"times\", \"many\")) is not a valid int");
  }

  @Test
  void unknownNamesGetAHint() {
    IllegalArgumentException workflow = assertThrows(IllegalArgumentException.class, () -> LocalRun.of("helo"));
    IllegalArgumentException stub = assertThrows(IllegalArgumentException.class, () -> LocalRun.of("hello").stub("gret", "x"));

    assertThat(workflow).hasMessageThat().isEqualTo("no workflow 'helo' on the class path; did you mean 'hello'?");
    assertThat(stub).hasMessageThat().isEqualTo(".stub(\"gret\", …): workflow 'hello' has no step 'gret'; did you mean"
        + " 'greet'? (its steps: greet, letters, sign)");
  }

  @Test
  void whatIsMissingIsToldInLocalRunsTerms() {
    InvalidRunException parameter = assertThrows(InvalidRunException.class,
        () -> LocalRun.of(Hello.class).secret("vault", "token", "abc").home(home).run());
    InvalidRunException secret = assertThrows(InvalidRunException.class,
        () -> LocalRun.of(Hello.class).param("when", "2024-01-31").home(home).run());
    InvalidRunException configMap = assertThrows(InvalidRunException.class,
        () -> TestCatalog.with(() -> LocalRun.of("tools-env").home(home).run()));
    InvalidRunException wholeConfigMap = assertThrows(InvalidRunException.class,
        () -> TestCatalog.with(() -> LocalRun.of("tools-env").configMap("warehouse", "host", "db").home(home).run()));

    assertThat(parameter).hasMessageThat().isEqualTo("workflow 'hello' needs parameter 'when' (the day to greet, e.g."
        + " 2024-01-31); give it with .param(\"when\", VALUE)");
    assertThat(secret).hasMessageThat().isEqualTo("workflow 'hello' needs secret vault/token (step 'sign'); give it with"
        + " .secret(\"vault\", \"token\", VALUE)");
    assertThat(configMap).hasMessageThat().isEqualTo("workflow 'tools-env' needs ConfigMap key warehouse/host (step 'show');"
        + " give it with .configMap(\"warehouse\", \"host\", VALUE)");
    assertThat(wholeConfigMap).hasMessageThat().isEqualTo("workflow 'tools-env' needs the keys of ConfigMap etl-settings"
        + " (envFrom of step 'show'); give each with .configMap(\"etl-settings\", KEY, VALUE)");
    assertThat(Files.exists(home.resolve("runs"))).isFalse();
  }

  @Test
  void aFileTheRunCannotFetchIsAskedForInLocalRunsTerms() {
    LocalReport report = TestCatalog.with(() -> LocalRun.of("tools-files").home(home).run());

    assertThat(report.step("fetch").phase()).isEqualTo(Phase.ERROR);
    assertThat(report.step("fetch").message()).endsWith("which the local executor does not fetch; give a local copy with"
        + " .artifact(\"fetch\", \"file\", PATH)");
  }

  @Test
  void aStubOfAnotherTypeIsRefusedWhenGivenNamingTheStepAndItsType() {
    LocalRun hello = LocalRun.of("hello");

    assertThat(assertThrows(IllegalArgumentException.class, () -> hello.stub("greet", 42))).hasMessageThat()
        .isEqualTo(".stub(\"greet\", …): step 'greet' returns String, but the value given is an Integer");
    assertThat(assertThrows(IllegalArgumentException.class, () -> hello.stub("sign", "signed"))).hasMessageThat()
        .isEqualTo(".stub(\"sign\", …): step 'sign' fans out: stub it with the List<String> of its items' results, not a"
            + " String");
    assertThat(assertThrows(IllegalArgumentException.class, () -> hello.stub("sign", List.of("a", 2)))).hasMessageThat()
        .isEqualTo(".stub(\"sign\", …): step 'sign' returns List<String>, but item 1 of the list given is an Integer");
    assertThat(assertThrows(IllegalArgumentException.class, () -> LocalRun.of("boom").stub("explode", "x")))
        .hasMessageThat().isEqualTo(".stub(\"explode\", …): step 'explode' returns nothing (void): stub it with null");
  }

  @Test
  void typedResultsSayWhatAStepReturns() {
    LocalReport report = LocalRun.of(Hello.class)
        .param("when", "2024-01-31")
        .secret("vault", "token", "abc")
        .home(home)
        .run();

    assertThat(report.result("greet", String.class)).isEqualTo("Hello, world!! (happy, 2024-01-31)");
    assertThat(report.results("sign", String.class)).hasSize(5);
    assertThat(assertThrows(IllegalArgumentException.class, () -> report.result("greet", Integer.class))).hasMessageThat()
        .isEqualTo("result(\"greet\", Integer.class): step 'greet' returns String, not Integer");
    assertThat(assertThrows(IllegalArgumentException.class, () -> report.result("sign", String.class))).hasMessageThat()
        .isEqualTo("result(\"sign\", String.class): step 'sign' fans out, one String per item: read them with"
            + " results(\"sign\", String.class)");
    assertThat(assertThrows(IllegalArgumentException.class, () -> report.results("greet", String.class))).hasMessageThat()
        .isEqualTo("results(\"greet\", String.class): step 'greet' does not fan out: read its String with"
            + " result(\"greet\", String.class)");
    assertThat(assertThrows(IllegalArgumentException.class, () -> report.result("gret", String.class))).hasMessageThat()
        .startsWith("workflow 'hello' has no step 'gret'; did you mean 'greet'?");
  }

  @Test
  void aFailedStepReportsItsMessage() {
    LocalReport report = LocalRun.of("boom").home(home).run();

    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.step("explode").message()).isEqualTo("main: Error (exit code 1)");
    assertThat(report.step("explode").detail()).isEqualTo("java.lang.IllegalStateException: kaboom");
    Object result = report.result("explode");
    assertThat(result).isNull();
  }
}
