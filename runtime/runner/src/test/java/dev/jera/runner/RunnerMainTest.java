package dev.jera.runner;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.runner.testing.HelloRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a runner's {@code main} says when it is started wrongly. */
class RunnerMainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return RunnerMain.run(new HelloRunner(), args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
  }

  @Test
  void anUnknownStepIsBadInputWithTheClosestName() {
    int code = run("gret", "-");

    assertThat(code).isEqualTo(RunnerMain.BAD_INPUT);
    assertThat(out.size()).isEqualTo(0);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("jera: unknown step 'gret'; did you mean 'greet'? (steps:"
        + " greet, sign, letters, explode, wait)" + System.lineSeparator());
  }

  @Test
  void aStepNothingLikeAnyGetsTheListOnly() {
    run("transmogrify", "-");

    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("jera: unknown step 'transmogrify' (steps: greet, sign,"
        + " letters, explode, wait)" + System.lineSeparator());
  }

  @Test
  void aContainerSetMemberGetsItsInputsAsTheArgumentItself() {
    int code = run("greet", "[{\"name\":\"name\",\"value\":\"Ann\"},{\"name\":\"times\",\"value\":\"2\"},"
        + "{\"name\":\"day\",\"value\":\"2024-01-31\"},{\"name\":\"mood\",\"value\":\"calm\"}]");

    assertThat(code).isEqualTo(RunnerMain.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Hello, Ann!! (calm, 2024-01-31)\n");
  }

  @Test
  void malformedInputsInTheArgumentAreBadInputSayingWhere() {
    int code = run("greet", "[{\"value\":\"Ann\"}]");

    assertThat(code).isEqualTo(RunnerMain.BAD_INPUT);
    assertThat(out.size()).isEqualTo(0);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("jera: malformed inputs in the inputs argument: an entry has no \"name\"" + System.lineSeparator());
  }
}
