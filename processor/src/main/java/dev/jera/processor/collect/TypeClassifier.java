package dev.jera.processor.collect;

import com.squareup.javapoet.TypeName;
import dev.jera.processor.diagnostic.TypeMessages;
import dev.jera.processor.model.JavaType;
import dev.jera.processor.model.JsonShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Decides how a Java type travels as JSON, and names it for messages and generated code. Types the
 * runtime knows get a codec constant; records are described component by component; Java beans and
 * Jackson-annotated classes go to databind; anything else is unsupported, with the reason.
 */
final class TypeClassifier {

  /** Codec constants of {@code Codecs} for types known by qualified name; {@code true}: usable as a map key. */
  private static final Map<String, String> STANDARD =
      Map.ofEntries(
          Map.entry("java.lang.String", "STRING"),
          Map.entry("java.lang.Boolean", "BOOLEAN_BOXED"),
          Map.entry("java.lang.Byte", "BYTE_BOXED"),
          Map.entry("java.lang.Short", "SHORT_BOXED"),
          Map.entry("java.lang.Integer", "INTEGER"),
          Map.entry("java.lang.Long", "LONG_BOXED"),
          Map.entry("java.lang.Float", "FLOAT_BOXED"),
          Map.entry("java.lang.Double", "DOUBLE_BOXED"),
          Map.entry("java.lang.Character", "CHARACTER"),
          Map.entry("java.math.BigDecimal", "BIG_DECIMAL"),
          Map.entry("java.math.BigInteger", "BIG_INTEGER"),
          Map.entry("java.time.LocalDate", "LOCAL_DATE"),
          Map.entry("java.time.LocalTime", "LOCAL_TIME"),
          Map.entry("java.time.LocalDateTime", "LOCAL_DATE_TIME"),
          Map.entry("java.time.OffsetDateTime", "OFFSET_DATE_TIME"),
          Map.entry("java.time.OffsetTime", "OFFSET_TIME"),
          Map.entry("java.time.ZonedDateTime", "ZONED_DATE_TIME"),
          Map.entry("java.time.Instant", "INSTANT"),
          Map.entry("java.time.Duration", "DURATION"),
          Map.entry("java.time.Period", "PERIOD"),
          Map.entry("java.time.Year", "YEAR"),
          Map.entry("java.time.YearMonth", "YEAR_MONTH"),
          Map.entry("java.time.MonthDay", "MONTH_DAY"),
          Map.entry("java.time.ZoneId", "ZONE_ID"),
          Map.entry("java.time.ZoneOffset", "ZONE_OFFSET"),
          Map.entry("java.util.UUID", "UUID"),
          Map.entry("java.net.URI", "URI"));

  /** Map keys are JSON field names: only types with a plain text form. */
  private static final Set<String> KEY_CODECS =
      Set.of(
          "STRING", "INTEGER", "LONG_BOXED", "SHORT_BOXED", "BYTE_BOXED", "BOOLEAN_BOXED", "CHARACTER",
          "BIG_DECIMAL", "BIG_INTEGER", "LOCAL_DATE", "LOCAL_TIME", "LOCAL_DATE_TIME", "INSTANT",
          "YEAR", "YEAR_MONTH", "UUID", "ZONE_ID");

  private static final Map<String, String> COLLECTIONS =
      Map.ofEntries(
          Map.entry("java.util.List", "ARRAY_LIST"),
          Map.entry("java.util.Collection", "ARRAY_LIST"),
          Map.entry("java.lang.Iterable", "ARRAY_LIST"),
          Map.entry("java.util.ArrayList", "ARRAY_LIST"),
          Map.entry("java.util.LinkedList", "LINKED_LIST"),
          Map.entry("java.util.Queue", "ARRAY_DEQUE"),
          Map.entry("java.util.Deque", "ARRAY_DEQUE"),
          Map.entry("java.util.ArrayDeque", "ARRAY_DEQUE"),
          Map.entry("java.util.Set", "LINKED_HASH_SET"),
          Map.entry("java.util.LinkedHashSet", "LINKED_HASH_SET"),
          Map.entry("java.util.HashSet", "HASH_SET"),
          Map.entry("java.util.SortedSet", "TREE_SET"),
          Map.entry("java.util.NavigableSet", "TREE_SET"),
          Map.entry("java.util.TreeSet", "TREE_SET"));

  private static final Map<String, String> MAPS =
      Map.ofEntries(
          Map.entry("java.util.Map", "LINKED_HASH_MAP"),
          Map.entry("java.util.LinkedHashMap", "LINKED_HASH_MAP"),
          Map.entry("java.util.HashMap", "HASH_MAP"),
          Map.entry("java.util.SortedMap", "TREE_MAP"),
          Map.entry("java.util.NavigableMap", "TREE_MAP"),
          Map.entry("java.util.TreeMap", "TREE_MAP"));

  private final Types types;
  private final String packageName;
  private final Set<String> recordsInProgress = new HashSet<>();
  private final Map<String, JavaType> classified = new HashMap<>();

  /** Classifies types for a runner generated in {@code packageName}. */
  TypeClassifier(Types types, String packageName) {
    this.types = types;
    this.packageName = packageName;
  }

  /** Whether code in {@code packageName} can name {@code type}: neither it nor an enclosing class is private. */
  static boolean reachableFrom(TypeElement type, String packageName) {
    Element current = type;
    while (current instanceof TypeElement) {
      Set<Modifier> modifiers = current.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!modifiers.contains(Modifier.PUBLIC) && !packageOf(current).equals(packageName)) {
        return false;
      }
      current = current.getEnclosingElement();
    }
    return true;
  }

  private static String packageOf(Element element) {
    Element current = element;
    while (current != null && current.getKind() != ElementKind.PACKAGE) {
      current = current.getEnclosingElement();
    }
    return current == null ? "" : ((javax.lang.model.element.PackageElement) current).getQualifiedName().toString();
  }

  JavaType classify(TypeMirror type) {
    // Outside a record's components, a type classifies alike wherever it appears: the steps of a workflow
    // mostly share a few types, and a record's shape is a walk of all its components.
    String canonical = canonical(type);
    String key = recordsInProgress.isEmpty() ? cacheKey(type.getKind(), canonical) : null;
    JavaType known = key == null ? null : classified.get(key);
    if (known != null) {
      return known;
    }
    JavaType classifiedType = new JavaType(display(type), canonical, typeName(type), shape(type));
    if (key != null) {
      classified.put(key, classifiedType);
    }
    return classifiedType;
  }

  /**
   * What tells one type from another here, for the kinds whose canonical name names them ({@code int} and
   * {@code Integer} share one, so the kind is part of it); {@code null} for others.
   */
  private static String cacheKey(TypeKind kind, String canonical) {
    return kind == TypeKind.DECLARED || kind == TypeKind.ARRAY || kind.isPrimitive() ? kind + " " + canonical : null;
  }

  private static TypeName typeName(TypeMirror type) {
    try {
      return TypeName.get(type);
    } catch (RuntimeException e) {
      // Error types and captures have no JavaPoet name; such a type never reaches generation.
      return TypeName.OBJECT;
    }
  }

  private JsonShape shape(TypeMirror type) {
    switch (type.getKind()) {
      case VOID:
        return new JsonShape.None();
      case BOOLEAN:
        return new JsonShape.Standard("BOOLEAN", false);
      case BYTE:
        return new JsonShape.Standard("BYTE", false);
      case SHORT:
        return new JsonShape.Standard("SHORT", false);
      case INT:
        return new JsonShape.Standard("INT", false);
      case LONG:
        return new JsonShape.Standard("LONG", false);
      case FLOAT:
        return new JsonShape.Standard("FLOAT", false);
      case DOUBLE:
        return new JsonShape.Standard("DOUBLE", false);
      case CHAR:
        return new JsonShape.Standard("CHAR", false);
      case ARRAY:
        return arrayShape((ArrayType) type);
      case DECLARED:
        return declaredShape((DeclaredType) type);
      case ERROR:
        return new JsonShape.Unresolved();
      case TYPEVAR:
        return new JsonShape.Unsupported(TypeMessages.typeVariable(type.toString()));
      case WILDCARD:
        return new JsonShape.Unsupported(TypeMessages.wildcard(type.toString()));
      default:
        return new JsonShape.Unsupported(TypeMessages.noJsonForm(type.toString()));
    }
  }

  private JsonShape arrayShape(ArrayType array) {
    TypeMirror component = array.getComponentType();
    switch (component.getKind()) {
      case BYTE:
        return new JsonShape.Standard("BYTES", false);
      case INT:
        return new JsonShape.Standard("INT_ARRAY", false);
      case LONG:
        return new JsonShape.Standard("LONG_ARRAY", false);
      case DOUBLE:
        return new JsonShape.Standard("DOUBLE_ARRAY", false);
      case FLOAT:
        return new JsonShape.Standard("FLOAT_ARRAY", false);
      case SHORT:
        return new JsonShape.Standard("SHORT_ARRAY", false);
      case BOOLEAN:
        return new JsonShape.Standard("BOOLEAN_ARRAY", false);
      case CHAR:
        return new JsonShape.Standard("CHAR_ARRAY", false);
      default:
        return nested(new JsonShape.Array(classify(component)));
    }
  }

  private JsonShape declaredShape(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String qualified = element.getQualifiedName().toString();
    String standard = STANDARD.get(qualified);
    if (standard != null) {
      return new JsonShape.Standard(standard, KEY_CODECS.contains(standard));
    }
    if (qualified.equals("java.nio.file.Path")) {
      return new JsonShape.Artifact();
    }
    Optional<String> hint = TypeMessages.knownUnsupported(qualified);
    if (hint.isPresent()) {
      return new JsonShape.Unsupported(hint.get());
    }
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    boolean raw = arguments.isEmpty() && !element.getTypeParameters().isEmpty();
    if (raw) {
      return new JsonShape.Unsupported(TypeMessages.rawType(element.getSimpleName().toString()));
    }
    if (qualified.equals("java.util.Optional")) {
      JavaType held = classify(arguments.get(0));
      if (held.shape() instanceof JsonShape.Artifact) {
        return new JsonShape.Artifact(true); // an optional file (Argo's optional: true), empty when absent
      }
      return nested(new JsonShape.Optional(held));
    }
    String collection = COLLECTIONS.get(qualified);
    if (collection != null) {
      return nested(new JsonShape.Collection(collection, classify(arguments.get(0))));
    }
    String map = MAPS.get(qualified);
    if (map != null) {
      JavaType key = classify(arguments.get(0));
      if (key.shape() instanceof JsonShape.Unresolved) {
        return key.shape();
      }
      boolean keyOk =
          key.shape() instanceof JsonShape.Enumeration
              || key.shape() instanceof JsonShape.Standard && ((JsonShape.Standard) key.shape()).mapKey();
      if (!keyOk) {
        return new JsonShape.Unsupported(TypeMessages.mapKey(key.display()));
      }
      return nested(new JsonShape.Map(map, key, classify(arguments.get(1))));
    }
    if (qualified.startsWith("com.fasterxml.jackson.databind.")
        && qualified.contains("Node")) {
      return new JsonShape.Databind();
    }
    if (!reachableFrom(element, packageName)) {
      return new JsonShape.Unsupported(TypeMessages.notVisible(simpleName(element), packageName));
    }
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants = new ArrayList<>();
      for (Element member : element.getEnclosedElements()) {
        if (member.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(member.getSimpleName().toString());
        }
      }
      return new JsonShape.Enumeration(TypeName.get(types.erasure(type)), constants);
    }
    if (hasJacksonAnnotations(element)) {
      return new JsonShape.Databind();
    }
    if (element.getKind() == ElementKind.RECORD) {
      return recordShape(type, element);
    }
    if (element.getKind() == ElementKind.INTERFACE
        || element.getModifiers().contains(Modifier.ABSTRACT)) {
      return new JsonShape.Unsupported(
          TypeMessages.notConcrete(element.getSimpleName().toString(), element.getKind() == ElementKind.INTERFACE));
    }
    if (qualified.startsWith("java.") || qualified.startsWith("javax.")) {
      return new JsonShape.Unsupported(TypeMessages.noJsonForm(element.getSimpleName().toString()));
    }
    if (!hasPublicNoArgConstructor(element)) {
      return new JsonShape.Unsupported(TypeMessages.noBeanConstructor(element.getSimpleName().toString()));
    }
    return new JsonShape.Databind();
  }

  private JsonShape recordShape(DeclaredType type, TypeElement element) {
    String canonical = canonical(type);
    if (!recordsInProgress.add(canonical)) {
      return new JsonShape.RecordRef(canonical);
    }
    try {
      List<JsonShape.Component> components = new ArrayList<>();
      for (RecordComponentElement component : element.getRecordComponents()) {
        TypeMirror componentType = types.asMemberOf(type, component.getAccessor()) instanceof javax.lang.model.type.ExecutableType executable
            ? executable.getReturnType()
            : component.asType();
        components.add(new JsonShape.Component(component.getSimpleName().toString(), classify(componentType)));
      }
      return nested(new JsonShape.Record(TypeName.get(type), components));
    } finally {
      recordsInProgress.remove(canonical);
    }
  }

  /** A container or record is unresolved or unsupported when a part of it is. */
  private static JsonShape nested(JsonShape shape) {
    for (JavaType part : parts(shape)) {
      JsonShape inner = part.shape();
      if (inner instanceof JsonShape.Unresolved) {
        return inner;
      }
      if (inner instanceof JsonShape.Unsupported) {
        return new JsonShape.Unsupported(((JsonShape.Unsupported) inner).reason());
      }
      if (inner instanceof JsonShape.None) {
        return new JsonShape.Unsupported(TypeMessages.noJsonForm("void"));
      }
      if (inner instanceof JsonShape.Artifact) {
        return new JsonShape.Unsupported(TypeMessages.nestedPath());
      }
    }
    return shape;
  }

  static List<JavaType> parts(JsonShape shape) {
    if (shape instanceof JsonShape.Optional) {
      return List.of(((JsonShape.Optional) shape).value());
    }
    if (shape instanceof JsonShape.Collection) {
      return List.of(((JsonShape.Collection) shape).element());
    }
    if (shape instanceof JsonShape.Array) {
      return List.of(((JsonShape.Array) shape).element());
    }
    if (shape instanceof JsonShape.Map) {
      JsonShape.Map map = (JsonShape.Map) shape;
      return List.of(map.key(), map.value());
    }
    if (shape instanceof JsonShape.Record) {
      List<JavaType> parts = new ArrayList<>();
      for (JsonShape.Component component : ((JsonShape.Record) shape).components()) {
        parts.add(component.type());
      }
      return parts;
    }
    return List.of();
  }

  private static boolean hasJacksonAnnotations(TypeElement element) {
    if (isJackson(element)) {
      return true;
    }
    for (Element member : element.getEnclosedElements()) {
      if (isJackson(member)) {
        return true;
      }
    }
    if (element.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : element.getRecordComponents()) {
        if (isJackson(component)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isJackson(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (Annotations.nameOf(mirror).startsWith("com.fasterxml.jackson.")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasPublicNoArgConstructor(TypeElement element) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(element.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC)) {
        return true;
      }
    }
    return false;
  }

  /** The type as the user writes it: simple names, e.g. {@code Map<String, List<Rate>>}. */
  static String display(TypeMirror type) {
    switch (type.getKind()) {
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        StringBuilder name = new StringBuilder(simpleName(element));
        if (!declared.getTypeArguments().isEmpty()) {
          StringJoiner arguments = new StringJoiner(", ", "<", ">");
          for (TypeMirror argument : declared.getTypeArguments()) {
            arguments.add(display(argument));
          }
          name.append(arguments);
        }
        return name.toString();
      case ARRAY:
        return display(((ArrayType) type).getComponentType()) + "[]";
      default:
        return type.toString();
    }
  }

  /** Nested classes keep their outer names: {@code CurrencyEtl.Rate}. */
  private static String simpleName(TypeElement element) {
    Element enclosing = element.getEnclosingElement();
    if (enclosing instanceof TypeElement) {
      return simpleName((TypeElement) enclosing) + "." + element.getSimpleName();
    }
    return element.getSimpleName().toString();
  }

  /** Fully qualified, primitives boxed, so that equal types compare equal. */
  static String canonical(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return "java.lang.Boolean";
      case BYTE:
        return "java.lang.Byte";
      case SHORT:
        return "java.lang.Short";
      case INT:
        return "java.lang.Integer";
      case LONG:
        return "java.lang.Long";
      case FLOAT:
        return "java.lang.Float";
      case DOUBLE:
        return "java.lang.Double";
      case CHAR:
        return "java.lang.Character";
      case VOID:
        return JavaType.VOID;
      case ARRAY:
        TypeMirror component = ((ArrayType) type).getComponentType();
        return (component.getKind().isPrimitive() ? component.toString() : canonical(component)) + "[]";
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        StringBuilder name =
            new StringBuilder(((TypeElement) declared.asElement()).getQualifiedName().toString());
        if (!declared.getTypeArguments().isEmpty()) {
          StringJoiner arguments = new StringJoiner(",", "<", ">");
          for (TypeMirror argument : declared.getTypeArguments()) {
            arguments.add(canonical(argument));
          }
          name.append(arguments);
        }
        return name.toString();
      default:
        return type.toString();
    }
  }
}
