package dev.jera.local.engine;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** Loop items as Argo renders them. */
class LoopItemTest {
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
}
