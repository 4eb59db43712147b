package dev.jera.processor.diagnostic;

import dev.jera.processor.model.Site;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic;

/**
 * Collects what the stages find. Reports are kept until the whole workflow is checked, so one mistake
 * seen by two rules is printed once.
 */
public final class Diagnostics {

  /** One report: where, and the message in the user's words. */
  public record Report(Site site, Message message) {
    public Diagnostic.Kind kind() {
      return message.id().kind();
    }
  }

  private final Set<Report> reports = new LinkedHashSet<>();

  /** Reports {@code message} at {@code site}, as an error or a warning as its id says. */
  public void report(Site site, Message message) {
    reports.add(new Report(site, message));
  }

  public boolean hasErrors() {
    return reports.stream().anyMatch(report -> report.kind() == Diagnostic.Kind.ERROR);
  }

  public List<Report> reports() {
    return new ArrayList<>(reports);
  }
}
