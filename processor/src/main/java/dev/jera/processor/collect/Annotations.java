package dev.jera.processor.collect;

import dev.jera.processor.model.Site;
import dev.jera.processor.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * Reads annotation attributes from mirrors (never through reflection on the annotation), keeping each
 * value's place so a report lands on the attribute. A value javac could not resolve ends collection
 * of the class with {@link UnresolvedException}.
 */
public final class Annotations {
  /** How a compiler hands over an attribute whose constant it could not resolve. */
  private static final String UNRESOLVED = "<error>";

  private Annotations() {}

  /** The element's annotation of the qualified name {@code annotation}, if it has one. */
  public static Optional<AnnotationMirror> find(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (nameOf(mirror).equals(annotation)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Builds part of the model from one annotation; may find it unresolved. */
  interface Reader<T> {
    T read(AnnotationMirror mirror) throws UnresolvedException;
  }

  /** What {@code reader} makes of the element's {@code annotation}, or empty when it has none. */
  static <T> Optional<T> read(Element element, String annotation, Reader<T> reader) throws UnresolvedException {
    Optional<AnnotationMirror> found = find(element, annotation);
    return found.isEmpty() ? Optional.empty() : Optional.of(reader.read(found.get()));
  }

  /**
   * An annotation found on an element; written several times, javac cannot place its mirror, so it
   * carries a locator to find it in the source.
   */
  record Found(AnnotationMirror mirror, Optional<Site.Locator> locator) {}

  /** The mirrors of a repeatable annotation, written once or several times (in its container). */
  static List<Found> findRepeated(Element element, String annotation, String container)
      throws UnresolvedException {
    List<Found> found = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = nameOf(mirror);
      if (name.equals(annotation)) {
        found.add(new Found(mirror, Optional.empty()));
      } else if (name.equals(container)) {
        Optional<AnnotationValue> values = explicit(mirror, "value");
        if (values.isPresent()) {
          int occurrence = 0;
          for (AnnotationValue value : list(values.get())) {
            if (!(value.getValue() instanceof AnnotationMirror)) {
              throw new UnresolvedException();
            }
            Site.Locator locator = new Site.Locator(annotation, occurrence++, null, -1);
            found.add(new Found((AnnotationMirror) value.getValue(), Optional.of(locator)));
          }
        }
      }
    }
    return found;
  }

  /** The site of a found annotation as a whole. */
  static Site site(Element element, Found found) {
    return Site.of(element, found.mirror()).locatedBy(found.locator());
  }

  /** A string attribute of a found annotation. */
  static Text text(Element element, Found found, String attribute) throws UnresolvedException {
    Text text = text(element, found.mirror(), attribute);
    return new Text(text.value(), text.site().locatedBy(found.locator().map(l -> l.attribute(attribute, -1))));
  }

  /** A {@code String[]} attribute of a found annotation. */
  static List<Text> texts(Element element, Found found, String attribute) throws UnresolvedException {
    List<Text> texts = new ArrayList<>();
    int index = 0;
    for (Text text : texts(element, found.mirror(), attribute)) {
      int at = index++;
      texts.add(new Text(text.value(), text.site().locatedBy(found.locator().map(l -> l.attribute(attribute, at)))));
    }
    return texts;
  }

  static Optional<Text> optionalText(Element element, Found found, String attribute) throws UnresolvedException {
    Text text = text(element, found, attribute);
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  static String nameOf(AnnotationMirror mirror) {
    DeclaredType type = mirror.getAnnotationType();
    if (type.getKind() == TypeKind.ERROR) {
      return "";
    }
    return ((TypeElement) type.asElement()).getQualifiedName().toString();
  }

  static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  private static AnnotationValue valueOrDefault(AnnotationMirror mirror, String attribute)
      throws UnresolvedException {
    Optional<AnnotationValue> value = explicit(mirror, attribute);
    if (value.isPresent()) {
      return value.get();
    }
    for (Element member : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (member instanceof ExecutableElement && member.getSimpleName().contentEquals(attribute)) {
        AnnotationValue fallback = ((ExecutableElement) member).getDefaultValue();
        if (fallback != null) {
          return fallback;
        }
      }
    }
    throw new UnresolvedException();
  }

  /** A string attribute, placed on its value when written, else on the annotation. */
  static Text text(Element element, AnnotationMirror mirror, String attribute) throws UnresolvedException {
    Optional<AnnotationValue> written = explicit(mirror, attribute);
    String value = string(valueOrDefault(mirror, attribute));
    Site site = written.map(v -> Site.of(element, mirror, v)).orElse(Site.of(element, mirror));
    return new Text(value, site);
  }

  /**
   * The string an attribute holds. Both compilers hand an unresolved constant ({@code name = NAME}
   * with no {@code NAME}) over as the string {@code <error>}, and their own error is the only one the
   * user should see. javac prints a real string quoted and the unresolved one bare, which tells the
   * two apart; ecj prints both quoted, so there the string itself is the mark (a literal
   * {@code "<error>"} is then taken for an unresolved constant).
   */
  private static String string(AnnotationValue value) throws UnresolvedException {
    if (!(value.getValue() instanceof String) || unresolved(value)) {
      throw new UnresolvedException();
    }
    return (String) value.getValue();
  }

  private static boolean unresolved(AnnotationValue value) {
    if (!UNRESOLVED.equals(value.getValue())) {
      return false;
    }
    boolean javac = value.getClass().getName().startsWith("com.sun.tools.javac.");
    return !javac || value.toString().equals(UNRESOLVED);
  }

  /** A string attribute, or empty when it is the empty string. */
  static Optional<Text> optionalText(Element element, AnnotationMirror mirror, String attribute)
      throws UnresolvedException {
    Text text = text(element, mirror, attribute);
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** A {@code String[]} attribute, each element placed on its own value. */
  static List<Text> texts(Element element, AnnotationMirror mirror, String attribute)
      throws UnresolvedException {
    List<Text> texts = new ArrayList<>();
    for (AnnotationValue value : list(valueOrDefault(mirror, attribute))) {
      texts.add(new Text(string(value), Site.of(element, mirror, value)));
    }
    return texts;
  }

  static int integer(AnnotationMirror mirror, String attribute) throws UnresolvedException {
    Object value = valueOrDefault(mirror, attribute).getValue();
    if (!(value instanceof Integer)) {
      throw new UnresolvedException();
    }
    return (Integer) value;
  }

  /** A {@code Class<?>} attribute's qualified class name; empty for {@code void.class}. */
  static Optional<String> className(AnnotationMirror mirror, String attribute) throws UnresolvedException {
    Object value = valueOrDefault(mirror, attribute).getValue();
    if (!(value instanceof javax.lang.model.type.TypeMirror)) {
      throw new UnresolvedException();
    }
    javax.lang.model.type.TypeMirror type = (javax.lang.model.type.TypeMirror) value;
    if (type.getKind() == TypeKind.ERROR) {
      throw new UnresolvedException();
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    return Optional.of(((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString());
  }

  static boolean bool(AnnotationMirror mirror, String attribute) throws UnresolvedException {
    Object value = valueOrDefault(mirror, attribute).getValue();
    if (!(value instanceof Boolean)) {
      throw new UnresolvedException();
    }
    return (Boolean) value;
  }

  /** The site of an attribute: its value when written, else the annotation. */
  static Site site(Element element, AnnotationMirror mirror, String attribute) {
    return explicit(mirror, attribute)
        .map(v -> Site.of(element, mirror, v))
        .orElse(Site.of(element, mirror));
  }

  /** The constant's name of an enum attribute. */
  static String enumConstant(AnnotationMirror mirror, String attribute) throws UnresolvedException {
    Object value = valueOrDefault(mirror, attribute).getValue();
    if (!(value instanceof VariableElement)) {
      throw new UnresolvedException();
    }
    return ((VariableElement) value).getSimpleName().toString();
  }

  /** The constants' names of an enum array attribute, in the order written. */
  static List<String> enumConstants(AnnotationMirror mirror, String attribute) throws UnresolvedException {
    List<String> names = new ArrayList<>();
    for (AnnotationValue value : list(valueOrDefault(mirror, attribute))) {
      if (!(value.getValue() instanceof VariableElement)) {
        throw new UnresolvedException();
      }
      names.add(((VariableElement) value.getValue()).getSimpleName().toString());
    }
    return names;
  }

  /** A {@code double[]} attribute, in the order written. */
  static List<Double> doubles(AnnotationMirror mirror, String attribute) throws UnresolvedException {
    List<Double> numbers = new ArrayList<>();
    for (AnnotationValue value : list(valueOrDefault(mirror, attribute))) {
      if (!(value.getValue() instanceof Number)) {
        throw new UnresolvedException();
      }
      numbers.add(((Number) value.getValue()).doubleValue());
    }
    return numbers;
  }

  @SuppressWarnings("unchecked")
  private static List<? extends AnnotationValue> list(AnnotationValue value) throws UnresolvedException {
    Object content = value.getValue();
    if (content instanceof List) {
      return (List<? extends AnnotationValue>) content;
    }
    // A single value written without braces where an array is expected.
    if (content instanceof String || content instanceof AnnotationMirror || content instanceof VariableElement
        || content instanceof Number) {
      return List.of(value);
    }
    throw new UnresolvedException();
  }
}
