package dev.jera.processor;

import dev.jera.processor.collect.SourceTrees;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.Message;
import dev.jera.processor.model.Site;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints reports through the compiler, each on its element and, where known, its annotation attribute,
 * led by its id ({@code [Jera/UnknownScript]}); a warning the element suppresses ({@link Suppressions}) is not printed.
 */
final class Reporter {
  private final Messager messager;
  private final SourceTrees trees;

  Reporter(Messager messager, SourceTrees trees) {
    this.messager = messager;
    this.trees = trees;
  }

  void print(Diagnostics diagnostics) {
    for (Diagnostics.Report report : diagnostics.reports()) {
      print(report.site(), report.message());
    }
  }

  void print(Site site, Message message) {
    if (Suppressions.suppressed(site.element(), message.id())) {
      return;
    }
    Diagnostic.Kind kind = message.id().kind();
    String text = message.formatted();
    var located = trees.locate(site);
    if (located.isPresent()) {
      trees.print(kind, text, located.get());
    } else if (site.annotation().isPresent() && site.value().isPresent()) {
      messager.printMessage(kind, text, site.element(), site.annotation().get(), site.value().get());
    } else if (site.annotation().isPresent()) {
      messager.printMessage(kind, text, site.element(), site.annotation().get());
    } else {
      messager.printMessage(kind, text, site.element());
    }
  }

  /** A message about the compilation as a whole (its options), or about elements together. */
  void print(Message message, Element... elements) {
    if (elements.length == 1 && Suppressions.suppressed(elements[0], message.id())) {
      return;
    }
    if (elements.length == 1) {
      messager.printMessage(message.id().kind(), message.formatted(), elements[0]);
    } else {
      messager.printMessage(message.id().kind(), message.formatted());
    }
  }
}
