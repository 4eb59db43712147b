package dev.jera.local.values;

import dev.jera.argo.go.GoJson;
import dev.jera.local.Phase;
import dev.jera.local.manifest.WorkflowManifest;
import dev.jera.local.manifest.WorkflowParameter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code workflow.*} variables of one run, with local values where Argo's come from the cluster:
 * namespace {@code default}, a random uid, the manifest's labels, the annotation Argo's controller adds.
 * Which names exist is {@link dev.jera.argo.variables.WorkflowGlobals}' list. {@code workflow.status} reads
 * {@code Running} until the main flow ends; {@code workflow.failures} exists for the exit handler only.
 */
public final class GlobalVariables {
  /**
   * {@code workflow.creationTimestamp.<letter>}: Argo's {@code util/strftime.FormatChars}, each Go layout as
   * Java writes it, in UTC (the creation time has whole seconds, so {@code L} is {@code .000}).
   */
  private static final Map<Character, DateTimeFormatter> STRFTIME = strftime();

  private static final String POD_NAME_FORMAT = "workflows.argoproj.io/pod-name-format";

  private final Map<String, String> fixed = new LinkedHashMap<>();
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
    // Jera's manifests carry no annotations; the controller adds this one to every workflow it runs.
    String annotationsJson = GoJson.sortedObject(Map.of(POD_NAME_FORMAT, GoJson.quote("v2")));
    fixed.put("workflow.annotations", annotationsJson);
    fixed.put("workflow.annotations.json", annotationsJson);
    fixed.put("workflow.annotations." + POD_NAME_FORMAT, "v2");
  }

  /** The variables, {@code workflow.duration} and {@code workflow.status} computed when asked. */
  public Variables variables() {
    return Variables.empty().with(this::find);
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
        return fixed.get(name);
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
