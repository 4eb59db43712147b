package dev.jera.local.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.jera.argo.expr.DependsExpression;
import dev.jera.argo.expr.ExpressionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads an Argo manifest into the {@link WorkflowManifest} the local executor runs, refusing at once, with one
 * line naming the field, what it cannot run faithfully rather than running it differently from Argo.
 *
 * <p>It runs: one entry {@code dag} or {@code steps} template whose tasks call {@code script} or
 * {@code container} templates, of this workflow or of another by {@code templateRef}; a workflow that
 * runs a template ({@code spec.workflowTemplateRef}); {@code withItems}, {@code withParam},
 * {@code withSequence}; {@code depends}/{@code dependencies}, {@code when}; argument parameters and
 * artifacts; input artifacts from other steps, {@code http}, {@code git} and {@code raw} (other stores
 * with a local copy the user gives); output artifacts; {@code env} values, Secret and ConfigMap keys,
 * {@code envFrom}; {@code synchronization} (mutexes and semaphores, of ConfigMaps or the database, template or workflow);
 * {@code timeout}, {@code retryStrategy}, {@code parallelism}, {@code failFast}, {@code onExit} and
 * {@code hooks.exit} (the workflow's, a step's or a task's), {@code activeDeadlineSeconds}, a step's {@code continueOn}.
 *
 * <p>It refuses, because running them locally would differ from Argo: lifecycle hooks other than
 * {@code exit} (run when an expression holds), hooks calling a {@code templateRef} or with an expression;
 * {@code inline} templates, a DAG task's {@code continueOn};
 * tasks that call a {@code dag} or {@code steps} template (nested flows) or a template of another kind
 * ({@code http}, {@code data}, plugins; a {@code resource} template runs only stubbed, a
 * {@code suspend} template waits its duration or is resumed as the run is asked to), a container set's own
 * {@code retryStrategy};
 * a template's own {@code failFast}; {@code valueFrom} parameters other than a ConfigMap's key; {@code retryStrategy.expression} and
 * {@code affinity}; {@code env} from a {@code fieldRef} or {@code resourceFieldRef} (they need a cluster);
 * artifacts with {@code fromExpression}, a {@code subPath} of an artifact not passed {@code from} a step.
 *
 * <p>It ignores, because they mean nothing on one machine: {@code memoize} (a step runs again),
 * {@code nodeSelector}, {@code tolerations}, {@code affinity}, {@code priorityClassName},
 * {@code podPriorityClassName}, {@code imagePullSecrets}, {@code securityContext}, {@code resources},
 * {@code volumes}, {@code volumeMounts} (the step's log says mounts are not emulated),
 * {@code volumeClaimTemplates}, {@code ttlStrategy}, {@code podGC}, {@code artifactGC}, {@code serviceAccountName} (but
 * {@code {{workflow.serviceAccountName}}} gives it), {@code artifactRepositoryRef}, and artifacts'
 * {@code archive}; and, naming them in one note ({@link ResourceMetadata#clusterOnly}), {@code podSpecPatch},
 * pod {@code metadata} and {@code podMetadata}, {@code dnsConfig}, {@code resourceClaims}, {@code podResources},
 * {@code podDisruptionBudget}, {@code archiveLogs} and {@code archiveLocation}. It reads the annotations,
 * {@code priority} and {@code workflowMetadata.labelsFrom} a run defines variables and labels from.
 *
 * <p>It reads a pod template's {@code initContainers} and {@code sidecars} (name, command, args and
 * {@code env}), which run as processes of this machine before and beside the step, a daemon's
 * {@code readinessProbe} ({@link Daemon}), and a {@code containerSet}'s containers (name, command, args,
 * {@code env}, {@code dependencies}), which run one after the other in their pod's folder.
 */
public final class ManifestReader {
  private static final List<String> UNSUPPORTED_TASK_FIELDS = List.of("inline");
  /** Fields of a workflow's spec that only a cluster applies, named in a note when a run starts. */
  private static final List<String> CLUSTER_ONLY_SPEC_FIELDS =
      List.of("podSpecPatch", "podMetadata", "dnsConfig", "resourceClaims", "podResources", "podDisruptionBudget", "archiveLogs");
  /** The same of a template ({@code metadata}, its pod's labels and annotations, is named podMetadata). */
  private static final List<String> CLUSTER_ONLY_TEMPLATE_FIELDS =
      List.of("podSpecPatch", "metadata", "resourceClaims", "podResources", "archiveLocation");
  private static final List<String> REMOTE_STORES =
      List.of("s3", "gcs", "azure", "oss", "hdfs", "artifactory", "huggingface", "plugin");

  private final String where;

  private ManifestReader(String where) {
    this.where = where;
  }

  /**
   * Reads the YAML (or JSON) text of a manifest. A manifest whose tasks call templates of other
   * workflows, or that runs one, needs {@link TemplateReferences#resolve} before it runs.
   *
   * @param text the manifest
   * @param where how messages name it, such as {@code workflow 'diamond'}
   * @throws ManifestException if it is malformed or uses what the local executor does not run
   */
  public static WorkflowManifest read(String text, String where) {
    JsonNode root;
    try {
      root = StrictYaml.readTree(text);
    } catch (StrictYaml.Problem e) {
      throw new ManifestException(where + ": line " + e.line() + ": " + e.getMessage());
    } catch (JsonProcessingException e) {
      throw new ManifestException(where + ": not valid YAML: " + firstLine(e.getOriginalMessage()), e);
    }
    if (root == null || !root.isObject()) {
      throw new ManifestException(where + ": expected an Argo resource, got " + (root == null ? "nothing" : root.getNodeType()));
    }
    return new ManifestReader(where).manifest(root);
  }

  private WorkflowManifest manifest(JsonNode root) {
    String kind = text(root, "kind", "kind");
    JsonNode spec;
    String specPath;
    switch (kind == null ? "" : kind) {
      case "Workflow":
      case "WorkflowTemplate":
      case "ClusterWorkflowTemplate":
        spec = root.path("spec");
        specPath = "spec";
        break;
      case "CronWorkflow":
        spec = root.path("spec").path("workflowSpec");
        specPath = "spec.workflowSpec";
        break;
      default:
        throw fail("kind", "expected Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow, got " + kind);
    }
    JsonNode metadata = root.path("metadata");
    String name = checked(metadata, "name", "metadata", "resource name", n -> ManifestNames.resourceName(kind, n));
    String generateName = checked(metadata, "generateName", "metadata", "generateName", ManifestNames::generateName);
    if (name == null && generateName == null) {
      throw fail("metadata", "one of 'name' and 'generateName' is required");
    }
    Map<String, String> labels = new LinkedHashMap<>();
    metadata.path("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
    ExpressionTags.problem(spec, specPath).ifPresent(problem -> {
      throw fail(problem[0], problem[1]);
    });
    List<LifecycleHook> workflowHooks = lifecycleHooks(spec.path("hooks"), "", specPath);
    // Argo's GetExitHook: spec.onExit first, else hooks.exit, with its own arguments.
    String onExit = text(spec, "onExit", specPath + ".onExit");
    Task exitHook = onExit == null && spec.path("hooks").has("exit")
        ? hook(spec.path("hooks").get("exit"), "onExit", specPath + ".hooks.exit") : null;
    Set<String> unsupported = new HashSet<>();
    Map<String, ManifestTemplate> templates = new LinkedHashMap<>();
    int index = 0;
    for (JsonNode node : spec.path("templates")) {
      String path = "spec.templates[" + index++ + "]";
      String templateName = named(node, "name", path, "template name", ManifestNames::templateName);
      ManifestTemplate template = template(node, templateName, path);
      if (template == null) {
        unsupported.add(templateName);
      } else {
        templates.put(templateName, template);
      }
    }
    WorkflowTemplateReference templateRef = null;
    if (spec.has("workflowTemplateRef")) {
      JsonNode ref = spec.get("workflowTemplateRef");
      templateRef = new WorkflowTemplateReference(
          named(ref, "name", specPath + ".workflowTemplateRef", "resource name", ManifestNames::referencedName),
          flag(ref, "clusterScope"));
    }
    // A WorkflowTemplate may be a library of templates, with no entrypoint; others need one unless they run a template.
    boolean library = kind.endsWith("WorkflowTemplate");
    String entrypoint = templateRef == null && !library
        ? required(spec, "entrypoint", specPath) : text(spec, "entrypoint", specPath + ".entrypoint");
    Integer deadline = integer(spec, "activeDeadlineSeconds", specPath);
    WorkflowManifest manifest = new WorkflowManifest(
        kind,
        name,
        generateName,
        labels,
        entrypoint,
        exitHook != null ? exitHook.template() : onExit,
        exitHook,
        integer(spec, "parallelism", specPath),
        text(spec, "serviceAccountName", specPath + ".serviceAccountName"),
        deadline == null ? null : deadline.longValue(),
        synchronization(spec.get("synchronization"), specPath + ".synchronization"),
        templateRef,
        parameters(spec.path("arguments").path("parameters"), specPath),
        templates,
        Map.of(),
        metadata(metadata, spec, specPath),
        argumentFiles(spec.path("arguments").path("artifacts"), specPath + ".arguments.artifacts"),
        workflowHooks, MetricSpecs.of(spec));
    if (templateRef == null) {
      ManifestCheck.check(manifest, where, unsupported);
    }
    return manifest;
  }

  /** Annotations, labelsFrom and priority, and the fields of the spec and its templates only a cluster applies. */
  private ResourceMetadata metadata(JsonNode metadata, JsonNode spec, String specPath) {
    Map<String, String> annotations = new LinkedHashMap<>();
    metadata.path("annotations").properties().forEach(e -> annotations.put(e.getKey(), e.getValue().asText()));
    Map<String, String> labelsFrom = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> label : spec.path("workflowMetadata").path("labelsFrom").properties()) {
      labelsFrom.put(label.getKey(), required(label.getValue(), "expression", specPath + ".workflowMetadata.labelsFrom." + label.getKey()));
    }
    Set<String> clusterOnly = new java.util.TreeSet<>();
    for (String field : CLUSTER_ONLY_SPEC_FIELDS) {
      if (spec.has(field)) {
        clusterOnly.add(field);
      }
    }
    for (JsonNode template : spec.path("templates")) {
      for (String field : CLUSTER_ONLY_TEMPLATE_FIELDS) {
        if (template.has(field)) {
          clusterOnly.add(field.equals("metadata") ? "podMetadata" : field);
        }
      }
    }
    Integer priority = integer(spec, "priority", specPath);
    return new ResourceMetadata(annotations, labelsFrom, priority, List.copyOf(clusterOnly));
  }

  private ManifestTemplate template(JsonNode node, String name, String path) {
    if (node.has("failFast")) {
      // checkParallelism: a template's own failFast stops its children from starting after a failure.
      throw fail(path + ".failFast", "a template's 'failFast' is not run locally");
    }
    if (node.has("dag")) {
      JsonNode dag = node.get("dag");
      List<Task> tasks = new ArrayList<>();
      int index = 0;
      for (JsonNode task : dag.path("tasks")) {
        tasks.add(task(task, path + ".dag.tasks[" + index++ + "]", false));
      }
      Boolean failFast = dag.has("failFast") ? dag.get("failFast").asBoolean() : null;
      return new DagTemplate(name, tasks, integer(node, "parallelism", path), failFast == null || failFast,
          text(dag, "target", path + ".dag.target"), inputParameters(node, path), inputArtifacts(node, path),
          graphOutputs(node, path));
    }
    if (node.has("steps")) {
      List<List<Task>> groups = new ArrayList<>();
      int g = 0;
      for (JsonNode group : node.get("steps")) {
        List<Task> steps = new ArrayList<>();
        int s = 0;
        for (JsonNode step : group) {
          String stepPath = path + ".steps[" + g + "][" + s++ + "]";
          if (step.has("depends") || step.has("dependencies")) {
            throw fail(stepPath, "steps cannot have depends");
          }
          steps.add(task(step, stepPath, true));
        }
        groups.add(steps);
        g++;
      }
      return new StepsTemplate(name, groups, integer(node, "parallelism", path), inputParameters(node, path),
          inputArtifacts(node, path), graphOutputs(node, path));
    }
    if (node.has("script")) {
      return pod(node, name, path, "script");
    }
    if (node.has("container")) {
      return pod(node, name, path, "container");
    }
    if (node.has("resource")) {
      return pod(node, name, path, "resource");
    }
    if (node.has("suspend")) {
      return pod(node, name, path, "suspend");
    }
    if (node.has("containerSet")) {
      return pod(node, name, path, "containerSet");
    }
    if (node.has("http")) {
      return pod(node, name, path, "http");
    }
    if (node.has("data")) {
      return pod(node, name, path, "data");
    }
    return null;
  }

  /** A DAG task, or a step of a steps group ({@code inSteps}). */
  private Task task(JsonNode node, String path, boolean inSteps) {
    for (String field : UNSUPPORTED_TASK_FIELDS) {
      if (node.has(field)) {
        throw fail(path + "." + field, "'" + field + "' is not run locally");
      }
    }
    // A DAG's continueOn changes how its dependents' conditions and the DAG's phase are judged: not run.
    if (!inSteps && node.has("continueOn")) {
      throw fail(path + ".continueOn", "a DAG task's 'continueOn' is not run locally");
    }
    String name = named(node, "name", path, "task name", ManifestNames::templateName);
    String depends = text(node, "depends", path + ".depends");
    if (node.has("dependencies")) {
      List<String> dependencies = new ArrayList<>();
      node.get("dependencies").forEach(d -> dependencies.add(d.asText()));
      if (depends != null) {
        throw fail(path, "cannot use both 'depends' and 'dependencies'");
      }
      depends = dependencies.isEmpty() ? null : DependsExpression.and(dependencies);
    }
    if (depends != null) {
      try {
        DependsExpression.parse(depends);
      } catch (ExpressionException e) {
        throw fail(path + ".depends", e.getMessage());
      }
    }
    Map<String, String> arguments = argumentParameters(node, path);
    List<InputArtifact> artifacts = argumentArtifacts(node, path);
    List<String> items = null;
    if (node.has("withItems")) {
      items = new ArrayList<>();
      for (JsonNode item : node.get("withItems")) {
        items.add(ManifestJson.of(item));
      }
    }
    SequenceRange sequence = null;
    if (node.has("withSequence")) {
      JsonNode given = node.get("withSequence");
      String sequencePath = path + ".withSequence";
      sequence = new SequenceRange(text(given, "count", sequencePath + ".count"), text(given, "start", sequencePath + ".start"),
          text(given, "end", sequencePath + ".end"), text(given, "format", sequencePath + ".format"));
    }
    TemplateReference templateRef = null;
    String template;
    if (node.has("templateRef")) {
      JsonNode ref = node.get("templateRef");
      templateRef = new TemplateReference(
          named(ref, "name", path + ".templateRef", "resource name", ManifestNames::referencedName),
          named(ref, "template", path + ".templateRef", "template name", ManifestNames::templateName),
          flag(ref, "clusterScope"));
      template = text(node, "template", path + ".template");
      if (template != null) {
        throw fail(path, "cannot use both 'template' and 'templateRef'");
      }
    } else {
      template = required(node, "template", path);
    }
    return new Task(name, template, templateRef, depends, arguments, artifacts,
        text(node, "withParam", path + ".withParam"), items, sequence, text(node, "when", path + ".when"),
        continueOn(node.get("continueOn"), path + ".continueOn"), exitHook(node, name, path),
        inSteps ? lifecycleHooks(node.path("hooks"), name, path) : List.of());
  }

  /**
   * The hooks other than {@code exit} of the workflow ({@code owner} empty) or of a step: each needs an
   * expression, as Argo's {@code executeTmplLifeCycleHook} and {@code executeWfLifeCycleHook} require.
   */
  private List<LifecycleHook> lifecycleHooks(JsonNode hooks, String owner, String path) {
    List<LifecycleHook> found = new ArrayList<>();
    for (Map.Entry<String, JsonNode> hook : hooks.properties()) {
      if (hook.getKey().equals("exit")) {
        continue;
      }
      String hookPath = path + ".hooks." + hook.getKey();
      if (!hook.getKey().matches("[A-Za-z0-9][-A-Za-z0-9_]*")) {
        // Its node, and its folder in the run's record, are named after it.
        throw fail(hookPath, "a hook's name must be letters, digits, '-' and '_'");
      }
      String expression = text(hook.getValue(), "expression", hookPath + ".expression");
      if (expression == null || expression.isBlank()) {
        throw fail(hookPath, "Expression required for hook " + hook.getKey());
      }
      found.add(new LifecycleHook(hook.getKey(), expression,
          hookCall(hook.getValue(), (owner.isEmpty() ? "" : owner + ".") + "hooks." + hook.getKey(), hookPath)));
    }
    return found;
  }

  /**
   * A task's exit hook: its older {@code onExit} (a template called with the workflow's arguments), which Argo
   * prefers, else {@code hooks.exit}. A hook with another name runs when its expression holds, which a local run
   * does not evaluate: refused.
   */
  private Task exitHook(JsonNode node, String taskName, String path) {
    JsonNode hooks = node.path("hooks");
    for (Map.Entry<String, JsonNode> hook : hooks.properties()) {
      if (!hook.getKey().equals("exit") && !path.contains(".steps[")) {
        throw fail(path + ".hooks." + hook.getKey(),
            "a DAG task's hook other than 'exit' runs when its expression holds, which is not run locally (a step's is)");
      }
    }
    String onExit = checked(node, "onExit", path, "template name", ManifestNames::templateName);
    if (onExit != null) {
      return new Task(taskName + ".onExit", onExit, null, null, Map.of(), List.of(), null, null, null, null, null, null);
    }
    return hooks.has("exit") ? hook(hooks.get("exit"), taskName + ".onExit", path + ".hooks.exit") : null;
  }

  /** A lifecycle hook as the task {@code name} that calls its template with its arguments. */
  private Task hook(JsonNode hook, String name, String path) {
    if (hook.has("expression")) {
      throw fail(path + ".expression", "an exit hook's expression is not run locally");
    }
    return hookCall(hook, name, path);
  }

  /** A step's, task's or hook's argument parameters, by name; a value from elsewhere ({@code valueFrom}) is not run. */
  private Map<String, String> argumentParameters(JsonNode call, String path) {
    Map<String, String> arguments = new LinkedHashMap<>();
    int index = 0;
    for (JsonNode parameter : call.path("arguments").path("parameters")) {
      String parameterPath = path + ".arguments.parameters[" + index++ + "]";
      if (parameter.has("valueFrom")) {
        throw fail(parameterPath + ".valueFrom", "'valueFrom' arguments are not run locally");
      }
      arguments.put(required(parameter, "name", parameterPath), text(parameter, "value", parameterPath + ".value"));
    }
    return arguments;
  }

  /** A step's, task's or hook's argument files, in order. */
  private List<InputArtifact> argumentArtifacts(JsonNode call, String path) {
    List<InputArtifact> artifacts = new ArrayList<>();
    int index = 0;
    for (JsonNode artifact : call.path("arguments").path("artifacts")) {
      artifacts.add(artifact(artifact, path + ".arguments.artifacts[" + index++ + "]"));
    }
    return artifacts;
  }

  /** The call a hook makes: its template with its arguments, as the task {@code name}. */
  private Task hookCall(JsonNode hook, String name, String path) {
    if (hook.has("templateRef")) {
      throw fail(path + ".templateRef", "a hook that calls a template of another workflow is not run locally");
    }
    String template = named(hook, "template", path, "template name", ManifestNames::templateName);
    Map<String, String> arguments = argumentParameters(hook, path);
    List<InputArtifact> artifacts = argumentArtifacts(hook, path);
    return new Task(name, template, null, null, arguments, artifacts, null, null, null, null, null, null);
  }

  private ContinueOn continueOn(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return ContinueOn.NEVER;
    }
    if (!node.isObject()) {
      throw fail(path, "expected a mapping of 'failed' and 'error'");
    }
    node.fieldNames().forEachRemaining(field -> {
      if (!field.equals("failed") && !field.equals("error")) {
        throw fail(path + "." + field, "unknown field; continueOn has 'failed' and 'error'");
      }
    });
    return new ContinueOn(bool(node, "failed", path), bool(node, "error", path));
  }

  private boolean bool(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw fail(path + "." + field, "expected true or false, got " + value);
    }
    return value.booleanValue();
  }

  /** A graph's outputs: parameters from {@code valueFrom.parameter} or {@code .expression}, artifacts from {@code from} or {@code fromExpression}. */
  private List<GraphOutput> graphOutputs(JsonNode node, String path) {
    List<GraphOutput> outputs = new ArrayList<>();
    int index = 0;
    for (JsonNode output : node.path("outputs").path("parameters")) {
      String outputPath = path + ".outputs.parameters[" + index++ + "]";
      JsonNode from = output.path("valueFrom");
      String tag = text(from, "parameter", outputPath + ".valueFrom.parameter");
      String expression = text(from, "expression", outputPath + ".valueFrom.expression");
      if ((tag == null) == (expression == null)) {
        throw fail(outputPath + ".valueFrom", "a graph's output parameter needs valueFrom.parameter or valueFrom.expression");
      }
      outputs.add(new GraphOutput(required(output, "name", outputPath), false, tag, expression,
          text(from, "default", outputPath + ".valueFrom.default")));
    }
    index = 0;
    for (JsonNode output : node.path("outputs").path("artifacts")) {
      String outputPath = path + ".outputs.artifacts[" + index++ + "]";
      String tag = text(output, "from", outputPath + ".from");
      String expression = text(output, "fromExpression", outputPath + ".fromExpression");
      if ((tag == null) == (expression == null)) {
        throw fail(outputPath, "a graph's output artifact needs from or fromExpression");
      }
      outputs.add(new GraphOutput(required(output, "name", outputPath), true, tag, expression, null));
    }
    return outputs;
  }

  private List<InputParameter> inputParameters(JsonNode node, String path) {
    List<InputParameter> inputs = new ArrayList<>();
    int index = 0;
    for (JsonNode input : node.path("inputs").path("parameters")) {
      String inputPath = path + ".inputs.parameters[" + index++ + "]";
      ConfigMapKey configMap = configMapValue(input, inputPath);
      inputs.add(new InputParameter(
          required(input, "name", inputPath),
          text(input, "value", inputPath + ".value"),
          text(input, "default", inputPath + ".default"),
          strings(input.path("enum"), inputPath + ".enum"),
          configMap,
          configMap == null ? null : text(input.get("valueFrom"), "default", inputPath + ".valueFrom.default")));
    }
    return inputs;
  }

  private List<InputArtifact> inputArtifacts(JsonNode node, String path) {
    List<InputArtifact> inputArtifacts = new ArrayList<>();
    int index = 0;
    for (JsonNode artifact : node.path("inputs").path("artifacts")) {
      inputArtifacts.add(artifact(artifact, path + ".inputs.artifacts[" + index++ + "]"));
    }
    return inputArtifacts;
  }

  private PodTemplate pod(JsonNode node, String name, String path, String field) {
    JsonNode pod = node.get(field);
    String podPath = path + "." + field;
    List<InputParameter> inputs = inputParameters(node, path);
    List<InputArtifact> inputArtifacts = inputArtifacts(node, path);
    DataSettings data = field.equals("data") ? data(pod, podPath, inputArtifacts) : null;
    List<OutputArtifact> outputArtifacts = new ArrayList<>();
    int index = 0;
    for (JsonNode artifact : node.path("outputs").path("artifacts")) {
      String artifactPath = path + ".outputs.artifacts[" + index++ + "]";
      outputArtifacts.add(new OutputArtifact(
          named(artifact, "name", artifactPath, "artifact name", ManifestNames::artifactName),
          checked(artifact, "path", artifactPath, "artifact path", ManifestNames::artifactPath),
          flag(artifact, "optional"), destination(artifact), repositoryKey(artifact),
          text(artifact, "globalName", artifactPath + ".globalName")));
    }
    List<OutputParameter> outputParameters = new ArrayList<>();
    index = 0;
    for (JsonNode parameter : node.path("outputs").path("parameters")) {
      String parameterPath = path + ".outputs.parameters[" + index++ + "]";
      JsonNode from = parameter.path("valueFrom");
      String file = text(from, "path", parameterPath + ".valueFrom.path");
      boolean suspend = field.equals("suspend");
      if (file == null && !field.equals("resource") && !(suspend && from.has("supplied"))) {
        continue; // values given otherwise are not read from a pod's files.
      }
      String outputName = named(parameter, "name", parameterPath, "output parameter name", ManifestNames::parameterName);
      String defaultValue = text(from, "default", parameterPath + ".valueFrom.default");
      if (suspend && defaultValue == null) {
        // addRawOutputFields: a supplied value without a default of its own takes the same-named input's.
        for (InputParameter input : inputs) {
          if (input.name().equals(outputName) && input.defaultValue() != null) {
            defaultValue = input.defaultValue();
          }
        }
      }
      outputParameters.add(new OutputParameter(outputName, file, defaultValue,
          text(parameter, "globalName", parameterPath + ".globalName")));
    }
    List<String> mounts = new ArrayList<>();
    index = 0;
    for (JsonNode mount : pod.path("volumeMounts")) {
      mounts.add(required(mount, "mountPath", podPath + ".volumeMounts[" + index++ + "]"));
    }
    // A data template's source is its listing's, read with the rest of data: it runs no script.
    String source = field.equals("data") ? null : text(pod, "source", podPath + ".source");
    String timeout = text(node, "timeout", path + ".timeout");
    Integer podDeadline = integer(node, "activeDeadlineSeconds", path);
    // Argo sets the pod's activeDeadlineSeconds from the timeout when there is one (workflowpod.go).
    boolean timeoutIsDeadline = timeout == null && podDeadline != null;
    if (timeoutIsDeadline) {
      timeout = podDeadline + "s";
    }
    return new PodTemplate(
        name,
        field.equals("container"),
        text(pod, "image", podPath + ".image"),
        strings(pod.path("command"), podPath + ".command"),
        strings(pod.path("args"), podPath + ".args"),
        source == null ? "" : source,
        inputs,
        inputArtifacts,
        outputArtifacts,
        outputParameters,
        env(pod.path("env"), podPath + ".env"),
        envFrom(pod.path("envFrom"), podPath + ".envFrom"),
        mounts,
        synchronization(node.get("synchronization"), path + ".synchronization"),
        timeout,
        timeoutIsDeadline,
        retryStrategy(node.get("retryStrategy"), path + ".retryStrategy"),
        podContainers(node.path("initContainers"), path + ".initContainers"),
        podContainers(node.path("sidecars"), path + ".sidecars"),
        flag(node, "daemon") && !field.equals("resource") ? daemon(pod.get("readinessProbe"), podPath + ".readinessProbe") : null,
        field.equals("resource") ? resourceAction(pod, podPath) : null,
        field.equals("suspend") ? new SuspendSettings(text(pod, "duration", podPath + ".duration")) : null,
        field.equals("containerSet") ? members(pod, podPath) : List.of(),
        field.equals("http") ? http(pod, podPath) : null,
        data);
  }

  /**
   * A {@code data} template: its source ({@code source.artifactPaths}, an artifact with a location) joins the
   * template's input files, so that a local copy given for it is placed as any input file is.
   */
  private DataSettings data(JsonNode data, String path, List<InputArtifact> inputArtifacts) {
    JsonNode paths = data.path("source").path("artifactPaths");
    if (paths.isMissingNode()) {
      throw fail(path + ".source", "a data template's source has no artifactPaths, the only source Argo has");
    }
    InputArtifact source = artifact(paths, path + ".source.artifactPaths");
    if (inputArtifacts.stream().anyMatch(input -> input.name().equals(source.name()))) {
      throw fail(path + ".source.artifactPaths.name", "'" + source.name() + "' is also the name of an input artifact");
    }
    inputArtifacts.add(source);
    List<String> transformations = new ArrayList<>();
    int index = 0;
    for (JsonNode step : data.path("transformation")) {
      transformations.add(required(step, "expression", path + ".transformation[" + index++ + "]"));
    }
    return new DataSettings(source.name(), transformations);
  }

  /** An {@code http} template's request: a URL, and headers each with a value or a Secret's key. */
  private HttpSettings http(JsonNode http, String path) {
    List<HttpSettings.Header> headers = new ArrayList<>();
    int index = 0;
    for (JsonNode header : http.path("headers")) {
      String headerPath = path + ".headers[" + index++ + "]";
      String name = required(header, "name", headerPath);
      JsonNode ref = header.path("valueFrom").get("secretKeyRef");
      if (ref != null && !ref.isNull()) {
        String refPath = headerPath + ".valueFrom.secretKeyRef";
        headers.add(new HttpSettings.Header(name, null, required(ref, "name", refPath), required(ref, "key", refPath)));
      } else {
        String value = text(header, "value", headerPath + ".value");
        headers.add(new HttpSettings.Header(name, value == null ? "" : value, null, null));
      }
    }
    if (http.has("bodyFrom")) {
      throw fail(path + ".bodyFrom", "a body given as bytes is not sent locally; give it as 'body'");
    }
    String method = text(http, "method", path + ".method");
    String body = text(http, "body", path + ".body");
    return new HttpSettings(method == null ? "" : method, required(http, "url", path), headers,
        integer(http, "timeoutSeconds", path), text(http, "successCondition", path + ".successCondition"),
        body == null ? "" : body, flag(http, "insecureSkipVerify"));
  }

  /**
   * A daemon's readiness probe, as the local executor can run it: on this machine, so a port given by
   * name (which needs the container's ports), HTTPS and gRPC are refused.
   */
  private Daemon daemon(JsonNode probe, String path) {
    if (probe == null || probe.isNull()) {
      return new Daemon(Daemon.Probe.NONE, null, "/", 0, List.of(), Duration.ZERO, Duration.ofSeconds(1));
    }
    Integer delay = integer(probe, "initialDelaySeconds", path);
    Integer timeout = integer(probe, "timeoutSeconds", path);
    Duration initialDelay = Duration.ofSeconds(delay == null ? 0 : Math.max(0, delay));
    Duration probeTimeout = Duration.ofSeconds(timeout == null || timeout < 1 ? 1 : timeout);
    if (probe.has("httpGet")) {
      JsonNode get = probe.get("httpGet");
      String scheme = text(get, "scheme", path + ".httpGet.scheme");
      if (scheme != null && !scheme.equalsIgnoreCase("HTTP")) {
        throw fail(path + ".httpGet.scheme", "only HTTP probes run locally, not " + scheme);
      }
      String probePath = text(get, "path", path + ".httpGet.path");
      return new Daemon(Daemon.Probe.HTTP, text(get, "host", path + ".httpGet.host"),
          probePath == null || probePath.isEmpty() ? "/" : probePath, port(get, path + ".httpGet"), List.of(),
          initialDelay, probeTimeout);
    }
    if (probe.has("tcpSocket")) {
      JsonNode socket = probe.get("tcpSocket");
      return new Daemon(Daemon.Probe.TCP, text(socket, "host", path + ".tcpSocket.host"), "/",
          port(socket, path + ".tcpSocket"), List.of(), initialDelay, probeTimeout);
    }
    if (probe.has("exec")) {
      List<String> command = strings(probe.get("exec").path("command"), path + ".exec.command");
      if (command.isEmpty()) {
        throw fail(path + ".exec.command", "an exec probe needs a command");
      }
      return new Daemon(Daemon.Probe.EXEC, null, "/", 0, command, initialDelay, probeTimeout);
    }
    if (probe.has("grpc")) {
      throw fail(path + ".grpc", "gRPC readiness probes do not run locally; use httpGet, tcpSocket or exec");
    }
    return new Daemon(Daemon.Probe.NONE, null, "/", 0, List.of(), initialDelay, probeTimeout);
  }

  /** A probe's port: a number from 1 to 65535 (a named port needs the container's ports, which a local run has not). */
  private int port(JsonNode action, String path) {
    JsonNode port = action.get("port");
    if (port == null || port.isNull()) {
      throw fail(path + ".port", "a probe needs a port");
    }
    if (!port.isInt() && !port.asText().matches("[0-9]{1,5}")) {
      throw fail(path + ".port", "the port '" + port.asText() + "' is named; locally a probe needs its number");
    }
    int number = port.isInt() ? port.asInt() : Integer.parseInt(port.asText());
    if (number < 1 || number > 65535) {
      throw fail(path + ".port", "expected a port from 1 to 65535, got " + number);
    }
    return number;
  }

  /**
   * A container set's containers, as Argo's {@code ContainerSetTemplate.Validate} accepts them: at least
   * one, names unique, every dependency one of them, no cycle.
   */
  private List<SetMember> members(JsonNode set, String path) {
    if (set.has("retryStrategy")) {
      throw fail(path + ".retryStrategy", "a container set's 'retryStrategy' is not run locally");
    }
    List<SetMember> members = new ArrayList<>();
    Map<String, SetMember> byName = new LinkedHashMap<>();
    int index = 0;
    for (JsonNode container : set.path("containers")) {
      String containerPath = path + ".containers[" + index++ + "]";
      List<String> dependencies = strings(container.path("dependencies"), containerPath + ".dependencies");
      SetMember member = new SetMember(
          named(container, "name", containerPath, "container name", ManifestNames::containerName),
          text(container, "image", containerPath + ".image"),
          strings(container.path("command"), containerPath + ".command"),
          strings(container.path("args"), containerPath + ".args"),
          env(container.path("env"), containerPath + ".env"),
          dependencies);
      if (byName.put(member.name(), member) != null) {
        throw fail(containerPath + ".name", "'" + member.name() + "' is not unique");
      }
      members.add(member);
    }
    if (members.isEmpty()) {
      throw fail(path + ".containers", "must have at least one container");
    }
    for (SetMember member : members) {
      for (String dependency : member.dependencies()) {
        if (!byName.containsKey(dependency)) {
          throw fail(path + ".containers", "container '" + member.name() + "': dependency '" + dependency + "' not defined");
        }
      }
    }
    if (SetOrder.of(members) == null) {
      throw fail(path + ".containers", "their dependencies form a cycle");
    }
    return members;
  }

  /** A resource template's action and the kind of object it acts on: the manifest's, else the first flag. */
  private ResourceAction resourceAction(JsonNode resource, String path) {
    String action = required(resource, "action", path);
    String kind = null;
    String manifest = text(resource, "manifest", path + ".manifest");
    if (manifest != null) {
      java.util.regex.Matcher found = java.util.regex.Pattern.compile("(?m)^kind:\\s*(\\S+)\\s*$").matcher(manifest);
      kind = found.find() ? found.group(1) : null;
    }
    List<String> flags = strings(resource.path("flags"), path + ".flags");
    if (kind == null && !flags.isEmpty() && !flags.get(0).startsWith("-")) {
      kind = flags.get(0);
    }
    return new ResourceAction(action, kind);
  }

  /** A template's {@code initContainers} or {@code sidecars}: each a name, a command and its environment. */
  private List<PodContainer> podContainers(JsonNode list, String path) {
    List<PodContainer> containers = new ArrayList<>();
    int index = 0;
    for (JsonNode container : list) {
      String containerPath = path + "[" + index++ + "]";
      containers.add(new PodContainer(
          named(container, "name", containerPath, "container name", ManifestNames::containerName),
          text(container, "image", containerPath + ".image"),
          strings(container.path("command"), containerPath + ".command"),
          strings(container.path("args"), containerPath + ".args"),
          env(container.path("env"), containerPath + ".env")));
    }
    return containers;
  }

  private List<EnvVariable> env(JsonNode list, String path) {
    List<EnvVariable> variables = new ArrayList<>();
    int index = 0;
    for (JsonNode env : list) {
      String envPath = path + "[" + index++ + "]";
      String name = named(env, "name", envPath, "environment variable name", ManifestNames::envName);
      JsonNode from = env.get("valueFrom");
      if (from == null || from.isNull()) {
        String value = text(env, "value", envPath + ".value");
        variables.add(new EnvVariable.Plain(name, value == null ? "" : value));
      } else if (from.has("secretKeyRef")) {
        JsonNode ref = from.get("secretKeyRef");
        String refPath = envPath + ".valueFrom.secretKeyRef";
        variables.add(new EnvVariable.FromSecret(name, required(ref, "name", refPath), required(ref, "key", refPath),
            flag(ref, "optional")));
      } else if (from.has("configMapKeyRef")) {
        JsonNode ref = from.get("configMapKeyRef");
        String refPath = envPath + ".valueFrom.configMapKeyRef";
        variables.add(new EnvVariable.FromConfigMap(name,
            new ConfigMapKey(required(ref, "name", refPath), required(ref, "key", refPath)), flag(ref, "optional")));
      } else {
        throw fail(envPath + ".valueFrom", "only values and keys of Secrets and ConfigMaps are run locally"
            + " (fieldRef and resourceFieldRef need a cluster)");
      }
    }
    return variables;
  }

  private List<EnvSource> envFrom(JsonNode list, String path) {
    List<EnvSource> sources = new ArrayList<>();
    int index = 0;
    for (JsonNode from : list) {
      String fromPath = path + "[" + index++ + "]";
      String prefix = checked(from, "prefix", fromPath, "environment variable prefix",
          value -> value.isEmpty() ? Optional.empty() : ManifestNames.envName(value));
      JsonNode configMap = from.get("configMapRef");
      JsonNode secret = from.get("secretRef");
      if ((configMap == null) == (secret == null)) {
        throw fail(fromPath, "expected one of configMapRef and secretRef");
      }
      JsonNode ref = configMap != null ? configMap : secret;
      String name = required(ref, "name", fromPath + (configMap != null ? ".configMapRef" : ".secretRef"));
      sources.add(new EnvSource(prefix == null ? "" : prefix, configMap != null ? name : null,
          secret != null ? name : null, flag(ref, "optional")));
    }
    return sources;
  }

  private Synchronization synchronization(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return Synchronization.NONE;
    }
    List<String> mutexes = new ArrayList<>();
    List<String> databaseMutexes = new ArrayList<>();
    List<ConfigMapKey> semaphores = new ArrayList<>();
    List<String> databaseSemaphores = new ArrayList<>();
    List<JsonNode> mutexNodes = new ArrayList<>();
    node.path("mutexes").forEach(mutexNodes::add);
    if (node.has("mutex")) {
      mutexNodes.add(node.get("mutex"));
    }
    for (JsonNode mutex : mutexNodes) {
      String name = required(mutex, "name", path + ".mutexes");
      (flag(mutex, "database") ? databaseMutexes : mutexes).add(name);
    }
    List<JsonNode> semaphoreNodes = new ArrayList<>();
    node.path("semaphores").forEach(semaphoreNodes::add);
    if (node.has("semaphore")) {
      semaphoreNodes.add(node.get("semaphore"));
    }
    for (JsonNode semaphore : semaphoreNodes) {
      JsonNode ref = semaphore.get("configMapKeyRef");
      JsonNode database = semaphore.get("database");
      if ((ref == null) == (database == null)) {
        // Argo's controller: "invalid semaphore with both ConfigMapKeyRef and Database" / "without a ConfigMapRef or Database".
        throw fail(path + ".semaphores", "a semaphore needs exactly one of configMapKeyRef and database");
      }
      if (ref != null) {
        semaphores.add(new ConfigMapKey(required(ref, "name", path + ".semaphores.configMapKeyRef"),
            required(ref, "key", path + ".semaphores.configMapKeyRef")));
      } else {
        databaseSemaphores.add(required(database, "key", path + ".semaphores.database"));
      }
    }
    return new Synchronization(mutexes, semaphores, databaseMutexes, databaseSemaphores);
  }

  /** {@code spec.arguments.artifacts}: files the entry template's inputs of the same names are given. */
  private List<InputArtifact> argumentFiles(JsonNode artifacts, String path) {
    List<InputArtifact> files = new ArrayList<>();
    int index = 0;
    for (JsonNode artifact : artifacts) {
      files.add(artifact(artifact, path + "[" + index++ + "]"));
    }
    return files;
  }

  private InputArtifact artifact(JsonNode node, String path) {
    String name = named(node, "name", path, "artifact name", ManifestNames::artifactName);
    if (node.has("fromExpression")) {
      throw fail(path + ".fromExpression", "'fromExpression' is not run locally");
    }
    if (node.has("subPath") && !node.has("from")) {
      throw fail(path + ".subPath", "'subPath' is run locally only on an artifact passed 'from' another step");
    }
    InputArtifact.Location location = null;
    if (node.has("from")) {
      location = new InputArtifact.From(named(node, "from", path, "artifact reference", ManifestNames::artifactReference),
          checked(node, "subPath", path, "sub-path", ManifestNames::subPath));
    } else if (node.has("http")) {
      JsonNode http = node.get("http");
      String url = required(http, "url", path + ".http");
      if (http.has("auth")) {
        location = new InputArtifact.Remote("HTTP", "url " + url + " with credentials");
      } else {
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode header : http.path("headers")) {
          headers.put(required(header, "name", path + ".http.headers"), text(header, "value", path + ".http.headers.value"));
        }
        location = new InputArtifact.Http(url, headers);
      }
    } else if (node.has("git")) {
      JsonNode git = node.get("git");
      location = new InputArtifact.Git(required(git, "repo", path + ".git"), text(git, "revision", path + ".git.revision"),
          integer(git, "depth", path + ".git"));
    } else if (node.has("raw")) {
      String data = text(node.get("raw"), "data", path + ".raw.data");
      location = new InputArtifact.Raw(data == null ? "" : data);
    } else {
      for (String store : REMOTE_STORES) {
        if (node.has(store)) {
          location = new InputArtifact.Remote(storeName(store), describe(node.get(store)), repositoryKey(node));
        }
      }
    }
    return new InputArtifact(name, checked(node, "path", path, "artifact path", ManifestNames::artifactPath),
        flag(node, "optional"), location);
  }

  /**
   * {@code s3:my-file} for an artifact located by only a key (or an Azure blob): a key of the artifact
   * repository, as written; {@code null} for any other location.
   */
  private static String repositoryKey(JsonNode artifact) {
    for (String store : REMOTE_STORES) {
      JsonNode location = artifact.get(store);
      if (location == null || !location.isObject() || location.size() != 1) {
        continue;
      }
      String field = location.has("key") ? "key" : location.has("blob") ? "blob" : null;
      if (field != null && location.get(field).isTextual()) {
        return store + ":" + location.get(field).asText();
      }
    }
    return null;
  }

  /** Where an output artifact goes, when its manifest names a location: {@code S3 (bucket b, key k)}. */
  private static String destination(JsonNode artifact) {
    if (artifact.has("http")) {
      JsonNode http = artifact.get("http");
      return "HTTP (url " + http.path("url").asText() + (http.has("auth") ? " with credentials" : "") + ")";
    }
    for (String store : REMOTE_STORES) {
      if (artifact.has(store)) {
        return storeName(store) + " (" + describe(artifact.get(store)) + ")";
      }
    }
    return null;
  }

  private static String storeName(String field) {
    switch (field) {
      case "s3":
      case "gcs":
      case "oss":
      case "hdfs":
        return field.toUpperCase(Locale.ROOT);
      default:
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
  }

  /**
   * {@code bucket b, key k}: the plain fields of a store's location, credentials left out; a location
   * of only a key (or an Azure blob) is one of the artifact repository, which Argo completes.
   */
  private static String describe(JsonNode store) {
    List<String> parts = new ArrayList<>();
    for (String field : List.of("name", "bucket", "container", "key", "blob", "path", "url")) {
      if (store.hasNonNull(field) && store.get(field).isValueNode()) {
        parts.add(field + " " + store.get(field).asText());
      }
    }
    boolean keyOnly = true;
    for (java.util.Iterator<String> fields = store.fieldNames(); fields.hasNext(); ) {
      String field = fields.next();
      keyOnly &= field.equals("key") || field.equals("blob");
    }
    if (keyOnly) {
      parts.add("in the artifact repository");
    }
    return String.join(", ", parts);
  }

  private RetrySettings retryStrategy(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.has("affinity")) {
      throw fail(path + ".affinity", "'affinity' is not run locally");
    }
    JsonNode backoff = node.path("backoff");
    return new RetrySettings(
        text(node, "limit", path + ".limit"),
        text(node, "retryPolicy", path + ".retryPolicy"),
        text(backoff, "duration", path + ".backoff.duration"),
        text(backoff, "factor", path + ".backoff.factor"),
        text(backoff, "maxDuration", path + ".backoff.maxDuration"),
        text(backoff, "cap", path + ".backoff.cap"),
        text(node, "expression", path + ".expression"));
  }

  private List<WorkflowParameter> parameters(JsonNode list, String specPath) {
    List<WorkflowParameter> parameters = new ArrayList<>();
    int index = 0;
    for (JsonNode parameter : list) {
      String path = specPath + ".arguments.parameters[" + index++ + "]";
      ConfigMapKey configMap = configMapValue(parameter, path);
      parameters.add(new WorkflowParameter(
          required(parameter, "name", path),
          text(parameter, "value", path + ".value"),
          strings(parameter.path("enum"), path + ".enum"),
          text(parameter, "description", path + ".description"),
          configMap,
          configMap == null ? null : text(parameter.get("valueFrom"), "default", path + ".valueFrom.default")));
    }
    return parameters;
  }

  /**
   * The ConfigMap key a workflow argument's or an input's {@code valueFrom.configMapKeyRef} names, or
   * {@code null} without {@code valueFrom}; any other {@code valueFrom} (supplied, event) is refused.
   */
  private ConfigMapKey configMapValue(JsonNode parameter, String path) {
    JsonNode from = parameter.get("valueFrom");
    if (from == null || from.isNull()) {
      return null;
    }
    JsonNode ref = from.get("configMapKeyRef");
    if (ref == null || !from.isObject()) {
      throw fail(path + ".valueFrom", "only a ConfigMap's key (configMapKeyRef) is run locally");
    }
    Iterator<String> fields = from.fieldNames();
    while (fields.hasNext()) {
      String field = fields.next();
      if (!field.equals("configMapKeyRef") && !field.equals("default")) {
        throw fail(path + ".valueFrom." + field, "'" + field + "' is not run locally beside configMapKeyRef");
      }
    }
    return new ConfigMapKey(required(ref, "name", path + ".valueFrom.configMapKeyRef"),
        required(ref, "key", path + ".valueFrom.configMapKeyRef"));
  }

  private List<String> strings(JsonNode list, String path) {
    List<String> values = new ArrayList<>();
    if (list.isMissingNode() || list.isNull()) {
      return values;
    }
    if (!list.isArray()) {
      throw fail(path, "expected a list");
    }
    for (JsonNode value : list) {
      if (!value.isValueNode()) {
        throw fail(path, "expected a list of strings");
      }
      values.add(value.asText());
    }
    return values;
  }

  /** A required name that must follow {@code rule}: it becomes a file name or a process's argument. */
  private String named(JsonNode node, String field, String path, String what, Function<String, Optional<String>> rule) {
    String value = required(node, field, path);
    check(value, field, path, what, rule);
    return value;
  }

  /** An optional value that, when present, must follow {@code rule}. */
  private String checked(JsonNode node, String field, String path, String what, Function<String, Optional<String>> rule) {
    String value = text(node, field, path + "." + field);
    if (value != null) {
      check(value, field, path, what, rule);
    }
    return value;
  }

  private void check(String value, String field, String path, String what, Function<String, Optional<String>> rule) {
    rule.apply(value).ifPresent(problem -> {
      throw fail(path + "." + field, "not a valid " + what + ": " + problem);
    });
  }

  private String required(JsonNode node, String field, String path) {
    String value = text(node, field, path + "." + field);
    if (value == null || value.isEmpty()) {
      throw fail(path, "'" + field + "' is missing");
    }
    return value;
  }

  /** A scalar as Argo reads it (numbers and booleans as written), or null when absent. */
  private String text(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw fail(path, "expected a string, got " + value.getNodeType().toString().toLowerCase(Locale.ROOT));
    }
    return value.asText();
  }

  private boolean flag(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && (value.asBoolean() || value.asText().equals("true"));
  }

  private Integer integer(JsonNode node, String field, String path) {
    String text = text(node, field, path + "." + field);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      throw fail(path + "." + field, "expected a whole number, got " + text);
    }
  }

  private ManifestException fail(String path, String why) {
    return new ManifestException(where + ": " + path + ": " + why);
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
