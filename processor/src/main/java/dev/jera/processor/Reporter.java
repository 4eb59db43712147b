package dev.jera.processor;

import dev.jera.processor.collect.SourceTrees;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.model.Site;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/** Prints reports through javac, each on its element and, where known, its annotation attribute. */
final class Reporter {
  private final Messager messager;
  private final SourceTrees trees;

  Reporter(Messager messager, SourceTrees trees) {
    this.messager = messager;
    this.trees = trees;
  }

  void print(Diagnostics diagnostics) {
    for (Diagnostics.Report report : diagnostics.reports()) {
      print(report.kind(), report.site(), report.message());
    }
  }

  void error(Site site, String message) {
    print(Diagnostic.Kind.ERROR, site, message);
  }

  private void print(Diagnostic.Kind kind, Site site, String message) {
    var located = trees.locate(site);
    if (located.isPresent()) {
      trees.print(kind, message, located.get());
    } else if (site.annotation().isPresent() && site.value().isPresent()) {
      messager.printMessage(kind, message, site.element(), site.annotation().get(), site.value().get());
    } else if (site.annotation().isPresent()) {
      messager.printMessage(kind, message, site.element(), site.annotation().get());
    } else {
      messager.printMessage(kind, message, site.element());
    }
  }
}
