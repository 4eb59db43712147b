package dev.jera.processor.diagnostic;

import dev.jera.processor.model.Site;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic;

/**
 * Collects what the rules find. Reports are kept until the whole workflow is checked, so one mistake
 * seen by two rules is printed once.
 */
public final class Diagnostics {

  /** One report: its kind, where, and the message in the user's words. */
  public record Report(Diagnostic.Kind kind, Site site, String message) {}

  private final Set<Report> reports = new LinkedHashSet<>();

  public void error(Site site, String message) {
    reports.add(new Report(Diagnostic.Kind.ERROR, site, message));
  }

  public void warning(Site site, String message) {
    reports.add(new Report(Diagnostic.Kind.WARNING, site, message));
  }

  public boolean hasErrors() {
    return reports.stream().anyMatch(report -> report.kind() == Diagnostic.Kind.ERROR);
  }

  public List<Report> reports() {
    return new ArrayList<>(reports);
  }
}
