package dev.jera.processor.emit;

import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jera.processor.emit.yaml.YamlWriter;
import dev.jera.processor.testing.TrickyStrings;
import dev.jera.processor.testing.YamlReaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every string Jera writes into YAML (as a value, a list element and a key) reads back as that very
 * string under YAML 1.1 (SnakeYAML, Jackson) and YAML 1.2 (snakeyaml-engine), and every plain scalar
 * is a string to Go's yaml.v2 (Kubernetes' and Argo's reader) and to YAML 1.1's type rules.
 */
class YamlQuotingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyTrickyStringReadsBackAsItself() {
    for (String s : TrickyStrings.ALL) {
      assertRoundTrip(s);
    }
  }

  @Test
  void randomStringsOfYamlsSpecialCharactersReadBackAsThemselves() {
    String[] pieces = {
      "0", "1", "7", "9", "x", "X", "o", "b", "e", "E", "f", "_", ".", ":", "-", "+", "inf", "nan", "y", "n", "o", "yes",
      "true", "null", "~", "<<", "=", " ", "\t", "\n", "\r", "#", "'", "\"", "\\", "[", "]", "{", "}", ",", "&", "*", "!",
      "|", ">", "%", "@", "`", "?", "---", "...", "\u0000", "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff",
      "\ud83d\ude00", "é", "a", "Z",
    };
    Random random = new Random(20261207);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int n = 1 + random.nextInt(5); n > 0; n--) {
        s.append(pieces[random.nextInt(pieces.length)]);
      }
      assertRoundTrip(s.toString());
    }
  }

  @Test
  void quotesWhatAReaderWouldTakeForAnotherTypeAndNothingElse() {
    Map<String, String> written = Map.ofEntries(
        Map.entry("0x10", "\"0x10\""),
        Map.entry("0X1F", "\"0X1F\""),
        Map.entry("-0x1A", "\"-0x1A\""),
        Map.entry("0o17", "\"0o17\""),
        Map.entry(".5", "\".5\""),
        Map.entry("12e3", "\"12e3\""),
        Map.entry("1:20", "\"1:20\""),
        Map.entry("Y", "\"Y\""),
        Map.entry("oFF", "\"oFF\""),
        Map.entry("NULL", "\"NULL\""),
        Map.entry("<<", "\"<<\""),
        Map.entry("=", "\"=\""),
        Map.entry("2024-1-2", "\"2024-1-2\""),
        Map.entry("x\u2029y", "\"x\\u2029y\""),
        Map.entry("a\u0085b", "\"a\\u0085b\""),
        Map.entry("tab\there", "\"tab\\there\""),
        Map.entry("- a", "'- a'"),
        Map.entry("---", "'---'"),
        Map.entry(" lead", "' lead'"),
        Map.entry("a\nb", "|-\n  a\n  b"),
        // Stay plain: durations, quantities, images, words.
        Map.entry("10s", "10s"),
        Map.entry("250m", "250m"),
        Map.entry("256Mi", "256Mi"),
        Map.entry("1h30m", "1h30m"),
        Map.entry("registry.example.com/etl:1.4.0", "registry.example.com/etl:1.4.0"),
        Map.entry("USD-THB", "USD-THB"),
        Map.entry("yess", "yess"),
        Map.entry("\ud83d\ude00", "\ud83d\ude00"));
    for (Map.Entry<String, String> entry : written.entrySet()) {
      ObjectNode tree = JSON.createObjectNode().put("v", entry.getKey());
      assertWithMessage("%s", entry.getKey()).that(YamlWriter.write(tree)).isEqualTo("v: " + entry.getValue() + "\n");
    }
  }

  private static void assertRoundTrip(String s) {
    ObjectNode tree = JSON.createObjectNode();
    tree.put("v", s);
    tree.putArray("l").add(s);
    if (!s.equals("v") && !s.equals("l") && !s.equals("d")) {
      tree.put(s, "k");
    }
    tree.putArray("d").addObject().putObject("m").put("v", s);
    String yaml = YamlWriter.write(tree);
    String shown = show(s) + " written as\n" + yaml;

    Map<?, ?> yaml11 = (Map<?, ?>) YamlReaders.yaml11(yaml);
    assertWithMessage("YAML 1.1 (SnakeYAML) reading %s", shown).that(yaml11.get("v")).isEqualTo(s);
    assertWithMessage("YAML 1.1 (SnakeYAML) reading %s", shown).that(yaml11.get("l")).isEqualTo(List.of(s));
    assertWithMessage("YAML 1.1 (SnakeYAML) reading %s", shown).that(yaml11.containsKey(s)).isTrue();
    assertWithMessage("YAML 1.1 (SnakeYAML) reading %s", shown).that(nested(yaml11)).isEqualTo(s);

    Map<?, ?> yaml12 = (Map<?, ?>) YamlReaders.yaml12(yaml);
    assertWithMessage("YAML 1.2 (snakeyaml-engine) reading %s", shown).that(yaml12.get("v")).isEqualTo(s);
    assertWithMessage("YAML 1.2 (snakeyaml-engine) reading %s", shown).that(yaml12.get("l")).isEqualTo(List.of(s));
    assertWithMessage("YAML 1.2 (snakeyaml-engine) reading %s", shown).that(yaml12.containsKey(s)).isTrue();
    assertWithMessage("YAML 1.2 (snakeyaml-engine) reading %s", shown).that(nested(yaml12)).isEqualTo(s);

    JsonNode jackson = YamlReaders.jackson(yaml);
    assertWithMessage("Jackson reading %s", shown).that(jackson.get("v").isTextual()).isTrue();
    assertWithMessage("Jackson reading %s", shown).that(jackson.get("v").textValue()).isEqualTo(s);
    assertWithMessage("Jackson reading %s", shown).that(jackson.get("l").get(0).textValue()).isEqualTo(s);
    assertWithMessage("Jackson reading %s", shown).that(jackson.has(s)).isTrue();
    assertWithMessage("Jackson reading %s", shown).that(jackson.at("/d/0/m/v").textValue()).isEqualTo(s);

    for (String plain : YamlReaders.plainScalars(yaml)) {
      assertWithMessage("plain scalar %s in %s", show(plain), shown).that(YamlReaders.readAsOther(plain)).isEmpty();
    }
  }

  /** The string at d[0].m.v, written two levels deep, where block scalars are indented. */
  private static Object nested(Map<?, ?> document) {
    return ((Map<?, ?>) ((Map<?, ?>) ((List<?>) document.get("d")).get(0)).get("m")).get("v");
  }

  /** {@code s} with everything outside printable ASCII escaped, for messages. */
  private static String show(String s) {
    List<String> parts = new ArrayList<>();
    s.codePoints().forEach(c -> parts.add(c >= 0x20 && c < 0x7f ? Character.toString(c) : String.format("\\u{%x}", c)));
    return "\"" + String.join("", parts) + "\"";
  }
}
