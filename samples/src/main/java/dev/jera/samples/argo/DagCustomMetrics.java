package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Container;
import dev.jera.Metric;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/dag-custom-metrics.yaml}: the DAG {@code dag-task} runs {@code TEST-ONE} and
 * {@code TEST-TWO} in parallel, each twice (its items {@code A} and {@code B}), calling the container template
 * {@code echo} (busybox pinned to 1.36: Jera warns of an untagged image). The workflow emits its duration and a count of its runs by status; {@code echo} emits, each time
 * it ends, its duration and a count by task and status ({@code {{inputs.parameters.tag}}}, {@code {{status}}}).
 */
@Workflow(name = "dag-task", entrypoint = "dag-task")
@Metric(name = "playground_workflow_duration", help = "Duration gauge by workflow level",
    labels = {"playground_id_workflow=test", "status={{workflow.status}}"},
    kind = Metric.Kind.GAUGE, value = "{{workflow.duration}}")
@Metric(name = "playground_workflow_result_counter", help = "Count of workflow execution by result status  - workflow level",
    labels = {"playground_id_workflow_counter=test", "status={{workflow.status}}"},
    kind = Metric.Kind.COUNTER, value = "1")
public class DagCustomMetrics {
  /** Prints its message, as upstream's {@code echo}. */
  @Template(name = "echo")
  @Container(image = "busybox:1.36", command = {"echo", "{{inputs.parameters.message}}"})
  @Metric(name = "playground_workflow_duration_task_seconds", help = "Duration gauge by task name in seconds - task level",
      labels = {"playground_task_name={{inputs.parameters.tag}}", "status={{status}}"},
      kind = Metric.Kind.GAUGE, value = "{{duration}}")
  @Metric(name = "playground_workflow_result_task_counter", help = "Count of task execution by result status  - task level",
      labels = {"playground_task_name_counter={{inputs.parameters.tag}}", "status={{status}}"},
      kind = Metric.Kind.COUNTER, value = "1")
  public static void echo(String message, String tag) {}

  @Script(name = "TEST-ONE", items = {
      "{\"tag\": \"TEST-ONE-A\", \"command\": \"ONE-A\"}",
      "{\"tag\": \"TEST-ONE-B\", \"command\": \"ONE-B\"}"})
  @Call(template = "echo")
  static void testOne(@Value("console output-->TEST-{{item.command}}") String message, @Value("{{item.tag}}") String tag) {}

  @Script(name = "TEST-TWO", items = {
      "{\"tag\": \"TEST-TWO-A\", \"command\": \"TWO-A\"}",
      "{\"tag\": \"TEST-TWO-B\", \"command\": \"TWO-B\"}"})
  @Call(template = "echo")
  static void testTwo(@Value("console output-->TEST-{{item.command}}") String message, @Value("{{item.tag}}") String tag) {}
}
