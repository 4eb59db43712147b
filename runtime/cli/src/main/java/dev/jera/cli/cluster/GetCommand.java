package dev.jera.cli.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jera.cli.UsageException;
import dev.jera.cluster.api.ResourceKind;
import dev.jera.cluster.status.ClusterReports;
import dev.jera.cluster.status.RunSteps;
import dev.jera.cluster.status.Step;
import dev.jera.cluster.status.WorkflowView;
import dev.jera.local.console.Durations;
import dev.jera.local.console.SummaryTable;
import dev.jera.local.console.TextTable;
import java.time.Instant;

/**
 * {@code get NAME [--output text|json]}: a Workflow on the cluster. Once it has ended, the same table as
 * a local run; while it runs, each step's phase so far. {@code json} prints the Workflow as the server
 * returned it.
 */
public final class GetCommand {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param name the Workflow's name on the cluster
   * @param output {@code text} or {@code json}
   */
  public record Options(String name, String output) {}

  private final ClusterContext context;

  public GetCommand(ClusterContext context) {
    this.context = context;
  }

  /** Prints the Workflow and returns the exit code. */
  public int run(Options options) {
    return Exits.guard(context.err(), () -> get(options));
  }

  private int get(Options options) {
    String output = options.output() == null ? "text" : options.output();
    if (!output.equals("text") && !output.equals("json")) {
      throw new UsageException("--output '" + output + "' is not one of text, json");
    }
    if (context.dryRun()) {
      context.print(context.requests().get(ResourceKind.WORKFLOW, options.name()));
      return Exits.OK;
    }
    WorkflowView view = WatchCommand.read(context, options.name());
    if (output.equals("json")) {
      context.out().println(view.json().toPrettyString());
      return Exits.OK;
    }
    if (view.finished()) {
      context.out().print(SummaryTable.of(ClusterReports.of(view)));
      return Exits.OK;
    }
    TextTable table = new TextTable("STEP", "PHASE", "ATTEMPTS", "DURATION", "MESSAGE");
    for (Step step : RunSteps.of(view)) {
      add(table, step.name(), step);
      step.items().forEach(item -> add(table, "  " + item.name(), item));
    }
    context.out().print(table);
    context.out().println(view.name() + " " + view.phase() + (view.startedAt() == null ? ""
        : " for " + Durations.between(view.startedAt(), Instant.now())) + (view.message() == null ? "" : ": " + view.message()));
    return Exits.OK;
  }

  private static void add(TextTable table, String name, Step step) {
    table.row(name, step.phase(), Integer.toString(step.attempts()),
        step.startedAt() == null ? "-" : Durations.between(step.startedAt(), step.done() ? step.finishedAt() : Instant.now()),
        step.message() == null ? "" : step.message().replace("\n", "\\n"));
  }
}
