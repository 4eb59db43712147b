package dev.jera.local.values;

import dev.jera.argo.DidYouMean;
import dev.jera.local.InvalidRunException;
import dev.jera.local.manifest.WorkflowManifest;
import dev.jera.local.manifest.WorkflowParameter;
import dev.jera.runner.StepRunner;
import dev.jera.runner.json.Json;
import dev.jera.runner.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the parameter values of a run before any step runs, as Argo does at submission and as the
 * steps would when decoding them: every given name is a parameter, every parameter without a default is
 * given, a value is one of the parameter's {@code enum} and decodes as the Java type of every script
 * parameter that takes it.
 */
public final class ParameterValues {
  /**
   * The most bytes all parameter values of a run may take: Argo's controller refuses a workflow whose
   * JSON is larger than 1 MiB ({@code MAX_WORKFLOW_SIZE}, {@code workflow/packer}), and the values are
   * part of it.
   */
  public static final long MAX_TOTAL_BYTES = 1024 * 1024;

  private ParameterValues() {}

  /** {@code bytes} for a message: {@code 1.5 MB}, {@code 1 MiB}, {@code 812 bytes}. */
  public static String describeSize(long bytes) {
    if (bytes == MAX_TOTAL_BYTES) {
      return "1 MiB";
    }
    return bytes < 10_000 ? bytes + " bytes" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  /**
   * A value given for a parameter.
   *
   * @param value the value
   * @param where where it was given, for messages, such as {@code -p start=5}
   */
  public record Given(String value, String where) {}

  /**
   * The value of every parameter of {@code manifest}, in declaration order: the given one, else its default.
   *
   * @param workflow the workflow's name, for messages
   * @param runner the workflow's runner, which knows the Java type each parameter is decoded into
   * @param given the values given, by parameter name
   * @throws InvalidRunException on the first problem
   */
  public static Map<String, String> check(String workflow, WorkflowManifest manifest, StepRunner runner, Map<String, Given> given) {
    return check(workflow, manifest, runner, given, Advice.COMMAND_LINE);
  }

  /**
   * As {@link #check(String, WorkflowManifest, StepRunner, Map)}, a missing parameter's message saying how to
   * give it as {@code advice} does.
   */
  public static Map<String, String> check(String workflow, WorkflowManifest manifest, StepRunner runner, Map<String, Given> given,
      Advice advice) {
    return check(workflow, manifest, runner, given, Map.of(), advice);
  }

  /**
   * As {@link #check(String, WorkflowManifest, StepRunner, Map, Advice)}; a parameter read from a
   * ConfigMap's key ({@code valueFrom.configMapKeyRef}) and not given takes that key's value in
   * {@code configMaps} (by {@code name/key}, see {@link ConfigMapValues}), else its {@code valueFrom.default},
   * as Argo's controller does when the workflow starts.
   */
  public static Map<String, String> check(String workflow, WorkflowManifest manifest, StepRunner runner, Map<String, Given> given,
      Map<String, String> configMaps, Advice advice) {
    List<String> names = new ArrayList<>();
    manifest.parameters().forEach(parameter -> names.add(parameter.name()));
    for (Map.Entry<String, Given> entry : given.entrySet()) {
      if (!names.contains(entry.getKey())) {
        throw new InvalidRunException("workflow '" + workflow + "' has no parameter '" + entry.getKey() + "' ("
            + entry.getValue().where() + ")" + DidYouMean.hint(entry.getKey(), names)
            + (names.isEmpty() ? " (it takes no parameters)" : " (parameters: " + String.join(", ", names) + ")"));
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (WorkflowParameter parameter : manifest.parameters()) {
      Given value = given.get(parameter.name());
      if (value == null && parameter.value() != null) {
        value = new Given(parameter.value(), "its default");
      }
      if (value == null && parameter.configMap() != null) {
        String key = parameter.configMap().displayName();
        if (configMaps.get(key) != null) {
          value = new Given(configMaps.get(key), "ConfigMap key " + key);
        } else if (parameter.configMapDefault() != null) {
          value = new Given(parameter.configMapDefault(), "its default, as ConfigMap key " + key + " is not given");
        } else {
          throw new InvalidRunException("workflow '" + workflow + "' needs parameter '" + parameter.name() + "'"
              + (parameter.description() == null ? "" : " (" + parameter.description() + ")") + ", which Argo reads from"
              + " ConfigMap key " + key + "; give the key with " + advice.configMap(parameter.configMap().configMap(),
                  parameter.configMap().key()) + ", or the parameter with " + advice.parameter(parameter.name()));
        }
      }
      if (value == null) {
        throw new InvalidRunException("workflow '" + workflow + "' needs parameter '" + parameter.name() + "'"
            + (parameter.description() == null ? "" : " (" + parameter.description() + ")")
            + "; give it with " + advice.parameter(parameter.name()));
      }
      check(parameter, value, runner);
      values.put(parameter.name(), value.value());
    }
    long total = 0;
    for (String value : values.values()) {
      total += value.getBytes(StandardCharsets.UTF_8).length;
    }
    if (total > MAX_TOTAL_BYTES) {
      throw new InvalidRunException("the parameters of workflow '" + workflow + "' take " + describeSize(total)
          + ", more than Argo runs (its controller refuses a workflow over 1 MiB, parameters included);"
          + " pass large data as a file, a java.nio.file.Path parameter");
    }
    return values;
  }

  private static void check(WorkflowParameter parameter, Given value, StepRunner runner) {
    if (!parameter.allowed().isEmpty() && !parameter.allowed().contains(value.value())) {
      throw new InvalidRunException("parameter '" + parameter.name() + "' (" + value.where() + ") is '"
          + value.value() + "' but must be one of " + String.join(", ", parameter.allowed())
          + DidYouMean.hint(value.value(), parameter.allowed()));
    }
    for (JsonCodec<?> codec : runner.parameterCodecs(parameter.name())) {
      try {
        Json.decode(value.value(), codec);
      } catch (RuntimeException e) {
        throw new InvalidRunException("parameter '" + parameter.name() + "' (" + value.where() + ") is not a valid "
            + codec.typeName() + ": " + oneLine(e.getMessage()));
      }
    }
  }

  private static String oneLine(String message) {
    return message == null ? "it does not decode" : message.replace('\n', ' ');
  }
}
