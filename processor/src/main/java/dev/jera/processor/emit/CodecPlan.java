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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Plans the codecs a runner needs: standard types use {@code Codecs} constants, every other type gets one
 * field of the runner, declared before any field whose initializer uses it. Records are numbered: the
 * runner builds and reads record number {@code n} in the cases {@code n} of its {@code create},
 * {@code components} and {@code codecs} methods, the last asked on first use, so a record may contain
 * itself.
 */
final class CodecPlan {
  static final ClassName CODECS = ClassName.get("dev.jera.runner.json", "Codecs");
  static final ClassName CONTAINERS = ClassName.get("dev.jera.runner.json", "Containers");
  static final ClassName JSON_CODEC = ClassName.get("dev.jera.runner.json", "JsonCodec");
  static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  static final TypeName ANY_CODEC = ParameterizedTypeName.get(JSON_CODEC, WildcardTypeName.subtypeOf(Object.class));

  /** The longest part of a long string literal, so that its lines stay within JavaPoet's 100 columns. */
  private static final int LITERAL_PART = 60;

  /** A record type of the runner: its number is its index in {@link #records()}. */
  record RecordType(TypeName type, JsonShape.Record shape) {}

  private final Map<String, String> fieldsByType = new HashMap<>();
  private final UniqueNames names;
  private final List<FieldSpec> fields = new ArrayList<>();
  private final List<RecordType> records = new ArrayList<>();
  /** Whether the runner casts to a parameterized type (an input, a record or its component): an unchecked cast. */
  private boolean unchecked;

  /** @param reserved the runner's own names and the names its code uses, which no codec field may take */
  CodecPlan(Set<String> reserved) {
    this.names = new UniqueNames(reserved);
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
      fields.add(field(name, type, CodeBlock.of(
          "record($S,$W$L,$W$L)", type.display(), wrappable(String.join(",", components)), number)));
      cast(type.typeName()); // its components are read from an Object cast to it
      for (JsonShape.Component component : record.components()) {
        cast(component.type().typeName());
        codec(component.type());
      }
      return CodeBlock.of("$N", name);
    }
    // The element's codec first: a record there may plan this very type again (a List<Node> in a Node).
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

  /** Notes that the runner casts {@code Object} to {@code type}: to a parameterized type, that is unchecked. */
  void cast(TypeName type) {
    unchecked |= parameterized(type);
  }

  List<FieldSpec> fields() {
    return List.copyOf(fields);
  }

  List<RecordType> records() {
    return List.copyOf(records);
  }

  /**
   * What the runner's code makes javac and ecj warn about, for {@code @SuppressWarnings}: exactly these,
   * since ecj also warns about a token that suppresses nothing.
   */
  List<String> warnings() {
    return unchecked ? List.of("unchecked") : List.of();
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
          "$T.collection($S,$W$L,$W$T.$L)", CODECS, type.display(), codec(collection.element()), CONTAINERS,
          collection.container());
    }
    if (shape instanceof JsonShape.Map) {
      JsonShape.Map map = (JsonShape.Map) shape;
      CodeBlock key = codec(map.key());
      CodeBlock value = codec(map.value());
      return CodeBlock.of(
          "$T.map($S,$W$L,$W$L,$W$T.$L)", CODECS, type.display(), key, value, CONTAINERS, map.container());
    }
    if (shape instanceof JsonShape.Array) {
      JavaType element = ((JsonShape.Array) shape).element();
      if (element.typeName() instanceof ParameterizedTypeName) {
        // No array of a parameterized type can be created: one of wildcards, cast, stands for it. A raw one
        // draws javac's rawtypes warning, and suppressing that draws ecj's warning of a needless token.
        ParameterizedTypeName generic = (ParameterizedTypeName) element.typeName();
        unchecked = true;
        String wildcards = String.join(", ", Collections.nCopies(generic.typeArguments.size(), "?"));
        return CodeBlock.of(
            "$T.array($L,$W($T[]) new $T<$L>[0])", CODECS, codec(element), generic, generic.rawType, wildcards);
      }
      return CodeBlock.of("$T.array($L,$Wnew $T[0])", CODECS, codec(element), element.typeName());
    }
    return CodeBlock.of(
        "$T.databind($S,$Wnew $T<$T>() {})", CODECS, type.display(), TYPE_REFERENCE, type.typeName().box());
  }

  private static boolean parameterized(TypeName type) {
    return type instanceof ParameterizedTypeName
        || type instanceof ArrayTypeName && parameterized(((ArrayTypeName) type).componentType);
  }

  /** A string literal, cut into a concatenation of parts at commas when it is long, so its lines can wrap. */
  private static CodeBlock wrappable(String text) {
    List<CodeBlock> parts = new ArrayList<>();
    int start = 0;
    while (text.length() - start > LITERAL_PART) {
      int cut = text.lastIndexOf(',', start + LITERAL_PART);
      cut = cut <= start ? text.indexOf(',', start + LITERAL_PART) : cut;
      if (cut < 0) {
        break;
      }
      parts.add(CodeBlock.of("$S", text.substring(start, cut + 1)));
      start = cut + 1;
    }
    parts.add(CodeBlock.of("$S", text.substring(start)));
    return CodeBlock.join(parts, "$W+ ");
  }

  private static FieldSpec field(String name, JavaType type, CodeBlock initializer) {
    return FieldSpec.builder(ParameterizedTypeName.get(JSON_CODEC, type.typeName().box()), name, Modifier.PRIVATE, Modifier.FINAL)
        // A codec's declaration and initializer are long: the initializer may start a line of its own.
        .initializer("$Z$L", initializer)
        .build();
  }

  /** {@code List<Rate>} becomes {@code listOfRateCodec}; clashes get a number. */
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
    // A type named only in letters outside ASCII, or starting with a digit once its package is gone.
    if (base.length() == 0 || !Character.isLetter(base.charAt(0))) {
      base.insert(0, base.length() == 0 ? "value" : "value_");
    }
    return names.unique(base.append("Codec").toString());
  }
}
