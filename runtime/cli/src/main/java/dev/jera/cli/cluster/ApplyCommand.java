package dev.jera.cli.cluster;

import dev.jera.cluster.api.ArgoException;
import dev.jera.cluster.api.Fault;
import dev.jera.cluster.api.Requests;
import dev.jera.cluster.deploy.Applier;
import dev.jera.cluster.project.ApplyOrder;
import dev.jera.cluster.project.ProjectManifest;
import dev.jera.cluster.project.ProjectManifests;
import dev.jera.cluster.project.Reference;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code apply}: creates or updates the project's WorkflowTemplates, ClusterWorkflowTemplates and
 * CronWorkflows, from their digest-pinned copies when there are some, templates that others call or run
 * first ({@link ApplyOrder}). A rerun changes nothing; each resource's line says whether it was created,
 * updated (and the first field that differed) or left as it was.
 *
 * <p>Templates they need from outside the project must already be on the cluster: each is read first,
 * and a missing one fails the resources that need it, with what to do. A resource the server refuses
 * (invalid, forbidden) fails alone, and those that need it are skipped; a fault of the server or the
 * connection stops everything.
 */
public final class ApplyCommand {
  /** No options beyond the context's. */
  public record Options() {}

  private final ClusterContext context;

  public ApplyCommand(ClusterContext context) {
    this.context = context;
  }

  /** Applies and returns the exit code. */
  public int run(Options options) {
    return Exits.guard(context.err(), this::apply);
  }

  private int apply() {
    ProjectManifests project = context.project();
    List<ProjectManifest> applied = new ArrayList<>();
    for (ProjectManifest manifest : project.all()) {
      if (manifest.kind().applied()) {
        applied.add(manifest);
      }
    }
    List<ProjectManifest> order = ApplyOrder.of(applied);
    Map<String, Reference> external = external(order);
    Requests requests = context.requests();
    if (context.dryRun()) {
      external.values().forEach(reference -> context.print(requests.get(reference.kind(), reference.name())));
      for (ProjectManifest manifest : order) {
        context.print(requests.get(manifest.kind(), manifest.name()));
        context.print(requests.create(manifest.kind(), manifest.resource()));
      }
      return Exits.OK;
    }
    Applier applier = new Applier(context.client(), requests);
    if (order.isEmpty()) {
      context.err().println("jera: nothing to apply: the project has no WorkflowTemplate, ClusterWorkflowTemplate or"
          + " CronWorkflow (Workflows are submitted: jera submit NAME)");
      return Exits.OK;
    }
    context.err().println("jera: applying " + order.size() + " to namespace '" + requests.namespace() + "' at "
        + context.config().describe() + project.pinnedFolder().map(folder -> ", digest-pinned copies from " + folder)
            .orElse(", compiled manifests (no pinned copies)"));
    Map<String, String> failed = new LinkedHashMap<>();
    for (Reference reference : external.values()) {
      String missing = missing(reference);
      if (missing != null) {
        failed.put(key(reference.kind().kind(), reference.name()), missing);
      }
    }
    Map<Applier.Outcome, Integer> counts = new EnumMap<>(Applier.Outcome.class);
    int failures = 0;
    for (ProjectManifest manifest : order) {
      String blocked = blocked(manifest, failed);
      if (blocked != null) {
        failures++;
        context.out().println("failed    " + manifest.describe() + ": " + blocked);
        failed.put(key(manifest.kind().kind(), manifest.name()), "it was not applied");
        continue;
      }
      try {
        Applier.Applied result = applier.apply(manifest);
        counts.merge(result.outcome(), 1, Integer::sum);
        context.out().println(String.format("%-9s %s%s", result.outcome().name().toLowerCase(Locale.ROOT),
            manifest.describe(), result.changed() == null ? "" : " (" + result.changed() + " differed)"));
      } catch (ArgoException e) {
        if (e.fault() != Fault.INVALID && e.fault() != Fault.FORBIDDEN && e.fault() != Fault.NOT_FOUND
            && e.fault() != Fault.CONFLICT) {
          throw e;
        }
        failures++;
        failed.put(key(manifest.kind().kind(), manifest.name()), e.getMessage());
        context.out().println("failed    " + manifest.describe() + ": " + e.getMessage());
      }
    }
    List<String> summary = new ArrayList<>();
    counts.forEach((outcome, count) -> summary.add(count + " " + outcome.name().toLowerCase(Locale.ROOT)));
    if (failures > 0) {
      summary.add(failures + " failed");
    }
    context.err().println("jera: applied " + order.size() + ": " + String.join(", ", summary));
    return failures == 0 ? Exits.OK : Exits.FAILED;
  }

  /** The templates the manifests refer to that the project does not hold, each once. */
  private static Map<String, Reference> external(List<ProjectManifest> manifests) {
    Map<String, Reference> external = new LinkedHashMap<>();
    List<String> own = new ArrayList<>();
    manifests.forEach(manifest -> own.add(key(manifest.kind().kind(), manifest.name())));
    for (ProjectManifest manifest : manifests) {
      for (Reference reference : manifest.references()) {
        String key = key(reference.kind().kind(), reference.name());
        if (!own.contains(key)) {
          external.putIfAbsent(key, reference);
        }
      }
    }
    return external;
  }

  /** Why a template from outside the project cannot be used, or {@code null} when it is on the cluster. */
  private String missing(Reference reference) {
    try {
      context.client().read(context.requests().get(reference.kind(), reference.name()), "read " + reference.describe());
      return null;
    } catch (ArgoException e) {
      if (e.fault() != Fault.NOT_FOUND) {
        throw e;
      }
      return reference.describe() + " is not on the cluster"
          + (reference.kind().namespaced() ? " in namespace '" + context.config().namespace() + "'" : "")
          + " and not in this project: apply the project that defines it first, or check ARGO_NAMESPACE";
    }
  }

  private static String blocked(ProjectManifest manifest, Map<String, String> failed) {
    for (Reference reference : manifest.references()) {
      String why = failed.get(key(reference.kind().kind(), reference.name()));
      if (why != null) {
        return reference.where() + " needs " + reference.describe() + ", but " + why;
      }
    }
    return null;
  }

  private static String key(String kind, String name) {
    return kind + "/" + name;
  }
}
