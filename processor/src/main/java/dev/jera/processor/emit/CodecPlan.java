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

  /** The longest part of a long string literal, so that its lines stay within JavaPoet's 100 columns. */
  private static final int LITERAL_PART = 60;

  private final Map<String, String> fieldsByType = new HashMap<>();
  private final UniqueNames names;
  private final List<FieldSpec> fields = new ArrayList<>();
  /** Whether a field casts to a parameterized type (a generic record component): an unchecked cast. */
  private boolean unchecked;
  /** Whether a field creates an array of a raw type ({@code new List[0]} for a {@code List<String>[]}). */
  private boolean rawTypes;

  /** @param reserved the runner's own fields and the names its code uses, which no codec field may take */
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

  /** The names of the codec fields planned so far. */
  Set<String> fieldNames() {
    return Set.copyOf(fieldsByType.values());
  }

  /**
   * What the fields' code makes javac and ecj warn about, for {@code @SuppressWarnings}: exactly these,
   * since ecj also warns about a token that suppresses nothing.
   */
  List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    if (unchecked) {
      warnings.add("unchecked");
    }
    if (rawTypes) {
      warnings.add("rawtypes");
    }
    return warnings;
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
      return CodeBlock.of("$T.array($L,$Wnew $T[0])", CODECS, codec(element), rawArrayElement(element.typeName()));
    }
    return CodeBlock.of(
        "$T.databind($S,$Wnew $T<$T>() {})", CODECS, type.display(), TYPE_REFERENCE, type.typeName().box());
  }

  /** An array of a generic type can only be created raw ({@code new List[0]}), which javac flags twice. */
  private TypeName rawArrayElement(TypeName element) {
    if (element instanceof ParameterizedTypeName) {
      rawTypes = true;
      unchecked = true;
      return ((ParameterizedTypeName) element).rawType;
    }
    return element;
  }

  private static boolean parameterized(TypeName type) {
    return type instanceof ParameterizedTypeName
        || type instanceof ArrayTypeName && parameterized(((ArrayTypeName) type).componentType);
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
      unchecked |= parameterized(component.type().typeName());
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
                    .addStatement("return new $T($L)", recordType, CodeBlock.join(casts, ",$W"))
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("components")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(Object[].class)
                    .addParameter(recordType, "r")
                    .addStatement("return new $T[] {$L}", Object.class, CodeBlock.join(values, ",$W"))
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("codecs")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ArrayTypeName.of(wildcardCodec))
                    .addStatement("return new $T[] {$L}", wildcardCodec, CodeBlock.join(componentCodecs, ",$W"))
                    .build())
            .build();
    CodeBlock initializer =
        CodeBlock.of(
            "$T.record($S,$W$L,$W$L)", CODECS, type.display(), wrappable(String.join(",", names)), shape);
    return field(name, type, initializer);
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
    return FieldSpec.builder(
            ParameterizedTypeName.get(JSON_CODEC, type.typeName().box()), name,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        // A codec's declaration and initializer are long: the initializer may start a line of its own.
        .initializer("$Z$L", initializer)
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
    // A type named only in letters outside ASCII, or starting with a digit once its package is gone.
    if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
      base = base.isEmpty() ? "CODEC" : "CODEC_" + base;
    }
    return names.unique(base);
  }
}
