package dev.jera.runtime.local;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jera.runtime.index.WorkflowIndex;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The workflows compiled onto a class path, found through every {@code META-INF/jera/index.json} on it.
 * When two class path entries hold a workflow of the same name, the first one wins, as for classes.
 */
public final class Catalog {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final ClassLoader loader;
  private final Map<String, Found> workflows;

  /** A workflow and the class path entry (as a URL prefix) its index came from. */
  private record Found(WorkflowIndex.Workflow workflow, String root) {}

  private Catalog(ClassLoader loader, Map<String, Found> workflows) {
    this.loader = loader;
    this.workflows = workflows;
  }

  /**
   * Reads the indexes on {@code loader}'s class path.
   *
   * @throws ManifestException if an index cannot be read or was written by a newer Jera
   */
  public static Catalog load(ClassLoader loader) {
    Map<String, Found> workflows = new TreeMap<>();
    try {
      Enumeration<URL> indexes = loader.getResources(WorkflowIndex.RESOURCE);
      while (indexes.hasMoreElements()) {
        URL url = indexes.nextElement();
        WorkflowIndex index = read(url);
        String spec = url.toString();
        String root = spec.substring(0, spec.length() - WorkflowIndex.RESOURCE.length());
        for (WorkflowIndex.Workflow workflow : index.workflows()) {
          workflows.putIfAbsent(workflow.name(), new Found(workflow, root));
        }
      }
    } catch (IOException e) {
      throw new ManifestException("cannot list " + WorkflowIndex.RESOURCE + " on the class path: " + e.getMessage(), e);
    }
    return new Catalog(loader, workflows);
  }

  private static WorkflowIndex read(URL url) {
    WorkflowIndex index;
    try (InputStream in = url.openStream()) {
      index = JSON.readValue(in, WorkflowIndex.class);
    } catch (IOException | RuntimeException e) {
      throw new ManifestException("cannot read " + url + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }
    if (index.version() > WorkflowIndex.VERSION) {
      throw new ManifestException(url + " was written by a newer Jera (index version " + index.version()
          + "; this one reads " + WorkflowIndex.VERSION + ")");
    }
    return index;
  }

  /** Every workflow, sorted by name. */
  public List<WorkflowIndex.Workflow> workflows() {
    List<WorkflowIndex.Workflow> all = new ArrayList<>();
    workflows.values().forEach(found -> all.add(found.workflow()));
    return all;
  }

  /** The names of every workflow, sorted. */
  public List<String> names() {
    return new ArrayList<>(workflows.keySet());
  }

  /** The workflow named {@code name}. */
  public Optional<WorkflowIndex.Workflow> find(String name) {
    return Optional.ofNullable(workflows.get(name)).map(Found::workflow);
  }

  /** The workflow compiled from class {@code className}. */
  public Optional<WorkflowIndex.Workflow> findByClass(String className) {
    return workflows.values().stream()
        .map(Found::workflow)
        .filter(workflow -> className.equals(workflow.className()))
        .findFirst();
  }

  /**
   * The manifest of workflow {@code name}, as its jar or class folder holds it.
   *
   * @throws ManifestException if the workflow is unknown or its manifest cannot be read
   */
  public String manifestText(String name) {
    Found found = workflows.get(name);
    if (found == null) {
      throw new ManifestException("no workflow '" + name + "' on the class path");
    }
    String location = found.root() + found.workflow().manifest();
    try (InputStream in = new URL(location).openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ManifestException("workflow '" + name + "': cannot read its manifest " + location + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the manifest of workflow {@code name} and creates its runner.
   *
   * @throws ManifestException if the manifest cannot be read or run locally, or the runner cannot be created
   */
  public CompiledWorkflow open(String name) {
    String text = manifestText(name);
    WorkflowIndex.Workflow workflow = workflows.get(name).workflow();
    Manifest manifest = ManifestReader.read(text, "workflow '" + name + "'");
    RunnerRegistry runners = new RunnerRegistry(loader);
    try {
      return new CompiledWorkflow(workflow, manifest, runners.runner(workflow.runner()), runners);
    } catch (IllegalArgumentException e) {
      throw new ManifestException("workflow '" + name + "': " + e.getMessage(), e);
    }
  }
}
