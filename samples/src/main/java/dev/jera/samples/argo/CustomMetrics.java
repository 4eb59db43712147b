package dev.jera.samples.argo;

import dev.jera.Metric;
import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Workflow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Argo's {@code examples/custom-metrics.yaml}: a realtime gauge of the workflow's duration, one of the steps
 * template {@code steps} (its own graph, {@code graph = true}) and one of {@code random-int}; a histogram of the
 * number {@code random-int} draws, emitted only when it succeeded; and a counter of {@code flakey}'s outcomes by
 * status. {@code flakey} fails two times in three, as upstream's does, and the workflow with it.
 */
@Workflow(name = "custom-metrics", entrypoint = "steps", style = Style.STEPS)
@Metric(name = "duration_gauge", labels = "name=workflow", help = "Duration gauge by name",
    kind = Metric.Kind.GAUGE, realtime = true, value = "{{workflow.duration}}")
@Metric(graph = true, name = "duration_gauge", labels = "name=steps", help = "Duration gauge by name",
    kind = Metric.Kind.GAUGE, realtime = true, value = "{{duration}}")
public class CustomMetrics {
  /** Draws a number from 1 to 10 and exports it, as upstream's {@code $((1 + RANDOM % 10))}. */
  @Script(name = "random-int")
  @Metric(name = "random_int_step_histogram", help = "Value of the int emitted by random-int at step level",
      when = "{{status}} == Succeeded", kind = Metric.Kind.HISTOGRAM, buckets = {2.01, 4.01, 6.01, 8.01, 10.01},
      value = "{{outputs.parameters.rand-int-value}}")
  @Metric(name = "duration_gauge", labels = "name=random-int", help = "Duration gauge by name",
      kind = Metric.Kind.GAUGE, realtime = true, value = "{{duration}}")
  @Output(value = "rand-int-value", global = "rand-int-value")
  public static int randomInt() {
    int value = 1 + ThreadLocalRandom.current().nextInt(10);
    System.out.println(value);
    return value;
  }

  /** Fails two times in three, as upstream's {@code random.choice([0, 1, 1])}. */
  @Script(after = "random-int")
  @Metric(name = "result_counter", help = "Count of step execution by result status",
      labels = {"name=flakey", "status={{status}}"}, kind = Metric.Kind.COUNTER, value = "1")
  public static void flakey() {
    if (ThreadLocalRandom.current().nextInt(3) != 0) {
      throw new IllegalStateException("exit code 1");
    }
  }
}
