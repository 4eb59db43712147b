package dev.jera.processor.validate;

import dev.jera.processor.Options;
import dev.jera.processor.model.WorkflowModel;
import dev.jera.processor.wiring.StepLookup;
import dev.jera.processor.wiring.WorkflowGraph;

/** What every rule reads: the workflow, its wiring, and the processor's options. */
public record Context(WorkflowModel workflow, WorkflowGraph graph, StepLookup lookup, Options options) {}
