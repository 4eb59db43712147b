package dev.jera.local.engine;

import dev.jera.argo.go.GoJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One item of a {@code withItems} or {@code withParam} loop, held as its raw JSON the way Argo's
 * {@code wfv1.Item} holds it, and rendered as Argo renders it ({@code operator.go:processItem}).
 *
 * <ul>
 *   <li>{@code {{item}}}: a string as the string it holds ({@code Item.GetStrVal}: Argo then
 *       substitutes it into the template's JSON escaped, so the step gets it unchanged), a number or
 *       boolean as written, a list as compact JSON, an object as compact JSON with sorted keys;
 *   <li>{@code {{item.key}}}: each field of an object as Go's {@code %v} prints an item
 *       ({@code Item.String}: a string's JSON without its quotes, escapes kept);
 *   <li>the child's name: {@code step(i:label)}, without parentheses in the label.
 * </ul>
 */
final class LoopItem {
  private enum Kind { NUMBER, BOOL, LIST, MAP, STRING }

  private final int index;
  private final String raw;
  private final Kind kind;

  LoopItem(int index, String raw) {
    this.index = index;
    this.raw = raw;
    this.kind = kindOf(raw);
  }

  /** Argo's {@code Item.GetType}: what the raw JSON looks like, {@code null} counting as a list. */
  private static Kind kindOf(String raw) {
    char first = raw.charAt(0);
    if (first == '-' || (first >= '0' && first <= '9')) {
      return Kind.NUMBER;
    }
    if (raw.equals("true") || raw.equals("false")) {
      return Kind.BOOL;
    }
    if (first == '[' || raw.equals("null")) {
      return Kind.LIST;
    }
    if (first == '{') {
      return Kind.MAP;
    }
    return Kind.STRING;
  }

  /** Its index in the loop, from 0. */
  int index() {
    return index;
  }

  /** What {@code {{item}}} becomes. */
  String text() {
    switch (kind) {
      case MAP:
        return GoJson.sortedObject(GoJson.members(raw));
      case LIST:
        List<String> compacted = new ArrayList<>();
        for (String element : GoJson.elements(raw)) {
          compacted.add(GoJson.compact(element));
        }
        return "[" + String.join(",", compacted) + "]";
      case STRING:
        return GoJson.decodeString(raw);
      default:
        return display(raw);
    }
  }

  /** {@code item.<key>} for each field of an object item; empty for other items. */
  Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    if (kind == Kind.MAP) {
      GoJson.members(raw).forEach((key, value) -> fields.put("item." + key, display(value)));
    }
    return fields;
  }

  /** The child's node name: {@code step(index:label)}. */
  String childName(String step) {
    return step + "(" + index + ":" + label().replace("(", "").replace(")", "") + ")";
  }

  private String label() {
    switch (kind) {
      case MAP:
        List<String> pairs = new ArrayList<>();
        GoJson.members(raw).forEach((key, value) -> pairs.add(key + ":" + display(value)));
        pairs.sort(GoJson::compareUtf8);
        return String.join(",", pairs);
      case LIST:
        List<String> shown = new ArrayList<>();
        for (String element : GoJson.elements(raw)) {
          shown.add(display(element));
        }
        return "[" + String.join(" ", shown) + "]";
      default:
        return display(raw);
    }
  }

  /** Argo's {@code Item.String()}: compact JSON, a string's quotes chopped off, HTML escapes undone. */
  private static String display(String raw) {
    String compact = GoJson.compact(raw);
    if (compact.startsWith("\"")) {
      compact = compact.substring(1, compact.length() - 1);
    }
    return GoJson.fixHtml(compact);
  }
}
