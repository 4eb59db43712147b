package dev.jera.processor;

import dev.jera.processor.collect.Annotations;
import dev.jera.processor.collect.WorkflowCollector;
import dev.jera.processor.model.Site;
import dev.jera.processor.validate.Messages;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Jera's annotations where they have no effect: a {@code @Script} outside a {@code @Workflow}
 * class, a parameter source on a method that is not a script. Javac accepts them; Jera says so.
 */
final class StrayAnnotations {
  private final Elements elements;
  private final Reporter reporter;

  StrayAnnotations(Elements elements, Reporter reporter) {
    this.elements = elements;
    this.reporter = reporter;
  }

  void check(RoundEnvironment round) {
    TypeElement script = elements.getTypeElement(WorkflowCollector.SCRIPT);
    if (script != null) {
      for (Element method : round.getElementsAnnotatedWith(script)) {
        Element type = method.getEnclosingElement();
        if (!has(type, WorkflowCollector.WORKFLOW) && !has(type, WorkflowCollector.LIBRARY)) {
          reporter.error(
              site(method, WorkflowCollector.SCRIPT),
              Messages.scriptOutsideWorkflow(method.getSimpleName().toString(), type.getSimpleName().toString()));
        }
      }
    }
    for (String source : WorkflowCollector.SOURCES) {
      TypeElement annotation = elements.getTypeElement(source);
      if (annotation == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element.getKind() != ElementKind.PARAMETER) {
          continue; // @Param and @Secret on a class declare; the class is checked as a workflow.
        }
        Element method = element.getEnclosingElement();
        if (!has(method, WorkflowCollector.SCRIPT)) {
          reporter.error(
              site(element, source),
              Messages.sourceOutsideScript(annotation.getSimpleName().toString(), method.getSimpleName().toString()));
        }
      }
    }
  }

  /** Annotations that configure a workflow class or a script method, and do nothing elsewhere. */
  void checkSettings(RoundEnvironment round) {
    for (String setting : WorkflowCollector.SETTINGS) {
      TypeElement annotation = elements.getTypeElement(setting);
      if (annotation == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        boolean type = element.getKind().isClass() || element.getKind().isInterface();
        if (type && !has(element, WorkflowCollector.WORKFLOW) && !has(element, WorkflowCollector.LIBRARY)) {
          reporter.error(
              site(element, setting),
              Messages.settingOutsideWorkflow(annotation.getSimpleName().toString(), element.getSimpleName().toString()));
        } else if (element.getKind() == ElementKind.METHOD && !has(element, WorkflowCollector.SCRIPT)) {
          reporter.error(
              site(element, setting),
              Messages.sourceOutsideScript(annotation.getSimpleName().toString(), element.getSimpleName().toString()));
        }
      }
    }
  }

  private static boolean has(Element element, String annotation) {
    return Annotations.find(element, annotation).isPresent();
  }

  private static Site site(Element element, String annotation) {
    return Annotations.find(element, annotation).map(mirror -> Site.of(element, mirror)).orElse(Site.of(element));
  }
}
