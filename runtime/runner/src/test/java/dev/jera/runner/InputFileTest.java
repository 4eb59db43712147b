package dev.jera.runner;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inputs file Argo writes for {@code {{inputs.parameters}}}, read as it is. */
class InputFileTest {

  @Test
  void takesEachValueAsItsText() {
    assertThat(InputFile.parse("[{\"name\":\"a\",\"value\":\"\\\"q\\\"\"},{\"name\":\"b\",\"default\":\"x\",\"value\":\"0x10\"}]", "f"))
        .containsExactly("a", "\"q\"", "b", "0x10").inOrder();
  }

  @Test
  void refusesAnInputGivenTwice() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> InputFile.parse("[{\"name\":\"a\",\"value\":\"1\"},{\"name\":\"a\",\"value\":\"2\"}]", "inputs.json"));
    assertThat(e.getMessage()).isEqualTo("malformed inputs in inputs.json: input 'a' is given twice");
  }

  @Test
  void givesNothingForATemplateWithoutInputs() {
    assertThat(InputFile.parse("[]", "f")).isEqualTo(Map.of());
  }
}
