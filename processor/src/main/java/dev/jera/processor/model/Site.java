package dev.jera.processor.model;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a piece of the model came from: the element and, when an annotation attribute is at fault,
 * the annotation and the value, so the IDE underlines exactly that. Only used to report.
 *
 * @param locator for an annotation written several times, whose mirrors javac cannot place (it puts
 *     them all on the element), how to find the written annotation in the source instead
 */
public record Site(
    Element element,
    Optional<AnnotationMirror> annotation,
    Optional<AnnotationValue> value,
    Optional<Locator> locator) {

  /**
   * The {@code occurrence}-th annotation of type {@code annotation} on the element, its
   * {@code attribute} if not null, and the {@code index}-th element of an array attribute if not -1.
   */
  public record Locator(String annotation, int occurrence, String attribute, int index) {
    public Locator attribute(String name, int arrayIndex) {
      return new Locator(annotation, occurrence, name, arrayIndex);
    }
  }

  public static Site of(Element element) {
    return new Site(element, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static Site of(Element element, AnnotationMirror annotation) {
    return new Site(element, Optional.ofNullable(annotation), Optional.empty(), Optional.empty());
  }

  public static Site of(Element element, AnnotationMirror annotation, AnnotationValue value) {
    return new Site(element, Optional.ofNullable(annotation), Optional.ofNullable(value), Optional.empty());
  }

  public Site locatedBy(Optional<Locator> locator) {
    return new Site(element, annotation, value, locator);
  }
}
