package dev.jera.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jera.argo.DidYouMean;
import dev.jera.local.manifest.OutputParameter;
import dev.jera.local.manifest.PodTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value a test gives in place of a step that calls a resource template ({@link LocalRun#stub}): such a
 * template has no result, only the output parameters Argo reads from its object, so the stub is
 * {@code null} when it has none, else a {@code Map} from output name to value ({@code Map.of("job-name",
 * "rand-num-x7k2p")}) that gives every output without a default. Encoded as a JSON object of texts.
 */
final class ResourceStub {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ResourceStub() {}

  /**
   * @throws IllegalArgumentException naming the step, its template and its outputs when {@code value}
   *     does not fit them
   */
  static String encode(String step, PodTemplate template, Object value) {
    List<String> names = template.outputParameters().stream().map(OutputParameter::name).toList();
    String what = "step '" + step + "' runs the resource template '" + template.name() + "', which has no result";
    if (value == null) {
      List<String> needed = template.outputParameters().stream()
          .filter(output -> output.defaultValue() == null).map(OutputParameter::name).toList();
      if (!needed.isEmpty()) {
        throw refused(step, what + "; stub it with a Map of its outputs by name (" + String.join(", ", needed) + ")");
      }
      return "";
    }
    if (names.isEmpty()) {
      throw refused(step, what + " and no outputs: stub it with null");
    }
    if (!(value instanceof Map<?, ?> given)) {
      throw refused(step, what + "; stub it with a Map of its outputs by name (" + String.join(", ", names) + "), not "
          + DeclaredType.article(DeclaredType.display(value.getClass())));
    }
    Map<String, String> outputs = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : given.entrySet()) {
      String name = String.valueOf(entry.getKey());
      if (!names.contains(name)) {
        throw refused(step, "template '" + template.name() + "' has no output '" + name + "'"
            + DidYouMean.hint(name, names) + " (its outputs: " + String.join(", ", names) + ")");
      }
      Object text = entry.getValue();
      if (!(text instanceof String || text instanceof Number || text instanceof Boolean)) {
        throw refused(step, "output '" + name + "' is a text read from the object; give a String, not "
            + (text == null ? "null" : DeclaredType.article(DeclaredType.display(text.getClass()))));
      }
      outputs.put(name, String.valueOf(text));
    }
    List<String> missing = new ArrayList<>();
    for (OutputParameter output : template.outputParameters()) {
      if (output.defaultValue() == null && !outputs.containsKey(output.name())) {
        missing.add(output.name());
      }
    }
    if (!missing.isEmpty()) {
      throw refused(step, "the Map given leaves out output " + String.join(", ", missing) + ", which has no default");
    }
    try {
      return JSON.writeValueAsString(outputs);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static IllegalArgumentException refused(String step, String problem) {
    return new IllegalArgumentException(".stub(\"" + step + "\", …): " + problem);
  }
}
