package dev.jera.local.values;

import dev.jera.argo.KubeNames;
import dev.jera.argo.expr.DottedScope;
import dev.jera.argo.expr.Expression;
import dev.jera.argo.expr.ExpressionException;
import dev.jera.argo.go.GoJson;
import dev.jera.local.Phase;
import dev.jera.local.manifest.WorkflowManifest;
import dev.jera.local.manifest.WorkflowParameter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code workflow.*} variables of one run, with local values where Argo's come from the cluster:
 * namespace {@code default}, a random uid, the manifest's labels and annotations (with the one Argo's controller
 * adds), the labels {@code labelsFrom} computes, {@code workflow.scheduledTime} and {@code workflow.priority}
 * when the manifest gives them.
 * Which names exist is {@link dev.jera.argo.variables.WorkflowGlobals}' list. {@code workflow.status} reads
 * {@code Running} until the main flow ends; {@code workflow.failures} exists for the exit handler only.
 */
public final class GlobalVariables {
  /**
   * {@code workflow.creationTimestamp.<letter>}: Argo's {@code util/strftime.FormatChars}, each Go layout as
   * Java writes it, in UTC (the creation time has whole seconds, so {@code L} is {@code .000}).
   */
  private static final Map<Character, DateTimeFormatter> STRFTIME = strftime();

  /** The run's global outputs, read as they are set. */
  private volatile Map<String, String> outputs = Map.of();

  private static final String POD_NAME_FORMAT = "workflows.argoproj.io/pod-name-format";
  private static final String SCHEDULED_TIME = "workflows.argoproj.io/scheduled-time";

  private final Map<String, String> fixed = new LinkedHashMap<>();
  private final Map<String, String> labels = new LinkedHashMap<>();
  private String metadataError;
  private final Instant created;
  private String status = "Running";
  private String failures;

  public GlobalVariables(WorkflowManifest manifest, String workflowName, Map<String, String> parameters, Instant created, String uid) {
    this.created = created;
    fixed.put("workflow.name", workflowName);
    fixed.put("workflow.namespace", "default");
    fixed.put("workflow.uid", uid);
    fixed.put("workflow.serviceAccountName", manifest.serviceAccountName() == null ? "" : manifest.serviceAccountName());
    fixed.put("workflow.mainEntrypoint", manifest.entrypoint());
    Instant seconds = created.truncatedTo(ChronoUnit.SECONDS);
    fixed.put("workflow.creationTimestamp", seconds.toString());
    fixed.put("workflow.creationTimestamp.RFC3339", seconds.toString());
    fixed.put("workflow.creationTimestamp.s", Long.toString(seconds.getEpochSecond()));
    STRFTIME.forEach((letter, layout) -> fixed.put("workflow.creationTimestamp." + letter, layout.format(seconds)));
    String parametersJson = parametersJson(manifest, parameters);
    fixed.put("workflow.parameters", parametersJson);
    fixed.put("workflow.parameters.json", parametersJson);
    parameters.forEach((name, value) -> fixed.put("workflow.parameters." + name, value));
    Map<String, String> labels = new LinkedHashMap<>();
    manifest.labels().forEach((key, value) -> {
      labels.put(key, GoJson.quote(value));
      fixed.put("workflow.labels." + key, value);
    });
    String labelsJson = GoJson.sortedObject(labels);
    fixed.put("workflow.labels", labelsJson);
    fixed.put("workflow.labels.json", labelsJson);
    // The manifest's annotations, and the one the controller adds to every workflow it runs.
    Map<String, String> annotations = new LinkedHashMap<>(manifest.metadata().annotations());
    annotations.putIfAbsent(POD_NAME_FORMAT, "v2");
    Map<String, String> quoted = new LinkedHashMap<>();
    annotations.forEach((key, value) -> {
      quoted.put(key, GoJson.quote(value));
      fixed.put("workflow.annotations." + key, value);
    });
    String annotationsJson = GoJson.sortedObject(quoted);
    fixed.put("workflow.annotations", annotationsJson);
    fixed.put("workflow.annotations.json", annotationsJson);
    // setGlobalParameters: the scheduled time from the annotation a CronWorkflow (or the user) sets.
    if (annotations.containsKey(SCHEDULED_TIME)) {
      fixed.put("workflow.scheduledTime", annotations.get(SCHEDULED_TIME));
    }
    if (manifest.metadata().priority() != null) {
      fixed.put("workflow.priority", Integer.toString(manifest.metadata().priority()));
    }
    this.labels.putAll(manifest.labels());
    labelsFrom(manifest.metadata().labelsFrom());
  }

  /**
   * Evaluates {@code labelsFrom} over the variables so far, as the controller does before the first
   * step ({@code operator.go:updateWorkflowMetadata}): each value must be a string Kubernetes takes as a
   * label's value, else the workflow ends in Error before any node exists, with Argo's message.
   */
  private void labelsFrom(Map<String, String> expressions) {
    for (Map.Entry<String, String> entry : expressions.entrySet()) {
      String key = entry.getKey();
      String expression = entry.getValue();
      Object value;
      try {
        value = Expression.parse(expression).evaluate(DottedScope.of(fixed::get));
      } catch (ExpressionException e) {
        metadataError = "failed to evaluate label \"" + key + "\" expression \"" + expression + "\": " + e.reason();
        return;
      }
      if (!(value instanceof String label)) {
        // expr-lang reads a missing map key as nil; Argo's wording (%T of the value), its typo included.
        metadataError = "failed to evaluate label \"" + key + "\" expression \"" + expression
            + "\" evaluted to " + Expression.goType(value) + " but must be a string";
        return;
      }
      Optional<String> problem = KubeNames.labelValue(label);
      if (problem.isPresent()) {
        metadataError = "invalid label value \"" + label + "\" for label \"" + key + "\" and expression \""
            + expression + "\": " + problem.get();
        return;
      }
      labels.put(key, label);
      fixed.put("workflow.labels." + key, label);
    }
  }

  /** Why Argo's controller would end the workflow in Error before its first node (a labelsFrom it cannot set), or {@code null}. */
  public String metadataError() {
    return metadataError;
  }

  /** The workflow's labels once it started: the manifest's, then those {@code labelsFrom} computed. */
  public Map<String, String> labels() {
    return Collections.unmodifiableMap(labels);
  }


  /** The variables, {@code workflow.duration} and {@code workflow.status} computed when asked. */
  public Variables variables() {
    return Variables.empty().with(this::find);
  }

  /** Where the run keeps its global outputs ({@code workflow.outputs.…}), which later tags read as they are set. */
  public void readOutputsFrom(Map<String, String> outputs) {
    this.outputs = outputs;
  }

  /** Called when the main flow has ended, before the exit handler runs. */
  public void mainFlowEnded(Phase phase, String failuresJson) {
    status = phase.argoName();
    // Argo stores the failures through strconv.Quote, so a step receives them as a quoted JSON string.
    failures = GoJson.quote(failuresJson);
  }

  private String find(String name) {
    switch (name) {
      case "workflow.status":
        return status;
      case "workflow.failures":
        return failures;
      case "workflow.duration":
        double seconds = Duration.between(created, Instant.now()).toNanos() / 1e9;
        return String.format(Locale.ROOT, "%f", seconds);
      default:
        String value = fixed.get(name);
        return value != null ? value : outputs.get(name);
    }
  }

  private static Map<Character, DateTimeFormatter> strftime() {
    Map<Character, String> patterns = new LinkedHashMap<>();
    patterns.put('B', "MMMM");
    patterns.put('b', "MMM");
    patterns.put('m', "MM");
    patterns.put('A', "EEEE");
    patterns.put('a', "EEE");
    patterns.put('d', "dd");
    patterns.put('H', "HH");
    patterns.put('I', "hh");
    patterns.put('M', "mm");
    patterns.put('S', "ss");
    patterns.put('Y', "yyyy");
    patterns.put('y', "yy");
    patterns.put('p', "a");
    patterns.put('Z', "'UTC'");
    patterns.put('z', "xx");
    patterns.put('L', "'.'SSS");
    Map<Character, DateTimeFormatter> formatters = new LinkedHashMap<>();
    patterns.forEach((letter, pattern) ->
        formatters.put(letter, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withZone(ZoneOffset.UTC)));
    return formatters;
  }

  /** {@code json.Marshal(spec.arguments.parameters)}: Go's field order, empty fields left out. */
  private static String parametersJson(WorkflowManifest manifest, Map<String, String> values) {
    StringBuilder out = new StringBuilder("[");
    for (WorkflowParameter parameter : manifest.parameters()) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append("{\"name\":").append(GoJson.quote(parameter.name()));
      String value = values.getOrDefault(parameter.name(), parameter.value());
      if (value != null) {
        out.append(",\"value\":").append(GoJson.quote(value));
      }
      if (!parameter.allowed().isEmpty()) {
        out.append(",\"enum\":[");
        for (int i = 0; i < parameter.allowed().size(); i++) {
          out.append(i == 0 ? "" : ",").append(GoJson.quote(parameter.allowed().get(i)));
        }
        out.append(']');
      }
      if (parameter.description() != null && !parameter.description().isEmpty()) {
        out.append(",\"description\":").append(GoJson.quote(parameter.description()));
      }
      out.append('}');
    }
    return out.append(']').toString();
  }
}
