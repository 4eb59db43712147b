package dev.jera.processor.collect;

import dev.jera.processor.model.JavaType;
import dev.jera.processor.model.OutputModel;
import dev.jera.processor.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** The {@code @Output}s of a script or template: on the method itself, and on the components of the record it returns. */
final class OutputCollector {
  static final String OUTPUT = "dev.jera.Output";

  private OutputCollector() {}

  static List<OutputModel> outputs(ExecutableElement method, JavaType returns, TypeClassifier classifier, Types types)
      throws UnresolvedException {
    List<OutputModel> outputs = new ArrayList<>();
    Optional<AnnotationMirror> onMethod = Annotations.find(method, OUTPUT);
    if (onMethod.isPresent()) {
      Text name = Annotations.text(method, onMethod.get(), "value");
      outputs.add(output(method, onMethod.get(), name, returns, Optional.empty()));
    }
    TypeMirror returned = method.getReturnType();
    if (returned.getKind() != TypeKind.DECLARED) {
      return outputs;
    }
    DeclaredType declared = (DeclaredType) returned;
    Element element = declared.asElement();
    if (element.getKind() != ElementKind.RECORD) {
      return outputs;
    }
    for (RecordComponentElement component : ((TypeElement) element).getRecordComponents()) {
      Optional<AnnotationMirror> mirror = Annotations.find(component, OUTPUT);
      Element annotated = component;
      if (mirror.isEmpty() && component.getAccessor() != null) {
        // Some compilers show a component's annotation only on the accessor it propagates to.
        mirror = Annotations.find(component.getAccessor(), OUTPUT);
        annotated = component.getAccessor();
      }
      if (mirror.isEmpty()) {
        continue;
      }
      String componentName = component.getSimpleName().toString();
      // Messages go on the component's field: compilers place neither a component nor an implicit accessor.
      Element place = ElementFilter.fieldsIn(element.getEnclosedElements()).stream()
          .filter(field -> field.getSimpleName().contentEquals(componentName))
          .map(Element.class::cast)
          .findFirst()
          .orElse(annotated);
      Text given = Annotations.text(place, mirror.get(), "value");
      Text name = given.isEmpty() ? new Text(componentName, given.site()) : given;
      TypeMirror type = component.getAccessor() != null
              && types.asMemberOf(declared, component.getAccessor()) instanceof ExecutableType executable
          ? executable.getReturnType()
          : component.asType();
      outputs.add(output(place, mirror.get(), name, classifier.classify(type), Optional.of(componentName)));
    }
    return outputs;
  }

  private static OutputModel output(
      Element element, AnnotationMirror mirror, Text name, JavaType type, Optional<String> component)
      throws UnresolvedException {
    Text defaultValue = Annotations.text(element, mirror, "defaultValue");
    return new OutputModel(
        dev.jera.processor.model.Site.of(element, mirror),
        name,
        type,
        component,
        defaultValue.value().equals(dev.jera.Output.NO_DEFAULT) ? Optional.empty() : Optional.of(defaultValue),
        Annotations.optionalText(element, mirror, "global"));
  }
}
