package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.WorkflowMessages;
import dev.jera.processor.model.Site;

/**
 * Argo's limit of templates per workflow (v4's CRD: {@code spec.templates} and {@code dag.tasks} at
 * most 200), checked on a class before anything else of it is read: a workflow far over it is refused
 * with this one error, at the cost of counting its scripts, instead of being collected and checked in
 * full (a 10,000-step class took a minute and over a gigabyte to be told so).
 */
public final class TemplateLimit {
  /** The most templates a workflow may have. */
  public static final int MAX_TEMPLATES = 200;

  private TemplateLimit() {}

  /**
   * @param workflow the class's {@code @Workflow}
   * @param templates how many templates its manifest would have: one per script, plus the entry template
   */
  public static Diagnostics check(Site workflow, int templates) {
    Diagnostics diagnostics = new Diagnostics();
    if (templates > MAX_TEMPLATES) {
      diagnostics.report(workflow, WorkflowMessages.tooMany("templates (one per script, plus one)", templates, MAX_TEMPLATES));
    }
    return diagnostics;
  }
}
