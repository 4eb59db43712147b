package dev.jera.processor.validate;

import dev.jera.processor.model.Options;
import dev.jera.processor.model.WorkflowModel;
import dev.jera.processor.model.WorkflowNames;
import dev.jera.processor.wiring.StepLookup;
import dev.jera.processor.wiring.WorkflowGraph;

/**
 * What every rule reads: the workflow, its wiring, the processor's options, and which class of the
 * compilation keeps each workflow name.
 */
public record Context(WorkflowModel workflow, WorkflowGraph graph, StepLookup lookup, Options options, WorkflowNames names) {}
