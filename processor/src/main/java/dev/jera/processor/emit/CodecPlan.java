package dev.jera.processor.emit;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.WildcardTypeName;
import dev.jera.processor.model.JavaType;
import dev.jera.processor.model.JsonShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Plans the codecs a runner needs: standard types use {@code Codecs} constants, every other type gets one
 * field of the runner, declared before any field whose initializer uses it. Records are numbered: the
 * runner builds and reads record number {@code n} in the cases {@code n} of its {@code create},
 * {@code components} and {@code codecs} methods, and the last is asked on first use, so a record may
 * contain itself.
 */
final class CodecPlan {
  static final ClassName CODECS = ClassName.get("dev.jera.runner.json", "Codecs");
  static final ClassName CONTAINERS = ClassName.get("dev.jera.runner.json", "Containers");
  static final ClassName JSON_CODEC = ClassName.get("dev.jera.runner.json", "JsonCodec");
  static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  static final TypeName ANY_CODEC = ParameterizedTypeName.get(JSON_CODEC, WildcardTypeName.subtypeOf(Object.class));

  /** A record type of the runner: its number is its index in {@link #records()}. */
  record RecordType(TypeName type, JsonShape.Record shape) {}

  private final RunnerWriter.Names variables;
  private final Map<String, String> fieldsByType = new HashMap<>();
  private final Set<String> names = new HashSet<>();
  private final List<FieldSpec> fields = new ArrayList<>();
  private final List<RecordType> records = new ArrayList<>();
  private boolean unchecked;

  CodecPlan(RunnerWriter.Names variables) {
    this.variables = variables;
  }

  /** An expression for the codec of {@code type}. */
  CodeBlock codec(JavaType type) {
    JsonShape shape = type.shape();
    if (shape instanceof JsonShape.Standard) {
      return CodeBlock.of("$T.$L", CODECS, ((JsonShape.Standard) shape).codec());
    }
    if (shape instanceof JsonShape.RecordRef) {
      return CodeBlock.of("$N", fieldsByType.get(((JsonShape.RecordRef) shape).canonical()));
    }
    String known = fieldsByType.get(type.canonical());
    if (known != null) {
      return CodeBlock.of("$N", known);
    }
    if (shape instanceof JsonShape.Record) {
      // Numbered, and its field declared, before its components are planned: the fields they need come
      // after it, and a component of the record's own type refers to it. Its initializer needs none of them.
      String name = fieldName(type);
      fieldsByType.put(type.canonical(), name);
      JsonShape.Record record = (JsonShape.Record) shape;
      int number = records.size();
      records.add(new RecordType(type.typeName(), record));
      List<String> components = new ArrayList<>();
      for (JsonShape.Component component : record.components()) {
        components.add(component.name());
      }
      fields.add(field(name, type, CodeBlock.of("record($S, $S, $L)", type.display(), String.join(",", components), number)));
      cast(type.typeName()); // its components are read from an Object cast to it
      for (JsonShape.Component component : record.components()) {
        cast(component.type().typeName());
        codec(component.type());
      }
      return CodeBlock.of("$N", name);
    }
    // The components' codecs first: a record among them may plan this very type (a List<Node> in a Node).
    CodeBlock initializer = initializer(type, shape);
    known = fieldsByType.get(type.canonical());
    if (known != null) {
      return CodeBlock.of("$N", known);
    }
    String name = fieldName(type);
    fieldsByType.put(type.canonical(), name);
    fields.add(field(name, type, initializer));
    return CodeBlock.of("$N", name);
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

  List<FieldSpec> fields() {
    return List.copyOf(fields);
  }

  List<RecordType> records() {
    return List.copyOf(records);
  }

  /** Whether the runner's code has an unchecked cast, to suppress its warning there only (ecj warns of a token that suppresses nothing). */
  boolean unchecked() {
    return unchecked;
  }

  private CodeBlock initializer(JavaType type, JsonShape shape) {
    if (shape instanceof JsonShape.Enumeration) {
      TypeName enumType = ((JsonShape.Enumeration) shape).type();
      return CodeBlock.of("$T.enumeration($S, $T.values())", CODECS, type.display(), enumType);
    }
    if (shape instanceof JsonShape.Optional) {
      return CodeBlock.of("$T.optional($L)", CODECS, codec(((JsonShape.Optional) shape).value()));
    }
    if (shape instanceof JsonShape.Collection) {
      JsonShape.Collection collection = (JsonShape.Collection) shape;
      return CodeBlock.of(
          "$T.collection($S, $L, $T.$L)", CODECS, type.display(), codec(collection.element()), CONTAINERS,
          collection.container());
    }
    if (shape instanceof JsonShape.Map) {
      JsonShape.Map map = (JsonShape.Map) shape;
      CodeBlock key = codec(map.key());
      CodeBlock value = codec(map.value());
      return CodeBlock.of(
          "$T.map($S, $L, $L, $T.$L)", CODECS, type.display(), key, value, CONTAINERS, map.container());
    }
    if (shape instanceof JsonShape.Array) {
      JavaType element = ((JsonShape.Array) shape).element();
      if (element.typeName() instanceof ParameterizedTypeName) {
        // No array of a parameterized type can be created: one of wildcards, cast, stands for it. (A raw one
        // would draw javac's rawtypes warning, and suppressing that draws ecj's "unnecessary" warning.)
        ParameterizedTypeName generic = (ParameterizedTypeName) element.typeName();
        unchecked = true;
        String wildcards = String.join(", ", Collections.nCopies(generic.typeArguments.size(), "?"));
        return CodeBlock.of(
            "$T.array($L, ($T[]) new $T<$L>[0])", CODECS, codec(element), generic, generic.rawType, wildcards);
      }
      return CodeBlock.of("$T.array($L, new $T[0])", CODECS, codec(element), element.typeName());
    }
    return CodeBlock.of(
        "$T.databind($S, new $T<$T>() {})", CODECS, type.display(), TYPE_REFERENCE, type.typeName().box());
  }

  private static FieldSpec field(String name, JavaType type, CodeBlock initializer) {
    return FieldSpec.builder(ParameterizedTypeName.get(JSON_CODEC, type.typeName().box()), name, Modifier.PRIVATE, Modifier.FINAL)
        .initializer(initializer)
        .build();
  }

  /**
   * {@code List<Rate>} becomes {@code listOfRateCodec}; clashes get a number. The suffix keeps a field from
   * obscuring a package or type the runner's code names (JLS 6.4.2), such as {@code java} or {@code dev}.
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
