package dev.jera.runtime.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.jera.runtime.argo.expr.DependsExpression;
import dev.jera.runtime.argo.expr.ExpressionException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an Argo manifest into the {@link Manifest} the local executor runs, refusing at once what it
 * cannot run faithfully (nested DAGs, {@code continueOn}, hooks, {@code withSequence}, …) rather than
 * running it differently from Argo.
 */
public final class ManifestReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final List<String> UNSUPPORTED_TASK_FIELDS =
      List.of("continueOn", "hooks", "onExit", "withSequence", "templateRef", "inline");

  private final String where;

  private ManifestReader(String where) {
    this.where = where;
  }

  /**
   * Reads the YAML (or JSON) text of a manifest.
   *
   * @param text the manifest
   * @param where how messages name it, such as {@code workflow 'diamond'}
   * @throws ManifestException if it is malformed or uses what the local executor does not run
   */
  public static Manifest read(String text, String where) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ManifestException(where + ": not valid YAML: " + firstLine(e.getOriginalMessage()), e);
    }
    if (root == null || !root.isObject()) {
      throw new ManifestException(where + ": expected an Argo resource, got " + (root == null ? "nothing" : root.getNodeType()));
    }
    return new ManifestReader(where).manifest(root, text);
  }

  private Manifest manifest(JsonNode root, String text) {
    String kind = text(root, "kind", "kind");
    JsonNode spec;
    switch (kind == null ? "" : kind) {
      case "Workflow":
      case "WorkflowTemplate":
      case "ClusterWorkflowTemplate":
        spec = root.path("spec");
        break;
      case "CronWorkflow":
        spec = root.path("spec").path("workflowSpec");
        break;
      default:
        throw fail("kind", "expected Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow, got " + kind);
    }
    JsonNode metadata = root.path("metadata");
    Map<String, String> labels = new LinkedHashMap<>();
    metadata.path("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
    if (spec.has("hooks")) {
      throw fail("spec.hooks", "workflow lifecycle hooks are not run locally; use spec.onExit");
    }
    Set<String> unsupported = new HashSet<>();
    Map<String, Template> templates = new LinkedHashMap<>();
    int index = 0;
    for (JsonNode node : spec.path("templates")) {
      String path = "spec.templates[" + index++ + "]";
      String name = required(node, "name", path);
      Template template = template(node, name, path);
      if (template == null) {
        unsupported.add(name);
      } else {
        templates.put(name, template);
      }
    }
    String entrypoint = required(spec, "entrypoint", "spec");
    String onExit = text(spec, "onExit", "spec.onExit");
    Manifest manifest = new Manifest(
        kind,
        text(metadata, "name", "metadata.name"),
        text(metadata, "generateName", "metadata.generateName"),
        labels,
        entrypoint,
        onExit,
        integer(spec, "parallelism", "spec.parallelism"),
        text(spec, "serviceAccountName", "spec.serviceAccountName"),
        parameters(spec.path("arguments").path("parameters")),
        templates,
        text);
    check(manifest, unsupported);
    return manifest;
  }

  private void check(Manifest manifest, Set<String> unsupported) {
    Template entry = manifest.entryTemplate();
    if (entry == null) {
      throw fail("spec.entrypoint", missingTemplate(manifest.entrypoint(), unsupported));
    }
    if (!(entry instanceof DagTemplate) && !(entry instanceof StepsTemplate)) {
      throw fail("spec.entrypoint", "the entrypoint '" + entry.name() + "' must be a dag or steps template");
    }
    List<Task> tasks = entry instanceof DagTemplate
        ? ((DagTemplate) entry).tasks()
        : ((StepsTemplate) entry).groups().stream().flatMap(List::stream).toList();
    Set<String> names = new HashSet<>();
    for (Task task : tasks) {
      if (!names.add(task.name())) {
        throw fail(entry.name(), "two tasks are named '" + task.name() + "'");
      }
      if (!(manifest.templates().get(task.template()) instanceof ScriptTemplate)) {
        throw fail("task '" + task.name() + "'", "calls '" + task.template() + "': "
            + (manifest.templates().containsKey(task.template())
                ? "the local executor runs tasks that call script templates"
                : missingTemplate(task.template(), unsupported)));
      }
    }
    for (Task task : tasks) {
      if (task.depends() == null) {
        continue;
      }
      for (String dependency : DependsExpression.parse(task.depends()).taskNames()) {
        if (!names.contains(dependency)) {
          throw fail("task '" + task.name() + "'", "depends on '" + dependency + "', which is not a task of '" + entry.name() + "'");
        }
      }
    }
    if (manifest.onExit() != null && !(manifest.templates().get(manifest.onExit()) instanceof ScriptTemplate)) {
      throw fail("spec.onExit", manifest.templates().containsKey(manifest.onExit())
          ? "the exit handler '" + manifest.onExit() + "' must be a script template"
          : missingTemplate(manifest.onExit(), unsupported));
    }
  }

  private static String missingTemplate(String name, Set<String> unsupported) {
    return unsupported.contains(name)
        ? "template '" + name + "' is of a kind the local executor does not run (it runs script, dag and steps templates)"
        : "there is no template '" + name + "'";
  }

  private Template template(JsonNode node, String name, String path) {
    if (node.has("dag")) {
      JsonNode dag = node.get("dag");
      if (dag.has("target")) {
        throw fail(path + ".dag.target", "dag targets are not run locally");
      }
      List<Task> tasks = new ArrayList<>();
      int index = 0;
      for (JsonNode task : dag.path("tasks")) {
        tasks.add(task(task, path + ".dag.tasks[" + index++ + "]"));
      }
      Boolean failFast = dag.has("failFast") ? dag.get("failFast").asBoolean() : null;
      return new DagTemplate(name, tasks, integer(node, "parallelism", path), failFast == null || failFast);
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
          steps.add(task(step, stepPath));
        }
        groups.add(steps);
        g++;
      }
      return new StepsTemplate(name, groups, integer(node, "parallelism", path));
    }
    if (node.has("script")) {
      return script(node, name, path);
    }
    return null;
  }

  private Task task(JsonNode node, String path) {
    for (String field : UNSUPPORTED_TASK_FIELDS) {
      if (node.has(field)) {
        throw fail(path + "." + field, "'" + field + "' is not run locally");
      }
    }
    String name = required(node, "name", path);
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
    Map<String, String> arguments = new LinkedHashMap<>();
    int index = 0;
    for (JsonNode parameter : node.path("arguments").path("parameters")) {
      String parameterPath = path + ".arguments.parameters[" + index++ + "]";
      if (parameter.has("valueFrom")) {
        throw fail(parameterPath + ".valueFrom", "'valueFrom' arguments are not run locally");
      }
      arguments.put(required(parameter, "name", parameterPath), text(parameter, "value", parameterPath + ".value"));
    }
    List<String> items = null;
    if (node.has("withItems")) {
      items = new ArrayList<>();
      for (JsonNode item : node.get("withItems")) {
        items.add(GoJson.ofNode(item));
      }
    }
    return new Task(
        name,
        required(node, "template", path),
        depends,
        arguments,
        text(node, "withParam", path + ".withParam"),
        items,
        text(node, "when", path + ".when"));
  }

  private ScriptTemplate script(JsonNode node, String name, String path) {
    JsonNode script = node.get("script");
    List<InputParameter> inputs = new ArrayList<>();
    int index = 0;
    for (JsonNode input : node.path("inputs").path("parameters")) {
      String inputPath = path + ".inputs.parameters[" + index++ + "]";
      inputs.add(new InputParameter(
          required(input, "name", inputPath),
          text(input, "value", inputPath + ".value"),
          text(input, "default", inputPath + ".default")));
    }
    List<SecretRef> secrets = new ArrayList<>();
    index = 0;
    for (JsonNode env : script.path("env")) {
      String envPath = path + ".script.env[" + index++ + "]";
      JsonNode ref = env.path("valueFrom").path("secretKeyRef");
      if (ref.isMissingNode()) {
        throw fail(envPath, "only environment variables from secretKeyRef are run locally");
      }
      secrets.add(new SecretRef(
          required(env, "name", envPath), required(ref, "name", envPath + ".valueFrom.secretKeyRef"),
          required(ref, "key", envPath + ".valueFrom.secretKeyRef")));
    }
    String source = text(script, "source", path + ".script.source");
    return new ScriptTemplate(
        name,
        inputs,
        text(node, "timeout", path + ".timeout"),
        retryStrategy(node.get("retryStrategy"), path + ".retryStrategy"),
        strings(script.path("command"), path + ".script.command"),
        strings(script.path("args"), path + ".script.args"),
        secrets,
        source == null ? "" : source);
  }

  private RetryStrategy retryStrategy(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    for (String field : List.of("expression", "affinity")) {
      if (node.has(field)) {
        throw fail(path + "." + field, "'" + field + "' is not run locally");
      }
    }
    JsonNode backoff = node.path("backoff");
    return new RetryStrategy(
        text(node, "limit", path + ".limit"),
        text(node, "retryPolicy", path + ".retryPolicy"),
        text(backoff, "duration", path + ".backoff.duration"),
        text(backoff, "factor", path + ".backoff.factor"),
        text(backoff, "maxDuration", path + ".backoff.maxDuration"),
        text(backoff, "cap", path + ".backoff.cap"));
  }

  private List<WorkflowParameter> parameters(JsonNode list) {
    List<WorkflowParameter> parameters = new ArrayList<>();
    int index = 0;
    for (JsonNode parameter : list) {
      String path = "spec.arguments.parameters[" + index++ + "]";
      if (parameter.has("valueFrom")) {
        throw fail(path + ".valueFrom", "'valueFrom' parameters are not run locally");
      }
      parameters.add(new WorkflowParameter(
          required(parameter, "name", path),
          text(parameter, "value", path + ".value"),
          strings(parameter.path("enum"), path + ".enum"),
          text(parameter, "description", path + ".description")));
    }
    return parameters;
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
      throw fail(path, "expected a string, got " + value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
    }
    return value.asText();
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
