package dev.jera.cli.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jera.cluster.api.ArgoException;
import dev.jera.cluster.api.Fault;
import dev.jera.cluster.api.ResourceKind;
import dev.jera.cluster.status.ClusterReports;
import dev.jera.cluster.status.Progress;
import dev.jera.cluster.status.WorkflowView;
import dev.jera.cluster.status.WorkflowWatch;
import dev.jera.local.Phase;
import dev.jera.local.RunReport;
import dev.jera.local.console.LineProgress;
import dev.jera.local.console.SummaryTable;

/**
 * {@code watch NAME}: follows a Workflow on the cluster until it ends, printing each step as it starts
 * and ends (stderr) and then the same table as a local run (stdout); exits 0 when it Succeeded, 1 when
 * it Failed or ended in Error.
 */
public final class WatchCommand {
  /** @param name the Workflow's name on the cluster, such as {@code diamond-x7k2p} */
  public record Options(String name) {}

  private final ClusterContext context;

  public WatchCommand(ClusterContext context) {
    this.context = context;
  }

  /** Watches and returns the exit code. */
  public int run(Options options) {
    return Exits.guard(context.err(), () -> {
      if (context.dryRun()) {
        context.print(context.requests().get(ResourceKind.WORKFLOW, options.name()));
        context.print(context.requests().watchWorkflow(options.name(), null));
        return Exits.OK;
      }
      return follow(read(context, options.name()));
    });
  }

  /** Follows {@code start} to its end, printing progress and the table; the exit code by its phase. */
  int follow(WorkflowView start) {
    context.notice("watching " + start.name() + " (" + start.phase() + ") in namespace '"
        + context.config().namespace() + "' at " + context.config().describe());
    LineProgress lines = new LineProgress(context.err());
    Progress progress = new Progress(lines);
    progress.update(start);
    WorkflowWatch watch = new WorkflowWatch(context.client(), context.requests(), context.quiet(), context::notice);
    WorkflowView end = watch.follow(start, progress::update);
    RunReport report = ClusterReports.of(end);
    lines.runFinished(report);
    context.out().print(SummaryTable.of(report));
    context.out().flush();
    return report.phase() == Phase.SUCCEEDED ? Exits.OK : Exits.FAILED;
  }

  /** Workflow {@code name}, read; a missing one is reported with what to check. */
  static WorkflowView read(ClusterContext context, String name) {
    try {
      JsonNode workflow = context.client().read(context.requests().get(ResourceKind.WORKFLOW, name),
          "read workflow '" + name + "'");
      return WorkflowView.of(workflow);
    } catch (ArgoException e) {
      if (e.fault() != Fault.NOT_FOUND) {
        throw e;
      }
      throw new ArgoException(Fault.NOT_FOUND, e.status(), e.serverMessage(), "there is no workflow '" + name
          + "' in namespace '" + context.config().namespace() + "'; check the name (jera list --cluster) and ARGO_NAMESPACE", e);
    }
  }
}
