package dev.jera.processor.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.stream.Stream;

/**
 * Literal items that are JSON objects, whose fields a step reads as {@code {{item.<field>}}} (Argo's
 * {@code withItems} of maps, as loops-maps.yaml writes them).
 */
public final class ItemFields {

  private ItemFields() {}

  private static final java.util.regex.Pattern ITEM_FIELD = java.util.regex.Pattern.compile("\\{\\{item\\.([^.}\\s]+)");

  /** Whether the step reads fields of its items: an {@code @Item("field")}, or {@code {{item.field}}} in a {@code @Value}. */
  public static boolean readsFields(ScriptModel script) {
    return !fieldsRead(script).isEmpty();
  }

  /** The fields of its items the step reads (the first part of {@code {{item.a.b}}}), in order, each once. */
  public static java.util.Set<String> fieldsRead(ScriptModel script) {
    java.util.Set<String> fields = new java.util.LinkedHashSet<>();
    for (InputModel input : script.inputs()) {
      for (InputSource source : input.sources()) {
        if (source instanceof InputSource.Item item) {
          item.field().ifPresent(field -> fields.add(DottedNames.first(field.value())));
        }
      }
    }
    valueTemplates(script).forEach(template -> {
      java.util.regex.Matcher matcher = ITEM_FIELD.matcher(template);
      while (matcher.find()) {
        fields.add(matcher.group(1));
      }
    });
    return fields;
  }

  /**
   * Whether a step that fans out over {@code producer} ({@code forEach}) iterates over the named outputs
   * of its runs, Argo's aggregate {@code outputs.parameters} (a list of maps by output name), rather than
   * over their results: the producer fans out and leaves output values, and the step reads fields of its items.
   */
  public static boolean overOutputs(ScriptModel script, ScriptModel producer) {
    return producer.fansOut() && readsFields(script) && !outputValues(producer).isEmpty();
  }

  /** The names of the output values (not files) a step's runs leave. */
  public static java.util.List<String> outputValues(ScriptModel producer) {
    return producer.readableOutputs().orElse(java.util.List.of()).stream()
        .filter(output -> !output.isArtifact())
        .map(output -> output.name().value())
        .toList();
  }

  /** Whether the step's {@code @Value} inputs read its item at all, whole or a field. */
  public static boolean readsItem(ScriptModel script) {
    return valueTemplates(script).anyMatch(template -> template.contains("{{item}}") || template.contains("{{item.")
        || expressionReadsItem(template));
  }

  /** Whether an expression tag of {@code template} reads {@code item} ({@code {{= asInt(item) * 10 }}}). */
  private static boolean expressionReadsItem(String template) {
    if (!template.contains("{{=")) {
      return false;
    }
    try {
      for (dev.jera.argo.TemplateText.Tag tag : dev.jera.argo.TemplateText.parse(template).tags()) {
        if (tag.expression() && dev.jera.argo.expr.Expression.parse(tag.name()).references().stream()
            .anyMatch(r -> r.kind() == dev.jera.argo.expr.Expression.ReferenceKind.VARIABLE
                && (r.name().equals("item") || r.name().startsWith("item.")))) {
          return true;
        }
      }
    } catch (IllegalArgumentException | dev.jera.argo.expr.ExpressionException e) {
      return false; // reported where the tag is checked
    }
    return false;
  }

  private static Stream<String> valueTemplates(ScriptModel script) {
    return script.inputs().stream()
        .flatMap(input -> input.sources().stream())
        .filter(InputSource.Value.class::isInstance)
        .map(source -> ((InputSource.Value) source).template().value());
  }

  /** Whether every literal item of the step is a JSON object with the field {@code field} leads with. */
  public static boolean allHave(ScriptModel script, String field) {
    return allHave(script.items(), field);
  }

  /** Whether every one of {@code items} is a JSON object with the field {@code field} leads with; none: false. */
  public static boolean allHave(java.util.List<Text> items, String field) {
    if (items.isEmpty()) {
      return false;
    }
    String first = DottedNames.first(field);
    for (Text item : items) {
      try {
        JsonNode node = JsonTrees.read(item.value());
        if (node == null || !node.isObject() || !node.has(first)) {
          return false;
        }
      } catch (IOException notJson) {
        return false;
      }
    }
    return true;
  }
}
