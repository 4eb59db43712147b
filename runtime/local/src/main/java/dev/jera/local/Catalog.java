package dev.jera.local;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jera.local.launch.RunnerRegistry;
import dev.jera.local.manifest.ManifestException;
import dev.jera.local.manifest.ManifestNames;
import dev.jera.local.manifest.ManifestReader;
import dev.jera.local.manifest.TemplateReferences;
import dev.jera.local.manifest.WorkflowManifest;
import dev.jera.runner.StepRunner;
import dev.jera.runner.index.WorkflowIndex;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
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

  private static final List<String> KINDS = List.of("Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow");

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
          workflows.putIfAbsent(key(workflow), new Found(workflow, root));
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
    index.workflows().forEach(workflow -> check(url, workflow));
    return index;
  }

  /**
   * An entry names a workflow as Kubernetes would and its manifest where the processor writes it: the
   * name becomes a run's folder name and the manifest a path on the class path, so an index from any jar
   * on it must not lead elsewhere.
   */
  private static void check(URL url, WorkflowIndex.Workflow workflow) {
    String name = workflow.name() == null ? "" : workflow.name();
    ManifestNames.referencedName(name).ifPresent(problem -> {
      throw new ManifestException(url + ": workflow name is not a valid resource name: " + problem);
    });
    String expected = "META-INF/argo/" + name + ".yaml";
    // Only one of the four kinds may stand in a file name: the kind, too, comes from the jar.
    String qualified = KINDS.contains(workflow.kind()) ? "META-INF/argo/" + qualified(workflow) + ".yaml" : null;
    if (!expected.equals(workflow.manifest()) && (qualified == null || !qualified.equals(workflow.manifest()))) {
      throw new ManifestException(url + ": workflow '" + name + "': its manifest must be " + expected
          + (qualified == null ? "" : " (or " + qualified + ")") + ", not '" + workflow.manifest() + "'");
    }
  }

  /** {@code <name>.<kind>}, as the processor names the files of a workflow whose name an earlier kind has. */
  private static String qualified(WorkflowIndex.Workflow workflow) {
    return workflow.name() + "." + String.valueOf(workflow.kind()).toLowerCase(Locale.ROOT);
  }

  /**
   * How the catalog names a workflow: its manifest's file name, which is its name, or {@code <name>.<kind>}
   * ({@code dag-inline.cronworkflow}) when a workflow of another kind has the name too.
   */
  public static String key(WorkflowIndex.Workflow workflow) {
    String manifest = workflow.manifest();
    return manifest.substring("META-INF/argo/".length(), manifest.length() - ".yaml".length());
  }

  /** The workflow of kind {@code kind} named {@code name}, whichever file name it has. */
  private Optional<String> keyOf(String name, String kind) {
    for (String key : List.of(name, name + "." + kind.toLowerCase(Locale.ROOT))) {
      Found found = workflows.get(key);
      if (found != null && found.workflow().name().equals(name) && kind.equals(found.workflow().kind())) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  /** Every workflow, sorted by name. */
  public List<WorkflowIndex.Workflow> workflows() {
    List<WorkflowIndex.Workflow> all = new ArrayList<>();
    workflows.values().forEach(found -> all.add(found.workflow()));
    return all;
  }

  /**
   * The names of every workflow, sorted: a name several kinds share is {@code <name>.<kind>} for all but
   * the first kind (Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow).
   */
  public List<String> names() {
    return new ArrayList<>(workflows.keySet());
  }

  /** The workflow named {@code name} (or {@code <name>.<kind>}, see {@link #names}). */
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
    String location = location(found);
    try (InputStream in = new URL(location).openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ManifestException("workflow '" + name + "': cannot read its manifest " + location + ": " + e.getMessage(), e);
    }
  }

  /**
   * The manifest of workflow {@code name}, read, with what it takes from other workflows on the class
   * path resolved ({@code workflowTemplateRef}, tasks' {@code templateRef}; see {@link TemplateReferences}).
   *
   * @throws ManifestException if it, or a workflow it refers to, cannot be read or run locally
   */
  public WorkflowManifest manifest(String name) {
    return TemplateReferences.resolve(read(name), "workflow '" + name + "'", source());
  }

  /**
   * Reads the manifest of workflow {@code name}; a manifest the executor refuses is named by its place
   * on the class path, since it may come from any jar there.
   */
  private WorkflowManifest read(String name) {
    String text = manifestText(name);
    try {
      return ManifestReader.read(text, "workflow '" + name + "'");
    } catch (ManifestException e) {
      throw new ManifestException(e.getMessage() + " (in " + location(workflows.get(name)) + ")", e);
    }
  }

  private static String location(Found found) {
    return found.root() + found.workflow().manifest();
  }

  /**
   * Reads the manifest of workflow {@code name}, resolves its references and creates its runners: the
   * workflow's own (for a workflow that runs a template, the template's), and every runner its script
   * templates name.
   *
   * @throws ManifestException if the manifest cannot be read or run locally, or a runner cannot be created
   */
  public CompiledWorkflow open(String name) {
    String where = "workflow '" + name + "'";
    WorkflowManifest read = read(name);
    WorkflowManifest manifest = TemplateReferences.resolve(read, where, source());
    WorkflowIndex.Workflow workflow = workflows.get(name).workflow();
    if (read.workflowTemplateRef() != null) {
      String template = keyOf(read.workflowTemplateRef().name(), read.workflowTemplateRef().kind()).orElseThrow();
      workflow = running(workflow, workflows.get(template).workflow());
    }
    RunnerRegistry runners = new RunnerRegistry(loader);
    try {
      StepRunner runner = runners.runner(workflow.runner());
      runners.loadAll(manifest);
      return new CompiledWorkflow(workflow, manifest, runner, runners);
    } catch (IllegalArgumentException e) {
      throw new ManifestException(where + ": " + e.getMessage(), e);
    }
  }

  /**
   * A workflow that runs {@code template}: its steps, style and runner under the workflow's own name,
   * started at the workflow's own entrypoint when it names one (then, a template of it runs alone, as
   * an entry template's steps hold it).
   */
  private static WorkflowIndex.Workflow running(WorkflowIndex.Workflow workflow, WorkflowIndex.Workflow template) {
    String entrypoint = workflow.entrypoint() != null ? workflow.entrypoint() : template.entrypoint();
    List<WorkflowIndex.Step> steps = template.steps();
    if (workflow.entrypoint() != null && !workflow.entrypoint().equals(template.entrypoint())) {
      List<WorkflowIndex.Step> all = new ArrayList<>(template.steps());
      if (template.templates() != null) {
        all.addAll(template.templates());
      }
      steps = all.stream().filter(step -> step.name().equals(workflow.entrypoint())).findFirst()
          .map(List::of).orElse(template.steps());
    }
    return new WorkflowIndex.Workflow(workflow.name(), workflow.kind(), template.style(), workflow.className(),
        template.runner(), workflow.manifest(), entrypoint, template.onExit(), workflow.parameters(),
        steps, template.templates());
  }

  /** Finds the workflows a manifest refers to, read but not resolved. */
  private TemplateReferences.Source source() {
    return new TemplateReferences.Source() {
      @Override
      public Optional<WorkflowManifest> find(String name) {
        if (!workflows.containsKey(name)) {
          return Optional.empty();
        }
        return Optional.of(read(name));
      }

      @Override
      public Optional<WorkflowManifest> find(String name, String kind) {
        return keyOf(name, kind).map(key -> read(key)).or(() -> find(name));
      }

      @Override
      public Collection<String> names() {
        return workflows.keySet();
      }
    };
  }
}
