package dev.jera.runtime.local;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jera.runtime.testing.Hello;
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
        .startsWith("parameter 'times' (param(\"times\", \"many\")) is not a valid int");
  }

  @Test
  void unknownNamesGetAHint() {
    IllegalArgumentException workflow = assertThrows(IllegalArgumentException.class, () -> LocalRun.of("helo"));
    IllegalArgumentException stub = assertThrows(IllegalArgumentException.class, () -> LocalRun.of("hello").stub("gret", "x"));

    assertThat(workflow).hasMessageThat().isEqualTo("no workflow 'helo' on the class path; did you mean 'hello'?");
    assertThat(stub).hasMessageThat().isEqualTo("workflow 'hello' has no step 'gret'; did you mean 'greet'?");
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
