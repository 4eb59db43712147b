package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jera.local.manifest.ManifestException;
import dev.jera.local.manifest.ManifestReader;
import org.junit.jupiter.api.Test;

/**
 * A manifest's YAML is read strictly: what Jackson would change without a word (an alias read as the
 * anchor's name, a key given twice, a second document ignored) is refused, naming the line.
 */
class ManifestYamlTest {
  private static final String HEAD = """
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata:
        generateName: w-
      spec:
        entrypoint: main
      """;

  private static String refusal(String yaml) {
    return assertThrows(ManifestException.class, () -> ManifestReader.read(yaml, "workflow 'w'")).getMessage();
  }

  @Test
  void refusesAnAlias() {
    assertThat(refusal(HEAD + """
          arguments:
            parameters:
            - name: a
              value: &v anchored
            - name: b
              value: *v
        """))
        .isEqualTo("workflow 'w': line 12: *v is an alias; aliases are not supported here: write the value out");
  }

  @Test
  void refusesAKeyGivenTwice() {
    assertThat(refusal(HEAD + "  entrypoint: other\n"))
        .isEqualTo("workflow 'w': line 7: the key 'entrypoint' is given twice in one map");
  }

  @Test
  void refusesASecondDocument() {
    assertThat(refusal(HEAD + "---\n" + HEAD))
        .isEqualTo("workflow 'w': line 8: a second YAML document; only one is read");
  }
}
