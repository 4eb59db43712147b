package dev.jera.processor.emit;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.WildcardTypeName;
import dev.jera.processor.emit.RunnerPlan.Codec;
import dev.jera.processor.emit.RunnerPlan.CodecField;
import dev.jera.processor.emit.RunnerPlan.CodecInit;
import dev.jera.processor.emit.RunnerPlan.Component;
import dev.jera.processor.model.JavaType;
import dev.jera.processor.model.JsonShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

  /** A lower-case letter or digit followed by an upper-case letter: where a word starts in a type's name. */
  private static final Pattern WORD_START = Pattern.compile("([a-z0-9])([A-Z])");
  /** A run of characters that are no ASCII letter or digit: what separates the words of a name (the runner's too). */
  static final Pattern NOT_A_WORD = Pattern.compile("[^A-Za-z0-9]+");

  private final Map<String, String> fieldsByType = new HashMap<>();
  private final UniqueNames names;
  private final List<CodecField> fields = new ArrayList<>();
  private final List<RunnerPlan.RecordType> records = new ArrayList<>();
  /** Whether the runner casts to a parameterized type (an input, a record or its component): an unchecked cast. */
  private boolean unchecked;

  /** @param reserved the runner's own names and the names its code uses, which no codec field may take */
  CodecPlan(Set<String> reserved) {
    this.names = new UniqueNames(reserved);
  }

  /** The codec of {@code type}. */
  Codec codec(JavaType type) {
    JsonShape shape = type.shape();
    if (shape instanceof JsonShape.Standard) {
      return new Codec.Standard(((JsonShape.Standard) shape).codec());
    }
    if (shape instanceof JsonShape.RecordRef) {
      return new Codec.Field(fieldsByType.get(((JsonShape.RecordRef) shape).canonical()));
    }
    String known = fieldsByType.get(type.canonical());
    if (known != null) {
      return new Codec.Field(known);
    }
    if (shape instanceof JsonShape.Record) {
      // Numbered, and its field declared, before its components are planned: the fields they need come
      // after it, and a component of the record's own type refers to it. Its initializer needs none of them.
      String name = fieldName(type);
      fieldsByType.put(type.canonical(), name);
      JsonShape.Record record = (JsonShape.Record) shape;
      int number = records.size();
      records.add(null); // its components' codecs are planned below
      List<String> componentNames = new ArrayList<>();
      for (JsonShape.Component component : record.components()) {
        componentNames.add(component.name());
      }
      fields.add(new CodecField(name, type.typeName().box(),
          new CodecInit.RecordOf(type.display(), String.join(",", componentNames), number)));
      cast(type.typeName()); // its components are read from an Object cast to it
      List<Component> components = new ArrayList<>();
      for (JsonShape.Component component : record.components()) {
        cast(component.type().typeName());
        components.add(new Component(component.name(), component.type().typeName(), codec(component.type())));
      }
      records.set(number, new RunnerPlan.RecordType(type.typeName(), List.copyOf(components)));
      return new Codec.Field(name);
    }
    // The element's codec first: a record there may plan this very type again (a List<Node> in a Node).
    CodecInit initializer = initializer(type, shape);
    known = fieldsByType.get(type.canonical());
    if (known != null) {
      return new Codec.Field(known);
    }
    String name = fieldName(type);
    fieldsByType.put(type.canonical(), name);
    fields.add(new CodecField(name, type.typeName().box(), initializer));
    return new Codec.Field(name);
  }

  /** Notes that the runner casts {@code Object} to {@code type}: to a parameterized type, that is unchecked. */
  void cast(TypeName type) {
    unchecked |= parameterized(type);
  }

  List<CodecField> fields() {
    return List.copyOf(fields);
  }

  List<RunnerPlan.RecordType> records() {
    return List.copyOf(records);
  }

  /** Whether the runner's code casts to a parameterized type: javac and ecj warn of an unchecked cast. */
  boolean unchecked() {
    return unchecked;
  }

  private CodecInit initializer(JavaType type, JsonShape shape) {
    if (shape instanceof JsonShape.Enumeration) {
      return new CodecInit.EnumerationOf(type.display(), ((JsonShape.Enumeration) shape).type());
    }
    if (shape instanceof JsonShape.Optional) {
      return new CodecInit.OptionalOf(codec(((JsonShape.Optional) shape).value()));
    }
    if (shape instanceof JsonShape.Collection) {
      JsonShape.Collection collection = (JsonShape.Collection) shape;
      return new CodecInit.CollectionOf(type.display(), codec(collection.element()), collection.container());
    }
    if (shape instanceof JsonShape.Map) {
      JsonShape.Map map = (JsonShape.Map) shape;
      Codec key = codec(map.key());
      Codec value = codec(map.value());
      return new CodecInit.MapOf(type.display(), key, value, map.container());
    }
    if (shape instanceof JsonShape.Array) {
      JavaType element = ((JsonShape.Array) shape).element();
      // An array of a parameterized type is created as one of wildcards, cast: unchecked.
      unchecked |= element.typeName() instanceof ParameterizedTypeName;
      return new CodecInit.ArrayOf(codec(element), element.typeName());
    }
    return new CodecInit.DatabindOf(type.display(), type.typeName().box());
  }

  private static boolean parameterized(TypeName type) {
    return type instanceof ParameterizedTypeName
        || type instanceof ArrayTypeName && parameterized(((ArrayTypeName) type).componentType);
  }

  /** {@code List<Rate>} becomes {@code listOfRateCodec}; clashes get a number. */
  private String fieldName(JavaType type) {
    String[] words =
        type.display()
            .replace("[]", " array ")
            .replace("<", " of ")
            .replace(", ", " and ")
            .transform(text -> WORD_START.matcher(text).replaceAll("$1 $2"))
            .transform(text -> NOT_A_WORD.matcher(text).replaceAll(" "))
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
