package dev.jera.processor.model;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a piece of the model came from: the element and, when an annotation attribute is at fault,
 * the annotation and the value, so the IDE underlines exactly that. Only used to report.
 */
public record Site(Element element, Optional<AnnotationMirror> annotation, Optional<AnnotationValue> value) {

  public static Site of(Element element) {
    return new Site(element, Optional.empty(), Optional.empty());
  }

  public static Site of(Element element, AnnotationMirror annotation) {
    return new Site(element, Optional.ofNullable(annotation), Optional.empty());
  }

  public static Site of(Element element, AnnotationMirror annotation, AnnotationValue value) {
    return new Site(element, Optional.ofNullable(annotation), Optional.ofNullable(value));
  }
}
