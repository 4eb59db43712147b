package dev.jera.argo.go;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON text as Go's encoding/json writes it. */
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
}
