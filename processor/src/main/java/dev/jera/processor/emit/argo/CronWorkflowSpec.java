package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A CronWorkflow's {@code spec}: v4's {@code schedules} list, never the removed {@code schedule}; the
 * settings a class leaves unset are left out (null), so Argo's defaults apply.
 */
public record CronWorkflowSpec(
    List<String> schedules,
    String timezone,
    String concurrencyPolicy,
    Integer startingDeadlineSeconds,
    Integer successfulJobsHistoryLimit,
    Integer failedJobsHistoryLimit,
    Boolean suspend,
    String when,
    StopStrategy stopStrategy,
    WorkflowSpec workflowSpec) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("schedules", schedules);
    each.accept("timezone", timezone);
    each.accept("concurrencyPolicy", concurrencyPolicy);
    each.accept("startingDeadlineSeconds", startingDeadlineSeconds);
    each.accept("successfulJobsHistoryLimit", successfulJobsHistoryLimit);
    each.accept("failedJobsHistoryLimit", failedJobsHistoryLimit);
    each.accept("suspend", suspend);
    each.accept("when", when);
    each.accept("stopStrategy", stopStrategy);
    each.accept("workflowSpec", workflowSpec);
  }

  /** {@code stopStrategy}. */
  public record StopStrategy(String expression) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("expression", expression);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a CronWorkflow's spec; what is not set is left out, so Argo's defaults apply. */
  public static final class Builder {
    private List<String> schedules;
    private String timezone;
    private String concurrencyPolicy;
    private Integer startingDeadlineSeconds;
    private Integer successfulJobsHistoryLimit;
    private Integer failedJobsHistoryLimit;
    private Boolean suspend;
    private String when;
    private StopStrategy stopStrategy;
    private WorkflowSpec workflowSpec;

    private Builder() {}

    public Builder schedules(List<String> schedules) { this.schedules = schedules; return this; }
    public Builder timezone(String timezone) { this.timezone = timezone; return this; }
    public Builder concurrencyPolicy(String concurrencyPolicy) { this.concurrencyPolicy = concurrencyPolicy; return this; }
    public Builder startingDeadlineSeconds(Integer startingDeadlineSeconds) { this.startingDeadlineSeconds = startingDeadlineSeconds; return this; }
    public Builder successfulJobsHistoryLimit(Integer successfulJobsHistoryLimit) { this.successfulJobsHistoryLimit = successfulJobsHistoryLimit; return this; }
    public Builder failedJobsHistoryLimit(Integer failedJobsHistoryLimit) { this.failedJobsHistoryLimit = failedJobsHistoryLimit; return this; }
    public Builder suspend(Boolean suspend) { this.suspend = suspend; return this; }
    public Builder when(String when) { this.when = when; return this; }
    public Builder stopStrategy(StopStrategy stopStrategy) { this.stopStrategy = stopStrategy; return this; }
    public Builder workflowSpec(WorkflowSpec workflowSpec) { this.workflowSpec = workflowSpec; return this; }

    public CronWorkflowSpec build() {
      return new CronWorkflowSpec(
          schedules, timezone, concurrencyPolicy, startingDeadlineSeconds, successfulJobsHistoryLimit,
          failedJobsHistoryLimit, suspend, when, stopStrategy, workflowSpec);
    }
  }
}
