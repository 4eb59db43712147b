package dev.jera.cluster.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jera.cluster.api.ResourceKind;
import dev.jera.local.Catalog;
import dev.jera.runner.index.WorkflowIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The compiled manifests of the project, found through the workflow index on the class path, each read
 * from its digest-pinned copy ({@code target/argo-pinned/<name>.yaml}, written by {@code jera pin}) when
 * there is one and from the compiled manifest otherwise. A pinned copy that differs from the compiled
 * manifest beyond its images is refused: it is left from an earlier build.
 */
public final class ProjectManifests {
  private final Catalog catalog;
  private final Path pinned;

  /**
   * @param catalog the compiled workflows
   * @param pinned the folder of digest-pinned copies, or {@code null} to use the compiled manifests
   */
  public ProjectManifests(Catalog catalog, Path pinned) {
    this.catalog = catalog;
    this.pinned = pinned;
  }

  /** The folder of pinned copies, if one is used. */
  public Optional<Path> pinnedFolder() {
    return Optional.ofNullable(pinned);
  }

  /** Every compiled workflow, sorted by name. */
  public List<ProjectManifest> all() {
    List<ProjectManifest> all = new ArrayList<>();
    for (WorkflowIndex.Workflow workflow : catalog.workflows()) {
      all.add(read(workflow));
    }
    return all;
  }

  /** The compiled workflow {@code name}, if there is one. */
  public Optional<ProjectManifest> find(String name) {
    return catalog.find(name).map(this::read);
  }

  /** The names of every compiled workflow, sorted. */
  public List<String> names() {
    return catalog.names();
  }

  private ProjectManifest read(WorkflowIndex.Workflow workflow) {
    String where = "workflow '" + workflow.name() + "'";
    JsonNode compiled = Yaml.read(catalog.manifestText(workflow.name()), where + " (" + workflow.manifest() + ")");
    ResourceKind kind = ResourceKind.of(compiled.path("kind").asText())
        .orElseThrow(() -> new ProjectException(where + ": " + workflow.manifest() + " is a '"
            + compiled.path("kind").asText() + "', not a Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow"));
    Path copy = pinned == null ? null : pinned.resolve(fileName(workflow.manifest()));
    if (copy == null || !Files.isRegularFile(copy)) {
      return new ProjectManifest(workflow.name(), kind, compiled, workflow.manifest());
    }
    String text;
    try {
      text = Files.readString(copy, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ProjectException(where + ": cannot read its pinned copy " + copy + ": " + e.getMessage());
    }
    JsonNode resource = Yaml.read(text, where + " (" + copy + ")");
    Optional<String> difference = PinnedCopy.difference(compiled, resource);
    if (difference.isPresent()) {
      throw new ProjectException(copy + " is not the compiled " + where + " with its images pinned (they differ at "
          + difference.get() + "): it is left from an earlier build; pin again (mvn package), or pass --no-pinned");
    }
    return new ProjectManifest(workflow.name(), kind, resource, copy.toString());
  }

  private static String fileName(String manifest) {
    return manifest.substring(manifest.lastIndexOf('/') + 1);
  }
}
