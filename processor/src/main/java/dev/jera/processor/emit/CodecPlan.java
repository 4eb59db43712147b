package dev.jera.processor.emit;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import dev.jera.processor.model.JavaType;
import dev.jera.processor.model.JsonShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plans the codecs a runner needs: standard types use {@code Codecs} constants, every other type gets one
 * field of the runner, declared before any field whose initializer uses it. Records are numbered: the
 * runner builds and reads record number {@code n} in the cases {@code n} of its {@code create},
 * {@code components} and {@code codecs} methods, and the last is asked on first use, so a record may
 * contain itself.
 */
final class CodecPlan {
  /** One field of the runner: its declaration, without modifiers ({@code JsonCodec<Rate> rateCodec = ...}). */
  record Field(String type, String name, String initializer) {}

  /** A record type of the runner: its number is its index in {@link #records()}. */
  record RecordType(TypeName type, JsonShape.Record shape) {}

  private final RunnerWriter.Names variables;
  private final Map<String, String> fieldsByType = new HashMap<>();
  private final Set<String> names = new HashSet<>();
  private final List<Field> fields = new ArrayList<>();
  private final List<RecordType> records = new ArrayList<>();
  private boolean unchecked;
  private boolean usesCodecs;
  private boolean usesContainers;

  CodecPlan(RunnerWriter.Names variables) {
    this.variables = variables;
  }

  /** An expression for the codec of {@code type}. */
  String codec(JavaType type) {
    JsonShape shape = type.shape();
    if (shape instanceof JsonShape.Standard) {
      usesCodecs = true;
      return "Codecs." + ((JsonShape.Standard) shape).codec();
    }
    if (shape instanceof JsonShape.RecordRef) {
      return fieldsByType.get(((JsonShape.RecordRef) shape).canonical());
    }
    String known = fieldsByType.get(type.canonical());
    if (known != null) {
      return known;
    }
    if (shape instanceof JsonShape.Record) {
      String name = fieldName(type);
      // Numbered, and its field declared, before its components are planned: the fields they need come
      // after it, and a component of the record's own type refers to it. Its initializer needs none of them.
      fieldsByType.put(type.canonical(), name);
      JsonShape.Record record = (JsonShape.Record) shape;
      int number = records.size();
      records.add(new RecordType(type.typeName(), record));
      List<String> components = new ArrayList<>();
      for (JsonShape.Component component : record.components()) {
        components.add(component.name());
      }
      fields.add(field(name, type,
          "record(" + JavaText.literal(type.display()) + ", " + JavaText.literal(String.join(",", components)) + ", " + number + ")"));
      cast(type.typeName()); // its components are read from an Object cast to it
      for (JsonShape.Component component : record.components()) {
        cast(component.type().typeName());
        codec(component.type());
      }
      return name;
    }
    // The components' codecs first: a record among them may plan this very type again (a List<Node> in a Node).
    String initializer = initializer(type, shape);
    known = fieldsByType.get(type.canonical());
    if (known != null) {
      return known;
    }
    String name = fieldName(type);
    fieldsByType.put(type.canonical(), name);
    fields.add(field(name, type, initializer));
    return name;
  }

  /** Notes that generated code casts {@code Object} to {@code type}: to a parameterized type, that is unchecked. */
  void cast(TypeName type) {
    TypeName element = type;
    while (element instanceof ArrayTypeName) {
      element = ((ArrayTypeName) element).componentType;
    }
    if (element instanceof ParameterizedTypeName) {
      unchecked = true;
    }
  }

  List<Field> fields() {
    return List.copyOf(fields);
  }

  List<RecordType> records() {
    return List.copyOf(records);
  }

  /**
   * The warnings the runner's code draws, to suppress; none when it draws none, since ecj warns about a
   * token that suppresses nothing.
   */
  List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    if (unchecked) {
      warnings.add("unchecked");
    }
    return warnings;
  }

  /** Whether the runner names {@code Codecs} (to import it: ecj warns of an import not used). */
  boolean usesCodecs() {
    return usesCodecs;
  }

  /** Whether the runner names {@code Containers}. */
  boolean usesContainers() {
    return usesContainers;
  }

  private String initializer(JavaType type, JsonShape shape) {
    String display = JavaText.literal(type.display());
    usesCodecs = true;
    usesContainers |= shape instanceof JsonShape.Collection || shape instanceof JsonShape.Map;
    if (shape instanceof JsonShape.Enumeration) {
      TypeName enumType = ((JsonShape.Enumeration) shape).type();
      return "Codecs.enumeration(" + display + ", " + JavaText.type(enumType) + ".values())";
    }
    if (shape instanceof JsonShape.Optional) {
      return "Codecs.optional(" + codec(((JsonShape.Optional) shape).value()) + ")";
    }
    if (shape instanceof JsonShape.Collection) {
      JsonShape.Collection collection = (JsonShape.Collection) shape;
      return "Codecs.collection(" + display + ", " + codec(collection.element()) + ", Containers." + collection.container() + ")";
    }
    if (shape instanceof JsonShape.Map) {
      JsonShape.Map map = (JsonShape.Map) shape;
      String key = codec(map.key());
      String value = codec(map.value());
      return "Codecs.map(" + display + ", " + key + ", " + value + ", Containers." + map.container() + ")";
    }
    if (shape instanceof JsonShape.Array) {
      JavaType element = ((JsonShape.Array) shape).element();
      if (element.typeName() instanceof ParameterizedTypeName) {
        // No array of a parameterized type can be created: one of wildcards, cast, stands for it. (A raw one
        // would draw javac's rawtypes warning, and suppressing that draws ecj's "unnecessary" warning.)
        ParameterizedTypeName generic = (ParameterizedTypeName) element.typeName();
        unchecked = true;
        String wildcards = String.join(", ", java.util.Collections.nCopies(generic.typeArguments.size(), "?"));
        return "Codecs.array(" + codec(element) + ", (" + JavaText.type(generic) + "[]) new " + generic.rawType + "<"
            + wildcards + ">[0])";
      }
      return "Codecs.array(" + codec(element) + ", new " + JavaText.type(element.typeName()) + "[0])";
    }
    return "Codecs.databind(" + display + ", new com.fasterxml.jackson.core.type.TypeReference<"
        + JavaText.type(type.typeName().box()) + ">() {})";
  }

  private static Field field(String name, JavaType type, String initializer) {
    return new Field("JsonCodec<" + JavaText.type(type.typeName().box()) + ">", name, initializer);
  }

  /**
   * {@code List<Rate>} becomes {@code listOfRateCodec}; clashes get a number. The suffix keeps a field from
   * obscuring a package the runner's code names (JLS 6.4.2), such as {@code java} or {@code dev}.
   */
  private String fieldName(JavaType type) {
    String[] words =
        type.display()
            .replace("[]", " array ")
            .replace("<", " of ")
            .replace(", ", " and ")
            .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
            .replaceAll("[^A-Za-z0-9]+", " ")
            .strip()
            .toLowerCase(Locale.ROOT)
            .split(" ");
    StringBuilder base = new StringBuilder();
    for (String word : words) {
      if (!word.isEmpty()) {
        base.append(base.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
      }
    }
    if (base.length() == 0 || !Character.isJavaIdentifierStart(base.charAt(0))) {
      base.insert(0, "type");
    }
    base.append("Codec");
    String name = variables.variable(base.toString());
    for (int i = 2; !names.add(name); i++) {
      name = variables.variable(base.toString() + i);
    }
    return name;
  }
}
