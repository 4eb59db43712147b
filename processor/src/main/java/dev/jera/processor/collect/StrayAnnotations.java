package dev.jera.processor.collect;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.PlacementMessages;
import dev.jera.processor.diagnostic.TemplateMessages;
import dev.jera.processor.model.Site;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Jera's annotations where they have no effect: a {@code @Script} outside a {@code @Workflow}
 * class, a parameter source on a method that is not a script. Javac accepts them; Jera says so.
 */
public final class StrayAnnotations {
  private final Elements elements;

  public StrayAnnotations(Elements elements) {
    this.elements = elements;
  }

  /** What is out of place among the round's elements. */
  public Diagnostics check(RoundEnvironment round) {
    Diagnostics diagnostics = new Diagnostics();
    misplacedScriptsAndSources(round, diagnostics);
    misplacedSettings(round, diagnostics);
    return diagnostics;
  }

  private void misplacedScriptsAndSources(RoundEnvironment round, Diagnostics diagnostics) {
    TypeElement script = elements.getTypeElement(WorkflowCollector.SCRIPT);
    if (script != null) {
      for (Element method : round.getElementsAnnotatedWith(script)) {
        Element type = method.getEnclosingElement();
        if (!has(type, WorkflowCollector.WORKFLOW) && !has(type, WorkflowCollector.LIBRARY)) {
          diagnostics.report(
              site(method, WorkflowCollector.SCRIPT),
              PlacementMessages.scriptOutsideWorkflow(method.getSimpleName().toString(), type.getSimpleName().toString()));
        }
      }
    }
    TypeElement template = elements.getTypeElement(WorkflowCollector.TEMPLATE);
    if (template != null) {
      for (Element method : round.getElementsAnnotatedWith(template)) {
        Element type = method.getEnclosingElement();
        if (!has(type, WorkflowCollector.WORKFLOW)) {
          diagnostics.report(
              site(method, WorkflowCollector.TEMPLATE),
              TemplateMessages.templateOutsideWorkflow(method.getSimpleName().toString(), type.getSimpleName().toString()));
        } else if (has(method, WorkflowCollector.SCRIPT)) {
          diagnostics.report(site(method, WorkflowCollector.TEMPLATE), TemplateMessages.templateAndScript(method.getSimpleName().toString()));
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
        if (!has(method, WorkflowCollector.SCRIPT) && !has(method, WorkflowCollector.TEMPLATE)) {
          diagnostics.report(
              site(element, source),
              PlacementMessages.sourceOutsideScript(annotation.getSimpleName().toString(), method.getSimpleName().toString()));
        }
      }
    }
  }

  /** Annotations that configure a workflow class or a script method, and do nothing elsewhere. */
  private void misplacedSettings(RoundEnvironment round, Diagnostics diagnostics) {
    for (String setting : WorkflowCollector.SETTINGS) {
      TypeElement annotation = elements.getTypeElement(setting);
      if (annotation == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        boolean type = element.getKind().isClass() || element.getKind().isInterface();
        if (type && !has(element, WorkflowCollector.WORKFLOW) && !has(element, WorkflowCollector.LIBRARY)) {
          diagnostics.report(
              site(element, setting),
              PlacementMessages.settingOutsideWorkflow(annotation.getSimpleName().toString(), element.getSimpleName().toString()));
        } else if (element.getKind() == ElementKind.METHOD && !has(element, WorkflowCollector.SCRIPT)
            && !(has(element, WorkflowCollector.TEMPLATE) && !setting.equals(WorkflowCollector.CALL))) {
          diagnostics.report(
              site(element, setting),
              PlacementMessages.sourceOutsideScript(annotation.getSimpleName().toString(), element.getSimpleName().toString()));
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
