package dev.jera.processor.collect;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.HookMessages;
import dev.jera.processor.diagnostic.PlacementMessages;
import dev.jera.processor.diagnostic.TemplateMessages;
import dev.jera.processor.model.LocationKind;
import dev.jera.processor.model.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Jera's annotations where they have no effect: a {@code @Script} or {@code @Template} outside a
 * {@code @Workflow} class, a parameter source on a method that is neither. Javac accepts them; Jera says so.
 */
public final class StrayAnnotations {
  /** The annotations whose place is checked. */
  private static final List<String> CHECKED = Stream.of(
      List.of(WorkflowCollector.SCRIPT, WorkflowCollector.TEMPLATE, WorkflowCollector.HOOK, WorkflowCollector.CONTAINER_SET),
      WorkflowCollector.SOURCES, WorkflowCollector.SETTINGS)
      .flatMap(List::stream).toList();

  private final Elements elements;

  public StrayAnnotations(Elements elements) {
    this.elements = elements;
  }

  /** What is out of place among the round's elements. */
  public Diagnostics check(RoundEnvironment round) {
    Map<String, List<Element>> annotated = annotated(round);
    Diagnostics diagnostics = new Diagnostics();
    misplacedScriptsAndSources(annotated, diagnostics);
    misplacedSettings(annotated, diagnostics);
    misplacedContainerSets(annotated, diagnostics);
    return diagnostics;
  }

  /**
   * The round's elements by the annotation of interest they carry, found in one walk: javac walks every
   * element of the round for each annotation asked for one at a time, dozens of walks in all.
   */
  private Map<String, List<Element>> annotated(RoundEnvironment round) {
    Map<String, TypeElement> wanted = new LinkedHashMap<>();
    for (String name : CHECKED) {
      TypeElement annotation = elements.getTypeElement(name);
      if (annotation != null) {
        wanted.put(name, annotation);
      }
    }
    Map<String, List<Element>> annotated = new HashMap<>();
    if (wanted.isEmpty()) {
      return annotated;
    }
    for (Element element : round.getElementsAnnotatedWithAny(wanted.values().toArray(new TypeElement[0]))) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
        if (wanted.containsKey(name)) {
          annotated.computeIfAbsent(name, key -> new ArrayList<>()).add(element);
        }
      }
    }
    return annotated;
  }

  private static List<Element> carrying(Map<String, List<Element>> annotated, String annotation) {
    return annotated.getOrDefault(annotation, List.of());
  }

  private void misplacedScriptsAndSources(Map<String, List<Element>> annotated, Diagnostics diagnostics) {
    TypeElement script = elements.getTypeElement(WorkflowCollector.SCRIPT);
    if (script != null) {
      for (Element method : carrying(annotated, WorkflowCollector.SCRIPT)) {
        Element type = method.getEnclosingElement();
        if (!has(type, WorkflowCollector.WORKFLOW) && !has(type, WorkflowCollector.LIBRARY) && !nestedGraph(type)
            && !has(type, WorkflowCollector.CONTAINER_SET)) {
          diagnostics.report(
              site(method, WorkflowCollector.SCRIPT),
              PlacementMessages.scriptOutsideWorkflow(method.getSimpleName().toString(), type.getSimpleName().toString()));
        }
      }
    }
    for (Element method : carrying(annotated, WorkflowCollector.TEMPLATE)) {
      Element type = method.getEnclosingElement();
      if (!has(type, WorkflowCollector.WORKFLOW)) {
        diagnostics.report(
            site(method, WorkflowCollector.TEMPLATE),
            TemplateMessages.templateOutsideWorkflow(method.getSimpleName().toString(), type.getSimpleName().toString()));
      } else if (has(method, WorkflowCollector.SCRIPT)) {
        diagnostics.report(site(method, WorkflowCollector.TEMPLATE), TemplateMessages.templateAndScript(method.getSimpleName().toString()));
      }
    }
    for (Element method : carrying(annotated, WorkflowCollector.HOOK)) {
      Element type = method.getEnclosingElement();
      String name = method.getSimpleName().toString();
      if (!has(type, WorkflowCollector.WORKFLOW)) {
        diagnostics.report(site(method, WorkflowCollector.HOOK), HookMessages.hookOutsideWorkflow(name, type.getSimpleName().toString()));
      } else if (has(method, WorkflowCollector.SCRIPT) || has(method, WorkflowCollector.TEMPLATE)) {
        diagnostics.report(site(method, WorkflowCollector.HOOK),
            HookMessages.hookOnStep(name, has(method, WorkflowCollector.SCRIPT) ? "@Script" : "@Template"));
      }
    }
    for (String source : WorkflowCollector.SOURCES) {
      TypeElement annotation = elements.getTypeElement(source);
      if (annotation == null) {
        continue;
      }
      for (Element element : carrying(annotated, source)) {
        if (propagatedFromRecordComponent(element)
            && (LocationKind.ofAnnotation(source).isPresent() || source.equals(WorkflowCollector.PARAM))) {
          continue; // a record component's location (or @Param naming it), read with the component
        }
        if (element.getKind() == ElementKind.METHOD) {
          // A file location on a method says where its returned file goes: only a script or template has one
          // (a record component's, which says where that output file goes, shows on its accessor too).
          if (!has(element, WorkflowCollector.SCRIPT) && !has(element, WorkflowCollector.TEMPLATE)
              && element.getEnclosingElement().getKind() != ElementKind.RECORD) {
            diagnostics.report(site(element, source), PlacementMessages.locationOutsideScript(
                annotation.getSimpleName().toString(), element.getSimpleName().toString()));
          }
          continue;
        }
        if (element.getKind() != ElementKind.PARAMETER) {
          continue; // @Param and @Secret on a class declare; the class is checked as a workflow.
        }
        Element method = element.getEnclosingElement();
        // A record component's file location shows on its canonical constructor's parameter too.
        boolean recordComponent = method.getKind() == ElementKind.CONSTRUCTOR
            && method.getEnclosingElement().getKind() == ElementKind.RECORD;
        if (!has(method, WorkflowCollector.SCRIPT) && !has(method, WorkflowCollector.TEMPLATE)
            && !has(method, WorkflowCollector.HOOK) && !recordComponent) {
          diagnostics.report(
              site(element, source),
              PlacementMessages.sourceOutsideScript(annotation.getSimpleName().toString(), method.getSimpleName().toString()));
        }
      }
    }
  }

  /** Annotations that configure a workflow class or a script method, and do nothing elsewhere. */
  private void misplacedSettings(Map<String, List<Element>> annotated, Diagnostics diagnostics) {
    for (String setting : WorkflowCollector.SETTINGS) {
      TypeElement annotation = elements.getTypeElement(setting);
      if (annotation == null) {
        continue;
      }
      for (Element element : carrying(annotated, setting)) {
        boolean type = element.getKind().isClass() || element.getKind().isInterface();
        if (type && !has(element, WorkflowCollector.WORKFLOW) && !has(element, WorkflowCollector.LIBRARY)
            && !nestedGraph(element) && !has(element, WorkflowCollector.CONTAINER_SET)) {
          diagnostics.report(
              site(element, setting),
              PlacementMessages.settingOutsideWorkflow(annotation.getSimpleName().toString(), element.getSimpleName().toString()));
        } else if (element.getKind() == ElementKind.METHOD && !has(element, WorkflowCollector.SCRIPT)
            && !has(element, WorkflowCollector.HOOK)
            // A record component's @Output shows on its accessor too.
            && element.getEnclosingElement().getKind() != ElementKind.RECORD
            && !(has(element, WorkflowCollector.TEMPLATE) && !setting.equals(WorkflowCollector.CALL))) {
          diagnostics.report(
              site(element, setting),
              PlacementMessages.sourceOutsideScript(annotation.getSimpleName().toString(), element.getSimpleName().toString()));
        }
      }
    }
  }

  /** A {@code @Graph} class nested (at any depth) in a {@code @Workflow} class: a graph of that workflow. */
  private static boolean nestedGraph(Element type) {
    if (!has(type, WorkflowCollector.GRAPH)) {
      return false;
    }
    for (Element outer = type.getEnclosingElement(); outer != null && (outer.getKind().isClass() || outer.getKind().isInterface());
        outer = outer.getEnclosingElement()) {
      if (has(outer, WorkflowCollector.WORKFLOW)) {
        return true;
      }
    }
    return false;
  }

  /** A {@code @ContainerSet} is a static class nested in a {@code @Workflow} class: that workflow's template. */
  private void misplacedContainerSets(Map<String, List<Element>> annotated, Diagnostics diagnostics) {
    for (Element type : carrying(annotated, WorkflowCollector.CONTAINER_SET)) {
      Element enclosing = type.getEnclosingElement();
      String why = null;
      if (!enclosing.getKind().isClass() || !has(enclosing, WorkflowCollector.WORKFLOW)) {
        why = enclosing.getKind().isClass() || enclosing.getKind().isInterface()
            ? "is nested in " + enclosing.getSimpleName() + ", which is not a @Workflow class"
            : "is not nested in a @Workflow class";
      } else if (!type.getModifiers().contains(javax.lang.model.element.Modifier.STATIC) && type.getKind() == ElementKind.CLASS) {
        why = "is an inner class (not static)";
      } else if (type.getKind() != ElementKind.CLASS) {
        why = "is not a class";
      }
      if (why != null) {
        diagnostics.report(site(type, WorkflowCollector.CONTAINER_SET),
            dev.jera.processor.diagnostic.ContainerSetMessages.outsideWorkflow(type.getSimpleName().toString(), why));
      }
    }
  }

  /**
   * Whether {@code element} is a record's accessor or a parameter of its canonical constructor, where
   * javac copies an annotation written on a record component.
   */
  private static boolean propagatedFromRecordComponent(Element element) {
    Element owner = element.getKind() == ElementKind.PARAMETER ? element.getEnclosingElement() : element;
    if (owner == null || owner.getEnclosingElement() == null || owner.getEnclosingElement().getKind() != ElementKind.RECORD) {
      return false;
    }
    if (owner.getKind() == ElementKind.CONSTRUCTOR) {
      return element.getKind() == ElementKind.PARAMETER;
    }
    return owner.getKind() == ElementKind.METHOD && ((javax.lang.model.element.ExecutableElement) owner).getParameters().isEmpty()
        && ((javax.lang.model.element.TypeElement) owner.getEnclosingElement()).getRecordComponents().stream()
            .anyMatch(component -> owner.equals(component.getAccessor()));
  }

  private static boolean has(Element element, String annotation) {
    return Annotations.find(element, annotation).isPresent();
  }

  private static Site site(Element element, String annotation) {
    return Annotations.find(element, annotation).map(mirror -> Site.of(element, mirror)).orElse(Site.of(element));
  }
}
