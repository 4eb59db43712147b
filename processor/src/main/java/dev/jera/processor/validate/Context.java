package dev.jera.processor.validate;

import dev.jera.processor.model.Options;
import dev.jera.processor.model.WorkflowModel;
import dev.jera.processor.model.WorkflowNames;
import dev.jera.processor.wiring.StepLookup;
import dev.jera.processor.wiring.WorkflowGraph;

/**
 * What every rule reads: the workflow (or nested graph) checked, its wiring, the processor's options, which
 * class of the compilation keeps each workflow name, and the workflow the checked graph belongs to (itself
 * for a workflow), whose globals every graph of it reads.
 */
public record Context(
    WorkflowModel workflow, WorkflowGraph graph, StepLookup lookup, Options options, WorkflowNames names, WorkflowModel root) {
  public Context(WorkflowModel workflow, WorkflowGraph graph, StepLookup lookup, Options options, WorkflowNames names) {
    this(workflow, graph, lookup, options, names, workflow);
  }
}
