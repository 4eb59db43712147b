package dev.jera.processor.emit;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.WildcardTypeName;
import dev.jera.processor.model.JavaType;
import dev.jera.processor.model.JsonShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Plans the codecs a runner needs: standard types use {@code Codecs} constants, every other type gets
 * one static field, declared before any field whose initializer uses it. Records describe their
 * components in a {@code RecordShape} whose methods look codecs up when called, so a record may
 * contain itself.
 */
final class CodecPlan {
  static final ClassName CODECS = ClassName.get("dev.jera.runner.json", "Codecs");
  static final ClassName CONTAINERS = ClassName.get("dev.jera.runner.json", "Containers");
  static final ClassName JSON_CODEC = ClassName.get("dev.jera.runner.json", "JsonCodec");
  static final ClassName RECORD_SHAPE = ClassName.get("dev.jera.runner.json", "RecordShape");
  static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

  private final Map<String, String> fieldsByType = new HashMap<>();
  private final Set<String> names = new HashSet<>();
  private final List<FieldSpec> fields = new ArrayList<>();

  /** An expression for the codec of {@code type}. */
  CodeBlock codec(JavaType type) {
    JsonShape shape = type.shape();
    if (shape instanceof JsonShape.Standard) {
      return CodeBlock.of("$T.$L", CODECS, ((JsonShape.Standard) shape).codec());
    }
    if (shape instanceof JsonShape.RecordRef) {
      return CodeBlock.of("$L", fieldsByType.get(((JsonShape.RecordRef) shape).canonical()));
    }
    String known = fieldsByType.get(type.canonical());
    if (known != null) {
      return CodeBlock.of("$L", known);
    }
    String name = fieldName(type);
    if (shape instanceof JsonShape.Record) {
      // The slot is taken before the components are planned, so fields they need come after it.
      fieldsByType.put(type.canonical(), name);
      int slot = fields.size();
      fields.add(null);
      fields.set(slot, recordField(name, type, (JsonShape.Record) shape));
      return CodeBlock.of("$L", name);
    }
    CodeBlock initializer = initializer(type, shape);
    fieldsByType.put(type.canonical(), name);
    fields.add(field(name, type, initializer));
    return CodeBlock.of("$L", name);
  }

  List<FieldSpec> fields() {
    return List.copyOf(fields);
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
      return CodeBlock.of("$T.array($L, new $T[0])", CODECS, codec(element), rawArrayElement(element.typeName()));
    }
    return CodeBlock.of(
        "$T.databind($S, new $T<$T>() {})", CODECS, type.display(), TYPE_REFERENCE, type.typeName().box());
  }

  private static TypeName rawArrayElement(TypeName element) {
    return element instanceof ParameterizedTypeName ? ((ParameterizedTypeName) element).rawType : element;
  }

  private FieldSpec recordField(String name, JavaType type, JsonShape.Record record) {
    TypeName recordType = type.typeName();
    List<String> names = new ArrayList<>();
    List<CodeBlock> casts = new ArrayList<>();
    List<CodeBlock> values = new ArrayList<>();
    List<CodeBlock> componentCodecs = new ArrayList<>();
    int index = 0;
    for (JsonShape.Component component : record.components()) {
      names.add(component.name());
      casts.add(CodeBlock.of("($T) c[$L]", component.type().typeName(), index++));
      values.add(CodeBlock.of("r.$N()", component.name()));
      componentCodecs.add(codec(component.type()));
    }
    TypeName wildcardCodec = ParameterizedTypeName.get(JSON_CODEC, WildcardTypeName.subtypeOf(Object.class));
    TypeSpec shape =
        TypeSpec.anonymousClassBuilder("")
            .addSuperinterface(ParameterizedTypeName.get(RECORD_SHAPE, recordType))
            .addMethod(
                MethodSpec.methodBuilder("create")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(recordType)
                    .addParameter(Object[].class, "c")
                    .addStatement("return new $T($L)", recordType, CodeBlock.join(casts, ", "))
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("components")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(Object[].class)
                    .addParameter(recordType, "r")
                    .addStatement("return new $T[] {$L}", Object.class, CodeBlock.join(values, ", "))
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("codecs")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ArrayTypeName.of(wildcardCodec))
                    .addStatement("return new $T[] {$L}", wildcardCodec, CodeBlock.join(componentCodecs, ", "))
                    .build())
            .build();
    CodeBlock initializer =
        CodeBlock.of(
            "$T.record($S, $S, $L)", CODECS, type.display(), String.join(",", names), shape);
    return field(name, type, initializer);
  }

  private static FieldSpec field(String name, JavaType type, CodeBlock initializer) {
    return FieldSpec.builder(
            ParameterizedTypeName.get(JSON_CODEC, type.typeName().box()), name,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer)
        .build();
  }

  /** {@code List<Rate>} becomes {@code LIST_OF_RATE}; clashes get a number. */
  private String fieldName(JavaType type) {
    String base =
        type.display()
            .replace("[]", "_ARRAY")
            .replace("<", "_OF_")
            .replace(", ", "_AND_")
            .replaceAll("[^A-Za-z0-9_]", "_")
            .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
            .toUpperCase(Locale.ROOT)
            .replaceAll("_+", "_")
            .replaceAll("^_|_$", "");
    String name = base;
    for (int i = 2; !names.add(name); i++) {
      name = base + "_" + i;
    }
    return name;
  }
}
