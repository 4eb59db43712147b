package dev.jera.processor.emit;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.WildcardTypeName;
import dev.jera.processor.model.DottedNames;
import dev.jera.processor.model.JavaType;
import dev.jera.processor.model.JsonShape;
import java.util.HashSet;
import java.util.Set;

/**
 * The names a generated field or local must not take: in an expression ({@code Codecs.STRING},
 * {@code Color.values()}, {@code dev.jera.runner.Results.of(…)} when JavaPoet writes a type in
 * full) a variable of the same name as the first part would obscure the type or package (JLS 6.4.2).
 * Each type gives its outermost class's simple name and the first part of its package.
 */
final class TypeNamesInCode {
  private final Set<String> names = new HashSet<>();
  private final Set<String> seen = new HashSet<>();

  TypeNamesInCode add(TypeName type) {
    if (type instanceof ClassName) {
      ClassName outermost = ((ClassName) type).topLevelClassName();
      names.add(outermost.simpleName());
      String packageName = outermost.packageName();
      if (!packageName.isEmpty()) {
        names.add(DottedNames.first(packageName));
      }
    } else if (type instanceof ParameterizedTypeName) {
      ParameterizedTypeName parameterized = (ParameterizedTypeName) type;
      add(parameterized.rawType);
      parameterized.typeArguments.forEach(this::add);
    } else if (type instanceof ArrayTypeName) {
      add(((ArrayTypeName) type).componentType);
    } else if (type instanceof WildcardTypeName) {
      WildcardTypeName wildcard = (WildcardTypeName) type;
      wildcard.upperBounds.forEach(this::add);
      wildcard.lowerBounds.forEach(this::add);
    }
    return this;
  }

  /** {@code type} and every type its JSON shape contains (record components, elements, keys). */
  TypeNamesInCode add(JavaType type) {
    if (!seen.add(type.canonical())) {
      return this;
    }
    add(type.typeName());
    JsonShape shape = type.shape();
    if (shape instanceof JsonShape.Record) {
      ((JsonShape.Record) shape).components().forEach(component -> add(component.type()));
    } else if (shape instanceof JsonShape.Collection) {
      add(((JsonShape.Collection) shape).element());
    } else if (shape instanceof JsonShape.Map) {
      add(((JsonShape.Map) shape).key());
      add(((JsonShape.Map) shape).value());
    } else if (shape instanceof JsonShape.Optional) {
      add(((JsonShape.Optional) shape).value());
    } else if (shape instanceof JsonShape.Array) {
      add(((JsonShape.Array) shape).element());
    }
    return this;
  }

  Set<String> names() {
    return Set.copyOf(names);
  }
}
