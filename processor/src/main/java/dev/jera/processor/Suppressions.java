package dev.jera.processor;

import dev.jera.processor.diagnostic.MessageId;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * {@code @SuppressWarnings("jera:<Id>")} (one warning, e.g. {@code "jera:LoopWithoutItem"}) or
 * {@code @SuppressWarnings("jera")} (every Jera warning) on an element or one enclosing it silences Jera's
 * warnings there, as javac's own lint keys are silenced. Errors are never suppressed.
 */
final class Suppressions {
  private static final String PREFIX = "jera";

  private Suppressions() {}

  static boolean suppressed(Element element, MessageId id) {
    if (id.kind() != Diagnostic.Kind.WARNING && id.kind() != Diagnostic.Kind.MANDATORY_WARNING) {
      return false;
    }
    for (Element at = element; at != null; at = at.getEnclosingElement()) {
      for (AnnotationMirror annotation : at.getAnnotationMirrors()) {
        if (isSuppressWarnings(annotation) && names(annotation, id)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isSuppressWarnings(AnnotationMirror annotation) {
    return annotation.getAnnotationType().asElement() instanceof TypeElement type
        && type.getQualifiedName().contentEquals("java.lang.SuppressWarnings");
  }

  private static boolean names(AnnotationMirror annotation, MessageId id) {
    for (var entry : annotation.getElementValues().entrySet()) {
      ExecutableElement attribute = entry.getKey();
      if (!attribute.getSimpleName().contentEquals("value")) {
        continue;
      }
      Object value = entry.getValue().getValue();
      List<?> values = value instanceof List<?> list ? list : List.of(entry.getValue());
      for (Object item : values) {
        Object token = item instanceof AnnotationValue v ? v.getValue() : item;
        if (PREFIX.equals(token) || (PREFIX + ":" + id.code()).equals(token)) {
          return true;
        }
      }
    }
    return false;
  }
}
