package dev.jera.local.artifacts;

import dev.jera.local.manifest.InputArtifact;
import dev.jera.local.manifest.PodTemplate;
import dev.jera.local.manifest.Task;
import dev.jera.local.manifest.WorkflowManifest;
import dev.jera.local.values.Advice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The input files of a run's steps that sit in a store the local executor does not contact (S3, GCS,
 * Azure, OSS, HDFS, Artifactory, an artifact plugin, HTTP with credentials) and have no local copy:
 * said once before the run starts, so the user learns it without waiting for the step to end in
 * Error ({@link ArtifactStaging} then says the same for the step). A key of the artifact repository
 * that an output of the run stores is not one: the step reads that output.
 */
public final class UnfetchedInputs {
  private UnfetchedInputs() {}

  /**
   * One note per such input, in the manifest's order of steps.
   *
   * @param given the local copies by step and input name
   * @param stubbed the steps the run stubs, which read no files
   */
  public static List<String> notes(WorkflowManifest manifest, Map<String, Map<String, Path>> given, Set<String> stubbed,
      Advice advice) {
    // A key of the artifact repository that an output of this run stores is read from that output locally.
    Set<String> stored = new java.util.HashSet<>();
    manifest.podTemplates().forEach(template -> template.outputArtifacts().forEach(output -> {
      if (output.repositoryKey() != null) {
        stored.add(output.repositoryKey());
      }
    }));
    Map<String, Task> steps = new LinkedHashMap<>();
    manifest.entryTasks().forEach(task -> steps.put(task.name(), task));
    List<String> notes = new ArrayList<>();
    steps.forEach((step, task) -> {
      PodTemplate template = manifest.templateOf(task);
      if (template != null && !stubbed.contains(step)) {
        notes(step, template, task.artifacts(), given.getOrDefault(step, Map.of()), stored, advice, notes);
      }
    });
    String exit = manifest.exitKey();
    if (exit != null && !stubbed.contains(exit) && manifest.templates().get(manifest.onExit()) instanceof PodTemplate) {
      notes(exit, (PodTemplate) manifest.templates().get(manifest.onExit()), List.of(), given.getOrDefault(exit, Map.of()),
          stored, advice, notes);
    }
    return notes;
  }

  private static void notes(String step, PodTemplate template, List<InputArtifact> arguments, Map<String, Path> given,
      Set<String> stored, Advice advice, List<String> notes) {
    for (InputArtifact input : template.inputArtifacts()) {
      InputArtifact.Location location = input.location();
      for (InputArtifact argument : arguments) {
        if (argument.name().equals(input.name()) && argument.location() != null) {
          location = argument.location();
        }
      }
      if (!(location instanceof InputArtifact.Remote) || given.containsKey(input.name())) {
        continue;
      }
      InputArtifact.Remote remote = (InputArtifact.Remote) location;
      if (remote.repositoryKey() != null && stored.contains(remote.repositoryKey())) {
        continue;
      }
      notes.add("input file '" + input.name() + "' of step '" + step + "' is in " + remote.store() + " ("
          + remote.description() + "), which the local executor does not contact; "
          + (input.optional()
              ? "the step runs without it (it is optional), or give a local copy with "
              : "the step ends in Error unless you give a local copy with ")
          + advice.artifact(step, input.name()));
    }
  }
}
