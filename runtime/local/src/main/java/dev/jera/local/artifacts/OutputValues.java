package dev.jera.local.artifacts;

import dev.jera.local.manifest.OutputParameter;
import dev.jera.local.manifest.PodTemplate;
import dev.jera.runner.StepInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pod template's output parameters read from files, as Argo's executor saves them ({@code SaveParameters}):
 * each from its file, one trailing newline trimmed, else its default; locally the file is
 * {@code <artifacts root>/parameters/<name>}, where {@code {{outputs.parameters.<name>.path}}} points.
 */
public final class OutputValues {
  private OutputValues() {}

  /** {@code outputs.parameters.<name>.path}: where each file is locally. */
  public static Map<String, String> pathVariables(PodTemplate template, Path root) {
    Map<String, String> paths = new LinkedHashMap<>();
    template.outputParameters().forEach(output ->
        paths.put("outputs.parameters." + output.name() + ".path", file(root, output).toString()));
    return paths;
  }

  /** Makes the folder a command writes its values in; says why it could not, or {@code null}. */
  public static String prepare(PodTemplate template, Path root) {
    if (template.outputParameters().isEmpty()) {
      return null;
    }
    try {
      Files.createDirectories(root.resolve(StepInputs.PARAMETERS));
      return null;
    } catch (IOException e) {
      return "cannot prepare " + root.resolve(StepInputs.PARAMETERS) + ": " + e;
    }
  }

  /** Why a succeeded attempt's outputs cannot be saved: a file missing with no default; else {@code null}. */
  public static String missing(PodTemplate template, Path root) {
    for (OutputParameter output : template.outputParameters()) {
      Path file = file(root, output);
      if (output.defaultValue() == null && !Files.isRegularFile(file)) {
        return "failed to save outputs: output value '" + output.name() + "' was not written at " + file
            + " (" + output.path() + " in the container) and has no default";
      }
    }
    return null;
  }

  /** The values a succeeded attempt left, by name, in the template's order. */
  public static Map<String, String> read(PodTemplate template, Path root) {
    Map<String, String> values = new LinkedHashMap<>();
    for (OutputParameter output : template.outputParameters()) {
      String value = output.defaultValue();
      try {
        value = Files.readString(file(root, output), StandardCharsets.UTF_8);
        value = value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
      } catch (IOException e) {
        // Argo takes the default when the file cannot be read; missing() has refused a file without one.
      }
      if (value != null) {
        values.put(output.name(), value);
      }
    }
    return values;
  }

  private static Path file(Path root, OutputParameter output) {
    return root.resolve(StepInputs.PARAMETERS).resolve(output.name());
  }
}
