package dev.jera.local.artifacts;

import dev.jera.argo.DidYouMean;
import dev.jera.local.InvalidRunException;
import dev.jera.local.LocalRun;
import dev.jera.local.manifest.PodTemplate;
import dev.jera.local.manifest.WorkflowManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the local copies of input files a user gives ({@code --artifact STEP.INPUT=PATH},
 * {@link LocalRun#artifact}) before any step runs: the step exists, its template has that input
 * artifact, and the file or folder exists. A copy replaces whatever the manifest says the input comes
 * from (another step's output, a URL, a repository, a store), for every item of a loop.
 */
public final class ArtifactOverrides {
  private ArtifactOverrides() {}

  /**
   * A local copy given for an input.
   *
   * @param step the step's name
   * @param input the input artifact's name
   * @param path the file or folder
   * @param where where it was given, for messages, such as {@code --artifact count.day=day.csv}
   */
  public record Given(String step, String input, Path path, String where) {}

  /**
   * The copies by step and input name, their paths made absolute.
   *
   * @throws InvalidRunException on the first copy that names no input or no file
   */
  public static Map<String, Map<String, Path>> check(String workflow, WorkflowManifest manifest, List<Given> given) {
    Map<String, PodTemplate> steps = new LinkedHashMap<>();
    manifest.entryTasks().forEach(task -> steps.put(task.name(), manifest.templateOf(task)));
    String exit = manifest.exitKey();
    if (exit != null && manifest.templates().get(manifest.onExit()) instanceof PodTemplate pod) {
      steps.put(exit, pod);
    }
    Map<String, Map<String, Path>> copies = new LinkedHashMap<>();
    for (Given copy : given) {
      PodTemplate template = steps.get(copy.step());
      if (template == null) {
        throw new InvalidRunException("workflow '" + workflow + "' has no step '" + copy.step() + "' (" + copy.where() + ")"
            + DidYouMean.hint(copy.step(), steps.keySet()));
      }
      List<String> inputs = new ArrayList<>();
      template.inputArtifacts().forEach(input -> inputs.add(input.name()));
      if (!inputs.contains(copy.input())) {
        throw new InvalidRunException("step '" + copy.step() + "' has no input file '" + copy.input() + "' (" + copy.where()
            + ")" + DidYouMean.hint(copy.input(), inputs)
            + (inputs.isEmpty() ? " (it takes no input files)" : " (its input files: " + String.join(", ", inputs) + ")"));
      }
      if (!Files.exists(copy.path())) {
        throw new InvalidRunException(copy.where() + ": " + copy.path() + " does not exist");
      }
      copies.computeIfAbsent(copy.step(), s -> new LinkedHashMap<>()).put(copy.input(), copy.path().toAbsolutePath().normalize());
    }
    return copies;
  }
}
