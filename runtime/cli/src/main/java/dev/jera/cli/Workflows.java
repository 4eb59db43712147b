package dev.jera.cli;

import dev.jera.argo.DidYouMean;
import dev.jera.local.Catalog;
import dev.jera.local.CompiledWorkflow;
import dev.jera.local.manifest.WorkflowManifest;
import dev.jera.runner.index.WorkflowIndex;

/** Looks workflows up by name for the commands, with one-line messages for names that are not there. */
public final class Workflows {
  private final ClassLoader loader;
  private Catalog catalog;

  /** The workflows compiled onto {@code loader}'s class path, read on first use. */
  public Workflows(ClassLoader loader) {
    this.loader = loader;
  }

  /** The catalog of the class path. */
  public Catalog catalog() {
    if (catalog == null) {
      catalog = Catalog.load(loader);
    }
    return catalog;
  }

  /** The index entry of {@code name}, or a usage error listing what there is. */
  public WorkflowIndex.Workflow find(String name) {
    return catalog().find(name).orElseThrow(() -> new UsageException(unknown(name)));
  }

  /** The manifest of {@code name}, read, with the templates it takes from other workflows resolved. */
  public WorkflowManifest manifest(String name) {
    find(name);
    return catalog().manifest(name);
  }

  /** The workflow {@code name}, ready to run. */
  public CompiledWorkflow open(String name) {
    find(name);
    return catalog().open(name);
  }

  private String unknown(String name) {
    if (catalog().names().isEmpty()) {
      return "unknown workflow '" + name + "': there are no compiled workflows on the class path"
          + " (put the classes or jar built with Jera's processor on -cp)";
    }
    return "unknown workflow '" + name + "'"
        + DidYouMean.hint(name, catalog().names())
        + " (workflows: " + String.join(", ", catalog().names()) + ")";
  }
}
