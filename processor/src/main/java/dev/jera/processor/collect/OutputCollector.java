package dev.jera.processor.collect;

import dev.jera.processor.model.ArchiveModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.LocationKind;
import dev.jera.processor.model.JavaType;
import dev.jera.processor.model.LocationKind;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.JsonShape;
import dev.jera.processor.model.OutputModel;
import dev.jera.processor.model.Site;
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
  static final String OUTPUTS = "dev.jera.Outputs";

  private OutputCollector() {}

  static List<OutputModel> outputs(ExecutableElement method, JavaType returns, TypeClassifier classifier, Types types)
      throws UnresolvedException {
    List<OutputModel> outputs = new ArrayList<>();
    // Repeated, javac wraps them in @Outputs: OutputRule reports a method that exports its value twice.
    for (Annotations.Found onMethod : Annotations.findRepeated(method, OUTPUT, OUTPUTS)) {
      Text name = Annotations.text(method, onMethod, "value");
      outputs.add(output(method, onMethod.mirror(), name, returns, Optional.empty(), Optional.empty()));
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
      Element annotated = component;
      Optional<AnnotationMirror> mirror = Annotations.find(component, OUTPUT);
      if (mirror.isEmpty() && component.getAccessor() != null) {
        // Some compilers show a component's annotation only on the accessor it propagates to.
        annotated = component.getAccessor();
        mirror = Annotations.find(annotated, OUTPUT);
      }
      if (mirror.isEmpty()) {
        continue;
      }
      String componentName = component.getSimpleName().toString();
      // Neither javac nor ecj places a record component or its annotations (javac's tree of the component
      // keeps none), nor ecj a record: messages go on the method that returns the record.
      Site place = Site.of(method);
      Text given = Annotations.text(annotated, mirror.get(), "value");
      Text name = new Text(given.isEmpty() ? componentName : given.value(), place);
      TypeMirror type = component.getAccessor() != null
              && types.asMemberOf(declared, component.getAccessor()) instanceof ExecutableType executable
          ? executable.getReturnType()
          : component.asType();
      OutputModel output = output(annotated, mirror.get(), name, classifier.classify(type), Optional.of(componentName),
          WorkflowCollector.archive(annotated, annotated)
              .map(found -> new ArchiveModel(place, found.format(), found.compressionLevel(), place)));
      outputs.add(new OutputModel(place, output.name(), output.type(), output.component(),
          output.defaultValue().map(text -> new Text(text.value(), place)),
          output.global().map(text -> new Text(text.value(), place)), output.archive(),
          output.jsonPath().map(text -> new Text(text.value(), place)),
          output.jqFilter().map(text -> new Text(text.value(), place)),
          output.gc().map(text -> new Text(text.value(), place)),
          componentLocations(component, place)));
    }
    return outputs;
  }

  /**
   * The type a method returns as its result: a record whose {@code Path} components are all outputs is no
   * result at all (the type cannot travel as JSON, its outputs can); any other type is itself.
   */
  static JavaType result(JavaType returns, List<OutputModel> outputs, ExecutableElement method, TypeClassifier classifier,
      Types types) {
    if (!(returns.shape() instanceof JsonShape.Unsupported)
        || method.getReturnType().getKind() != TypeKind.DECLARED) {
      return returns;
    }
    DeclaredType declared = (DeclaredType) method.getReturnType();
    if (declared.asElement().getKind() != ElementKind.RECORD) {
      return returns;
    }
    boolean files = false;
    for (RecordComponentElement component : ((TypeElement) declared.asElement()).getRecordComponents()) {
      JavaType type = classifier.classify(component.asType());
      if (type.shape() instanceof JsonShape.Artifact) {
        String name = component.getSimpleName().toString();
        if (outputs.stream().noneMatch(output -> output.component().filter(name::equals).isPresent())) {
          return returns; // JsonTravelRule says a file cannot be part of a record
        }
        files = true;
      } else if (type.shape() instanceof JsonShape.Unsupported) {
        return returns;
      }
    }
    return files ? returns.asOutputsOnly() : returns;
  }

  private static OutputModel output(
      Element element, AnnotationMirror mirror, Text name, JavaType type, Optional<String> component,
      Optional<ArchiveModel> archive)
      throws UnresolvedException {
    Text defaultValue = Annotations.text(element, mirror, "defaultValue");
    return new OutputModel(
        Site.of(element, mirror),
        name,
        type,
        component,
        defaultValue.value().equals(dev.jera.Output.NO_DEFAULT) ? Optional.empty() : Optional.of(defaultValue),
        Annotations.optionalText(element, mirror, "global"),
        archive,
        Annotations.optionalText(element, mirror, "jsonPath"),
        Annotations.optionalText(element, mirror, "jqFilter"),
        WorkflowSettingsCollector.artifactGC(element, mirror, "gc"),
        List.of());
  }

  /**
   * The location annotations of a record component (on it, or on the accessor they propagate to), placed on
   * the method returning the record as the component's other messages are.
   */
  private static List<InputSource.External> componentLocations(RecordComponentElement component, Site place)
      throws UnresolvedException {
    // A location annotation targets methods and parameters, not record components: it shows on the accessor.
    Element annotated = component.getAccessor() != null ? component.getAccessor() : component;
    List<InputSource.External> locations = new ArrayList<>();
    for (AnnotationMirror mirror : annotated.getAnnotationMirrors()) {
      Optional<LocationKind> kind = LocationKind.ofAnnotation(Annotations.nameOf(mirror));
      if (kind.isPresent()) {
        InputSource.External found = WorkflowCollector.external(annotated, mirror, kind.get());
        locations.add(new InputSource.External(place, found.store(), found.attributes(), found.secrets(), found.lists(),
            found.flags(), found.depth()));
      }
    }
    return locations;
  }
}
