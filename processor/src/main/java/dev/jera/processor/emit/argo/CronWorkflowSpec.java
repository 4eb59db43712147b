package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A CronWorkflow's {@code spec}: v4's {@code schedules} list, never the removed {@code schedule}. */
@JsonPropertyOrder({"schedules", "timezone", "workflowSpec"})
public record CronWorkflowSpec(List<String> schedules, String timezone, WorkflowSpec workflowSpec) {}
