package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A {@code dag} template's tasks, and whether a failure stops new ones ({@code null}: Argo's default). */
@JsonPropertyOrder({"failFast", "tasks"})
public record Dag(Boolean failFast, List<DagTask> tasks) {}
