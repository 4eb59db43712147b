package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A CronWorkflow's {@code spec}: v4's {@code schedules} list, never the removed {@code schedule}; the
 * settings a class leaves unset are left out (null), so Argo's defaults apply.
 */
@JsonPropertyOrder({
  "schedules", "timezone", "concurrencyPolicy", "startingDeadlineSeconds", "successfulJobsHistoryLimit",
  "failedJobsHistoryLimit", "suspend", "when", "workflowSpec"
})
public record CronWorkflowSpec(
    List<String> schedules,
    String timezone,
    String concurrencyPolicy,
    Integer startingDeadlineSeconds,
    Integer successfulJobsHistoryLimit,
    Integer failedJobsHistoryLimit,
    Boolean suspend,
    String when,
    WorkflowSpec workflowSpec) {}
