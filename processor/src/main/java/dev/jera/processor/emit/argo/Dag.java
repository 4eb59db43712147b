package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A {@code dag} template's tasks, the targets it runs ({@code null}: all), and whether a failure stops new
 * ones ({@code null}: Argo's default).
 */
@JsonPropertyOrder({"target", "failFast", "tasks"})
public record Dag(String target, Boolean failFast, List<DagTask> tasks) {}
