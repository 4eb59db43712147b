package dev.jera.samples.argo.testing;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** YAML read as Go's yaml.v2 reads it for sigs.k8s.io/yaml (and so Argo). */
class GoYamlTest {
  @Test
  void plainScalarsFollowYamlV2() {
    assertThat(GoYaml.resolvePlain("yes")).isEqualTo(true);
    assertThat(GoYaml.resolvePlain("Off")).isEqualTo(false);
    assertThat(GoYaml.resolvePlain("~")).isNull();
    assertThat(GoYaml.resolvePlain("0755")).isEqualTo(new BigDecimal(493));
    assertThat(GoYaml.resolvePlain("0x1F")).isEqualTo(new BigDecimal(31));
    assertThat(GoYaml.resolvePlain("1_000")).isEqualTo(new BigDecimal(1000));
    assertThat(GoYaml.resolvePlain("1.50")).isEqualTo(new BigDecimal("1.5"));
    assertThat(GoYaml.resolvePlain("1e3")).isEqualTo(new BigDecimal("1E+3"));
    assertThat(GoYaml.resolvePlain("2024-01-02")).isEqualTo("2024-01-02");
    assertThat(GoYaml.resolvePlain("1.2.3")).isEqualTo("1.2.3");
    assertThat(GoYaml.resolvePlain("0.5.x")).isEqualTo("0.5.x");
    // beyond uint64, yaml.v2 falls back to a float
    assertThat(GoYaml.resolvePlain("99999999999999999999")).isEqualTo(new BigDecimal("1E+20"));
    // yaml.v2's YAML 1.1 booleans include y and n, keys too: sigs.k8s.io/yaml turns the key into "true"
    assertThat(GoYaml.document("y: 1")).isEqualTo(Map.of("true", BigDecimal.ONE));
  }

  @Test
  void quotedAndTaggedScalarsAreStrings() {
    assertThat(GoYaml.document("a: 'yes'\nb: !!str 1\nc: \"1\"")).isEqualTo(Map.of("a", "yes", "b", "1", "c", "1"));
  }

  @Test
  void aRepeatedKeyKeepsItsLastValue() {
    assertThat(GoYaml.document("a: 1\na: 2")).isEqualTo(Map.of("a", new BigDecimal(2)));
  }

  @Test
  void anchorsAliasesAndMergeKeys() {
    Object doc = GoYaml.document("base: &b {p: 1, q: 2}\nother:\n  <<: *b\n  q: 3\nlist: [*b]");
    assertThat(doc).isEqualTo(Map.of(
        "base", Map.of("p", BigDecimal.ONE, "q", new BigDecimal(2)),
        "other", Map.of("p", BigDecimal.ONE, "q", new BigDecimal(3)),
        "list", List.of(Map.of("p", BigDecimal.ONE, "q", new BigDecimal(2)))));
  }

  @Test
  void documentsSkipEmptyOnes() {
    assertThat(GoYaml.documents("---\na: 1\n---\n---\nb: 2\n")).hasSize(2);
  }

  @Test
  void whatJsonCannotHoldIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> GoYaml.document("a: .inf"));
  }
}
