package dev.jera.runtime.local;

import dev.jera.runtime.index.WorkflowIndex;
import dev.jera.runtime.runner.StepRunner;

/**
 * A workflow found on the class path, ready to run.
 *
 * @param entry its entry in the index
 * @param manifest its manifest
 * @param runner its runner, created once
 * @param runners the registry holding the runner, to hand to the executor
 */
public record CompiledWorkflow(
    WorkflowIndex.Workflow entry, Manifest manifest, StepRunner runner, RunnerRegistry runners) {

  /** The workflow's name. */
  public String name() {
    return entry.name();
  }
}
