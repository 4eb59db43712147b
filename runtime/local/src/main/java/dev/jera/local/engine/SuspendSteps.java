package dev.jera.local.engine;

import dev.jera.argo.DidYouMean;
import dev.jera.local.InvalidRunException;
import dev.jera.local.manifest.InputParameter;
import dev.jera.local.manifest.OutputParameter;
import dev.jera.local.manifest.PodTemplate;
import dev.jera.local.manifest.Task;
import dev.jera.local.manifest.WorkflowManifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Steps that call a {@code suspend} template without a duration wait until someone resumes them, which no one
 * does in a local run unless it is asked to up front: such a run cannot start without a resume for each, and says
 * so before anything runs. Each resume asked for names a suspend step and supplies only outputs its template has,
 * each within the values the input of the same name allows ({@code enum}, what Argo's UI offers); an output left
 * out needs a default.
 */
final class SuspendSteps {
  private SuspendSteps() {}

  /** @throws InvalidRunException naming the step and how to resume it, or what is wrong with a resume asked for */
  static void check(WorkflowManifest manifest, Map<String, Map<String, String>> resumes, String workflow) {
    Map<String, PodTemplate> suspends = new LinkedHashMap<>();
    for (Task task : manifest.entryTasks()) {
      PodTemplate template = manifest.templateOf(task);
      if (template != null && template.suspend() != null) {
        suspends.put(task.name(), template);
      }
    }
    String exitKey = manifest.exitKey();
    if (exitKey != null && manifest.templates().get(manifest.onExit()) instanceof PodTemplate exit && exit.suspend() != null) {
      suspends.put(exitKey, exit);
    }
    for (Map.Entry<String, Map<String, String>> resume : resumes.entrySet()) {
      String step = resume.getKey();
      PodTemplate template = suspends.get(step);
      if (template == null) {
        List<String> names = new ArrayList<>(suspends.keySet());
        throw new InvalidRunException("workflow '" + workflow + "': resume of '" + step + "': no step '" + step
            + "' suspends" + DidYouMean.hint(step, names)
            + (names.isEmpty() ? " (none of its steps does)" : " (its suspend steps: " + String.join(", ", names) + ")"));
      }
      values(workflow, step, template, resume.getValue());
    }
    suspends.forEach((step, template) -> {
      if (template.suspend().indefinite() && !resumes.containsKey(step)) {
        throw new InvalidRunException("workflow '" + workflow + "': step '" + step + "' suspends until it is resumed"
            + " (template '" + template.name() + "'), and no one resumes a local run: resume it as it is reached,"
            + " LocalRun.of(\"" + workflow + "\").resume(\"" + step + "\", Map.of(…)) or jera run " + workflow
            + " --resume " + step + (template.outputParameters().isEmpty() ? ""
                : ":" + template.outputParameters().get(0).name() + "=…"));
      }
    });
  }

  private static void values(String workflow, String step, PodTemplate template, Map<String, String> values) {
    String what = "workflow '" + workflow + "': resume of '" + step + "'";
    List<String> outputs = template.outputParameters().stream().map(OutputParameter::name).toList();
    values.forEach((name, value) -> {
      if (!outputs.contains(name)) {
        throw new InvalidRunException(what + ": template '" + template.name() + "' has no output '" + name
            + "' to supply" + DidYouMean.hint(name, outputs)
            + (outputs.isEmpty() ? " (it has none)" : " (its outputs: " + String.join(", ", outputs) + ")"));
      }
      for (InputParameter input : template.inputs()) {
        if (input.name().equals(name) && !input.allowed().isEmpty() && !input.allowed().contains(value)) {
          throw new InvalidRunException(what + ": '" + value + "' is not a value input '" + name + "' allows ("
              + String.join(", ", input.allowed()) + ")");
        }
      }
    });
    for (OutputParameter output : template.outputParameters()) {
      if (!values.containsKey(output.name()) && output.defaultValue() == null) {
        throw new InvalidRunException(what + ": give a value for output '" + output.name() + "', which has no default"
            + " (" + step + ":" + output.name() + "=…)");
      }
    }
  }
}
