package dev.jera.processor.emit;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeVariableName;
import com.squareup.javapoet.WildcardTypeName;
import java.util.List;
import java.util.Map;

/**
 * Java types as a class file spells them: internal names, descriptors, generic signatures, boxes. Only a
 * primitive is looked up by its {@code TypeName}, whose hash JavaPoet computes by rendering the type.
 */
final class JvmTypes {
  /** A primitive's descriptor letter and its box's internal name. */
  private record Primitive(String descriptor, String box) {}

  private static final Map<TypeName, Primitive> PRIMITIVES = Map.of(
      TypeName.BOOLEAN, new Primitive("Z", "java/lang/Boolean"),
      TypeName.BYTE, new Primitive("B", "java/lang/Byte"),
      TypeName.SHORT, new Primitive("S", "java/lang/Short"),
      TypeName.INT, new Primitive("I", "java/lang/Integer"),
      TypeName.LONG, new Primitive("J", "java/lang/Long"),
      TypeName.CHAR, new Primitive("C", "java/lang/Character"),
      TypeName.FLOAT, new Primitive("F", "java/lang/Float"),
      TypeName.DOUBLE, new Primitive("D", "java/lang/Double"));

  private JvmTypes() {}

  /** {@code com/acme/Outer$Inner}. */
  static String internalName(ClassName type) {
    String prefix = type.packageName().isEmpty() ? "" : type.packageName().replace('.', '/') + "/";
    return prefix + String.join("$", type.simpleNames());
  }

  /** The internal name of the erasure, as {@code checkcast} and {@code anewarray} take it (an array by its descriptor). */
  static String erasedInternalName(TypeName type) {
    TypeName erased = erasure(type);
    return erased instanceof ClassName ? internalName((ClassName) erased) : descriptor(erased);
  }

  /** The descriptor of the erasure: {@code I}, {@code Ljava/util/List;}, {@code [Ljava/lang/String;}. */
  static String descriptor(TypeName annotated) {
    if (annotated == TypeName.VOID) {
      return "V";
    }
    if (annotated.isPrimitive()) {
      return primitiveDescriptor(annotated);
    }
    TypeName erased = erasure(annotated);
    if (erased instanceof ArrayTypeName) {
      return "[" + descriptor(((ArrayTypeName) erased).componentType);
    }
    return "L" + internalName((ClassName) erased) + ";";
  }

  /** A method's descriptor. */
  static String methodDescriptor(List<TypeName> parameters, TypeName returns) {
    StringBuilder descriptor = new StringBuilder("(");
    parameters.forEach(parameter -> descriptor.append(descriptor(parameter)));
    return descriptor.append(')').append(descriptor(returns)).toString();
  }

  /** The generic signature of a reference type, as a class's {@code Signature} attribute spells its supertype's arguments. */
  static String signature(TypeName annotated) {
    if (annotated.isPrimitive()) {
      return descriptor(annotated);
    }
    TypeName type = annotated.withoutAnnotations();
    if (type instanceof ArrayTypeName) {
      return "[" + signature(((ArrayTypeName) type).componentType);
    }
    if (type instanceof ParameterizedTypeName) {
      ParameterizedTypeName parameterized = (ParameterizedTypeName) type;
      StringBuilder signature = new StringBuilder("L").append(internalName(parameterized.rawType)).append('<');
      parameterized.typeArguments.forEach(argument -> signature.append(argumentSignature(argument)));
      return signature.append(">;").toString();
    }
    if (type instanceof TypeVariableName) {
      return "T" + ((TypeVariableName) type).name + ";";
    }
    return descriptor(type);
  }

  private static String argumentSignature(TypeName argument) {
    if (argument instanceof WildcardTypeName) {
      WildcardTypeName wildcard = (WildcardTypeName) argument;
      if (!wildcard.lowerBounds.isEmpty()) {
        return "-" + signature(wildcard.lowerBounds.get(0));
      }
      TypeName upper = wildcard.upperBounds.get(0);
      return upper.equals(TypeName.OBJECT) ? "*" : "+" + signature(upper);
    }
    return signature(argument);
  }

  /** The internal name of a primitive's box. */
  static String box(TypeName primitive) {
    return PRIMITIVES.get(primitive.withoutAnnotations()).box();
  }

  /** The descriptor letter of a primitive. */
  static String primitiveDescriptor(TypeName primitive) {
    return PRIMITIVES.get(primitive.withoutAnnotations()).descriptor();
  }

  /** Whether a value of the type takes two slots ({@code long}, {@code double}). */
  static boolean isWide(TypeName type) {
    if (!type.isPrimitive()) {
      return false;
    }
    TypeName plain = type.withoutAnnotations();
    return plain.equals(TypeName.LONG) || plain.equals(TypeName.DOUBLE);
  }

  private static TypeName erasure(TypeName annotated) {
    TypeName type = annotated.withoutAnnotations();
    if (type instanceof ParameterizedTypeName) {
      return ((ParameterizedTypeName) type).rawType;
    }
    if (type instanceof ArrayTypeName) {
      return ArrayTypeName.of(erasure(((ArrayTypeName) type).componentType));
    }
    if (type instanceof TypeVariableName) {
      List<TypeName> bounds = ((TypeVariableName) type).bounds;
      return bounds.isEmpty() ? TypeName.OBJECT : erasure(bounds.get(0));
    }
    if (type instanceof WildcardTypeName) {
      return erasure(((WildcardTypeName) type).upperBounds.get(0));
    }
    if (type.isPrimitive() || type instanceof ClassName) {
      return type;
    }
    throw new IllegalArgumentException("no erasure for " + type);
  }
}
