package dev.jera.cli.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jera.cluster.api.ApiRequest;
import dev.jera.cluster.status.ClusterReports;
import dev.jera.cluster.status.WorkflowView;
import dev.jera.local.console.Durations;
import dev.jera.local.console.TextTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code list [NAME] [--selector LABELS] [--limit N]}: the Workflows of the namespace, newest first:
 * those submitted from compiled workflow NAME (Jera labels what it submits), or those matching a label
 * selector, or all.
 */
public final class ClusterListCommand {
  /**
   * @param workflow a compiled workflow's name, or {@code null}
   * @param selector a label selector, or {@code null}
   * @param limit the most to show
   */
  public record Options(String workflow, String selector, int limit) {}

  private static final int PAGE = 500;

  private final ClusterContext context;

  public ClusterListCommand(ClusterContext context) {
    this.context = context;
  }

  /** Lists and returns the exit code. */
  public int run(Options options) {
    return Exits.guard(context.err(), () -> list(options));
  }

  private int list(Options options) {
    String selector = options.selector();
    if (options.workflow() != null) {
      String own = ClusterReports.WORKFLOW_LABEL + "=" + options.workflow();
      selector = selector == null ? own : selector + "," + own;
    }
    if (context.dryRun()) {
      context.print(context.requests().listWorkflows(selector, PAGE, null));
      return Exits.OK;
    }
    List<WorkflowView> workflows = new ArrayList<>();
    String next = null;
    do {
      ApiRequest request = context.requests().listWorkflows(selector, PAGE, next);
      JsonNode page = context.client().read(request, "list the workflows of namespace '" + context.config().namespace() + "'");
      page.path("items").forEach(item -> workflows.add(WorkflowView.of(item)));
      next = page.path("metadata").path("continue").asText("");
      next = next.isEmpty() ? null : next;
    } while (next != null);
    workflows.sort(Comparator.comparing((WorkflowView view) -> view.startedAt() == null ? Instant.MAX : view.startedAt())
        .reversed().thenComparing(WorkflowView::name));
    TextTable table = new TextTable("NAME", "PHASE", "STARTED", "DURATION", "MESSAGE");
    for (WorkflowView view : workflows.subList(0, Math.min(options.limit(), workflows.size()))) {
      Instant end = view.finished() ? view.finishedAt() : Instant.now();
      table.row(view.name(), view.phase(), view.startedAt() == null ? "-" : view.startedAt().toString(),
          view.startedAt() == null ? "-" : Durations.between(view.startedAt(), end),
          view.message() == null ? "" : view.message().replace("\n", "\\n"));
    }
    if (table.isEmpty()) {
      context.err().println("jera: no workflows in namespace '" + context.config().namespace() + "'"
          + (selector == null ? "" : " with labels " + selector));
      return Exits.OK;
    }
    context.out().print(table);
    return Exits.OK;
  }
}
