package dev.jera.processor.emit.argo;

import java.util.List;

/** A {@code dag} template's tasks. */
public record Dag(List<DagTask> tasks) {}
