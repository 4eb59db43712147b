package dev.jera.processor.model;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@link DottedNames} splits as {@code String.split("\\.", limit)} does, empty segments and all. */
class DottedNamesTest {
  private static final String[] NAMES = {
    "", ".", "..", "a", "a.", ".a", "a.b", "a..b", "tasks.extract.outputs.result", "steps.name", "item", "x.y.z.",
    "workflow.parameters.day", "é.ü", " . ",
  };

  @Test
  void splitsAsStringSplitDoes() {
    for (String name : NAMES) {
      for (int limit = 1; limit <= 4; limit++) {
        assertWithMessage("'%s' limit %s", name, limit)
            .that(Arrays.asList(DottedNames.split(name, limit)))
            .isEqualTo(Arrays.asList(name.split("\\.", limit)));
      }
      assertWithMessage("first of '%s'", name).that(DottedNames.first(name)).isEqualTo(name.split("\\.", 2)[0]);
    }
  }
}
