package dev.jera.cli.cluster;

import dev.jera.cli.UsageException;
import dev.jera.cluster.api.ApiRequest;
import dev.jera.cluster.api.ArgoException;
import dev.jera.cluster.api.Fault;
import dev.jera.cluster.api.Requests;
import dev.jera.cluster.project.ProjectManifest;
import dev.jera.cluster.project.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code lint [NAME]...}: every compiled manifest (or those named) through Argo Server's lint
 * endpoints, which validate it as the controller would, against what is on the cluster. Prints
 * {@code ok} or the server's error for each; exits 1 when any has one.
 */
public final class LintCommand {
  /** @param names the workflows to lint; empty for all */
  public record Options(List<String> names) {
    public Options {
      names = List.copyOf(names);
    }
  }

  private final ClusterContext context;

  public LintCommand(ClusterContext context) {
    this.context = context;
  }

  /** Lints and returns the exit code. */
  public int run(Options options) {
    return Exits.guard(context.err(), () -> lint(options));
  }

  private int lint(Options options) {
    List<ProjectManifest> manifests = selected(options.names());
    Requests requests = context.requests();
    if (context.dryRun()) {
      manifests.forEach(manifest -> context.print(requests.lint(manifest.kind(), manifest.resource())));
      return Exits.OK;
    }
    context.client();
    int failed = 0;
    for (ProjectManifest manifest : manifests) {
      ApiRequest request = requests.lint(manifest.kind(), manifest.resource());
      try {
        context.client().read(request, "lint " + manifest.describe());
        context.out().println("ok      " + manifest.describe());
      } catch (ArgoException e) {
        if (e.fault() != Fault.INVALID && e.fault() != Fault.NOT_FOUND) {
          throw e;
        }
        failed++;
        context.out().println("error   " + manifest.describe() + ": " + e.serverMessage() + hint(manifest, e));
      }
    }
    context.err().println("jera: linted " + manifests.size() + (manifests.size() == 1 ? " manifest" : " manifests")
        + " in namespace '" + requests.namespace() + "' at " + context.config().describe() + ": "
        + (failed == 0 ? "no problems" : failed + " with problems"));
    return failed == 0 ? Exits.OK : Exits.FAILED;
  }

  /** Argo lints against the cluster: a template of this project that is not applied yet is "not found". */
  private static String hint(ProjectManifest manifest, ArgoException e) {
    String message = e.serverMessage() == null ? "" : e.serverMessage();
    for (Reference reference : manifest.references()) {
      if (message.contains(reference.name()) && message.contains("not found")) {
        return " (" + reference.describe() + " must be on the cluster first: jera apply)";
      }
    }
    return "";
  }

  private List<ProjectManifest> selected(List<String> names) {
    if (names.isEmpty()) {
      List<ProjectManifest> all = context.project().all();
      if (all.isEmpty()) {
        throw new UsageException("there are no compiled workflows on the class path"
            + " (put the classes or jar built with Jera's processor on -cp)");
      }
      return all;
    }
    List<ProjectManifest> manifests = new ArrayList<>();
    for (String name : names) {
      context.workflows().find(name);
      manifests.add(context.project().find(name).orElseThrow());
    }
    return manifests;
  }
}
