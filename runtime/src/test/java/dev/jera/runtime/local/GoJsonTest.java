package dev.jera.runtime.local;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON text as Go's encoding/json writes it, and loop items as Argo renders them. */
class GoJsonTest {

  @Test
  void quotesStringsAsGoDoes() {
    assertThat(GoJson.quote("a\"b\\c\n\t<&>\u2028é\u0001")).isEqualTo("\"a\\\"b\\\\c\\n\\t\\u003c\\u0026\\u003e\\u2028é\\u0001\"");
  }

  @Test
  void compactsRawJsonKeepingNumbersAndEscapesAsWritten() {
    assertThat(GoJson.compact("{ \"b\" : [1.50, 2e3 ],\n \"a\": \"x <y> \\u00e9\" }"))
        .isEqualTo("{\"b\":[1.50,2e3],\"a\":\"x \\u003cy\\u003e \\u00e9\"}");
  }

  @Test
  void splitsArraysAndObjectsIntoRawValues() {
    assertThat(GoJson.elements(" [ 1, \"a,]\", {\"k\": [2, 3]}, [ ], null ] ")).containsExactly("1", "\"a,]\"",
        "{\"k\": [2, 3]}", "[ ]", "null").inOrder();
    assertThat(GoJson.elements("null")).isEmpty();
    assertThat(GoJson.members("{\"b\": 1, \"a\": {\"x\": \"}\"}, \"b\": 2}").entrySet().toString())
        .isEqualTo("[b=2, a={\"x\": \"}\"}]");
  }

  @Test
  void aggregatesJsonAsItselfAndOtherTextAsStrings() {
    assertThat(GoJson.aggregate(List.of("{\"b\": 2, \"a\": 1}", "3.10", "plain text", "\"quoted\"", "", "[1, 2]")))
        .isEqualTo("[{\"b\":2,\"a\":1},3.10,\"plain text\",\"quoted\",\"\",[1,2]]");
  }

  @Test
  void formatsFloatsAsGo() {
    assertThat(GoJson.formatFloat(2.5)).isEqualTo("2.5");
    assertThat(GoJson.formatFloat(100)).isEqualTo("100");
    assertThat(GoJson.formatFloat(1e21)).isEqualTo("1e+21");
    assertThat(GoJson.formatFloat(1.5e-7)).isEqualTo("1.5e-7");
    assertThat(GoJson.formatFloat(0.000001)).isEqualTo("0.000001");
  }

  @Test
  void rendersItemsAsArgosProcessItem() {
    LoopItem string = new LoopItem(0, "\"a \\\"quoted\\\" <b>\"");
    LoopItem number = new LoopItem(1, "35.20");
    LoopItem object = new LoopItem(2, "{\"zeta\": {\"y\": 1, \"x\": 2}, \"alpha\": \"A(1)\"}");
    LoopItem list = new LoopItem(3, "[1, \"two\", {\"b\": 1, \"a\": 2}]");
    LoopItem nothing = new LoopItem(4, "null");

    // {{item}} is the string itself (Item.GetStrVal); the child's name keeps its JSON escapes (Item.String).
    assertThat(string.text()).isEqualTo("a \"quoted\" <b>");
    assertThat(string.childName("step")).isEqualTo("step(0:a \\\"quoted\\\" <b>)");
    assertThat(number.text()).isEqualTo("35.20");
    assertThat(object.text()).isEqualTo("{\"alpha\":\"A(1)\",\"zeta\":{\"y\":1,\"x\":2}}");
    assertThat(object.fields()).containsExactly("item.zeta", "{\"y\":1,\"x\":2}", "item.alpha", "A(1)");
    assertThat(list.text()).isEqualTo("[1,\"two\",{\"b\":1,\"a\":2}]");
    assertThat(nothing.text()).isEqualTo("[]");
    assertThat(number.childName("step")).isEqualTo("step(1:35.20)");
    assertThat(object.childName("step")).isEqualTo("step(2:alpha:A1,zeta:{\"y\":1,\"x\":2})");
    assertThat(list.childName("step")).isEqualTo("step(3:[1 two {\"b\":1,\"a\":2}])");
  }

  @Test
  void convertsYamlValuesAsArgoHoldsThem() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper yaml =
        new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());

    assertThat(GoJson.ofNode(yaml.readTree("{b: 2.50, a: [x, 3, true, ~]}")))
        .isEqualTo("{\"a\":[\"x\",3,true,null],\"b\":2.5}");
  }
}
