package dev.jera.cli.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jera.cli.ParameterFile;
import dev.jera.cli.UsageException;
import dev.jera.cluster.api.ApiRequest;
import dev.jera.cluster.api.ArgoException;
import dev.jera.cluster.api.Fault;
import dev.jera.cluster.api.Requests;
import dev.jera.cluster.api.ResourceKind;
import dev.jera.cluster.deploy.SemanticDiff;
import dev.jera.cluster.deploy.SubmissionIds;
import dev.jera.cluster.deploy.Submitter;
import dev.jera.cluster.project.ProjectManifest;
import dev.jera.cluster.project.Reference;
import dev.jera.cluster.status.ClusterReports;
import dev.jera.cluster.status.WorkflowView;
import dev.jera.local.CompiledWorkflow;
import dev.jera.local.values.ParameterValues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code submit NAME [-p name=value]... [-f params.yaml] [--watch]}: runs a compiled workflow on the
 * cluster. A Workflow manifest is created as it is (its digest-pinned copy when there is one); a
 * WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow is run through the submit endpoint, from
 * the copy {@code apply} put on the cluster.
 *
 * <p>Parameters are checked first exactly as {@code jera run} checks them (names, Java types, allowed
 * values): a mistake exits 2 before any request. The templates it needs are read next, so a missing
 * one is named with what to do. The Workflow's name and a submission label are drawn beforehand, so
 * retries never create two ({@link Submitter}).
 */
public final class SubmitCommand {
  /**
   * @param name the compiled workflow's name
   * @param parameters {@code name=value} each, as {@code -p} gives them
   * @param parameterFile a YAML or JSON map of parameters ({@code -f}), or {@code null}; {@code -p} wins
   * @param watch whether to follow the Workflow until it ends
   */
  public record Options(String name, List<String> parameters, Path parameterFile, boolean watch) {
    public Options {
      parameters = List.copyOf(parameters);
    }
  }

  private final ClusterContext context;

  public SubmitCommand(ClusterContext context) {
    this.context = context;
  }

  /** Submits and returns the exit code; with {@code watch}, the workflow's. */
  public int run(Options options) {
    return Exits.guard(context.err(), () -> submit(options));
  }

  private int submit(Options options) {
    String name = options.name();
    context.workflows().find(name);
    Map<String, ParameterValues.Given> given = given(options);
    CompiledWorkflow compiled = context.workflows().open(name);
    ParameterValues.check(name, compiled.manifest(), compiled.runner(), given);
    ProjectManifest manifest = context.project().find(name).orElseThrow();

    Requests requests = context.requests();
    String id = context.ids().id();
    String labels = ClusterReports.WORKFLOW_LABEL + "=" + name + "," + SubmissionIds.LABEL + "=" + id;
    List<Reference> needed = new ArrayList<>();
    String workflowName;
    ApiRequest request;
    if (manifest.kind() == ResourceKind.WORKFLOW) {
      needed.addAll(manifest.references());
      ObjectNode workflow = manifest.copy();
      workflowName = name(workflow);
      label(workflow, workflowName, name, id);
      setParameters(workflow, given);
      request = requests.create(ResourceKind.WORKFLOW, workflow);
    } else {
      needed.add(new Reference(manifest.kind(), manifest.resource().path("metadata").path("name").asText(name), "it"));
      workflowName = context.ids().name(name + "-");
      List<String> parameters = new ArrayList<>();
      given.forEach((parameter, value) -> parameters.add(parameter + "=" + value.value()));
      request = requests.submit(manifest.kind(), needed.get(0).name(), workflowName, labels, parameters);
    }
    if (context.dryRun()) {
      needed.forEach(reference -> context.print(requests.get(reference.kind(), reference.name())));
      context.print(request);
      if (options.watch()) {
        context.print(requests.watchWorkflow(workflowName, null));
      }
      return Exits.OK;
    }
    for (Reference reference : needed) {
      check(reference, manifest);
    }
    JsonNode created = new Submitter(context.client(), requests)
        .create(request, workflowName, id, "submit workflow '" + name + "' as '" + workflowName + "'");
    WorkflowView view = WorkflowView.of(created);
    context.out().println("submitted " + view.name() + " in namespace '" + requests.namespace() + "'"
        + (manifest.kind() == ResourceKind.WORKFLOW ? "" : " (from " + manifest.describe() + ")"));
    context.out().flush();
    return options.watch() ? new WatchCommand(context).follow(view) : Exits.OK;
  }

  /** The parameters given: the file's, then {@code -p}'s over them, each saying where it came from. */
  private static Map<String, ParameterValues.Given> given(Options options) {
    Map<String, ParameterValues.Given> given = new LinkedHashMap<>();
    if (options.parameterFile() != null) {
      ParameterFile.read(options.parameterFile()).forEach((key, value) ->
          given.put(key, new ParameterValues.Given(value, "-f " + options.parameterFile())));
    }
    for (String parameter : options.parameters()) {
      int equals = parameter.indexOf('=');
      if (equals <= 0) {
        throw new UsageException("-p '" + parameter + "': expected NAME=VALUE");
      }
      given.put(parameter.substring(0, equals), new ParameterValues.Given(parameter.substring(equals + 1), "-p " + parameter));
    }
    return given;
  }

  /** The template {@code reference} names must be on the cluster; one that differs from this build is noted. */
  private void check(Reference reference, ProjectManifest manifest) {
    JsonNode live;
    try {
      live = context.client().read(context.requests().get(reference.kind(), reference.name()),
          "read " + reference.describe());
    } catch (ArgoException e) {
      if (e.fault() != Fault.NOT_FOUND) {
        throw e;
      }
      String who = reference.where().equals("it") ? "" : " (" + reference.where() + " of " + manifest.describe() + " needs it)";
      throw new ArgoException(Fault.NOT_FOUND, e.status(), e.serverMessage(), reference.describe() + " is not on the"
          + " cluster" + (reference.kind().namespaced() ? " in namespace '" + context.config().namespace() + "'" : "")
          + who + "; apply it first (jera apply), or check ARGO_NAMESPACE", e);
    }
    Optional<ProjectManifest> ours = context.project().find(reference.name())
        .filter(found -> found.kind() == reference.kind());
    if (ours.isPresent()) {
      SemanticDiff.difference(ours.get().resource(), live).ifPresent(path -> context.notice("the cluster's "
          + reference.describe() + " differs from this build (at " + path + "); jera apply deploys this build"));
    }
  }

  /** The Workflow's name: its {@code generateName} with a drawn suffix, or its fixed name. */
  private String name(ObjectNode workflow) {
    JsonNode metadata = workflow.path("metadata");
    String generate = metadata.path("generateName").asText("");
    return generate.isEmpty() ? metadata.path("name").asText() : context.ids().name(generate);
  }

  private static void label(ObjectNode workflow, String workflowName, String compiled, String id) {
    ObjectNode metadata = workflow.withObjectProperty("metadata");
    metadata.remove("generateName");
    metadata.put("name", workflowName);
    ObjectNode labels = metadata.withObjectProperty("labels");
    labels.put(ClusterReports.WORKFLOW_LABEL, compiled);
    labels.put(SubmissionIds.LABEL, id);
  }

  /** Sets the given values in {@code spec.arguments.parameters}, adding those only the run template declares. */
  private static void setParameters(ObjectNode workflow, Map<String, ParameterValues.Given> given) {
    if (given.isEmpty()) {
      return;
    }
    ArrayNode parameters = workflow.withObjectProperty("spec").withObjectProperty("arguments").withArrayProperty("parameters");
    Map<String, ParameterValues.Given> left = new LinkedHashMap<>(given);
    for (JsonNode parameter : parameters) {
      ParameterValues.Given value = left.remove(parameter.path("name").asText());
      if (value != null) {
        ((ObjectNode) parameter).put("value", value.value());
      }
    }
    left.forEach((name, value) -> parameters.addObject().put("name", name).put("value", value.value()));
  }
}
