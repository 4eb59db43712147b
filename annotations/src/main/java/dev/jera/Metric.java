package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Prometheus metric Argo's controller emits (Argo's {@code metrics.prometheus}): a gauge, a counter or a
 * histogram, written several times for several metrics.
 *
 * <ul>
 *   <li>On a {@link Workflow} class: a metric of the whole workflow ({@code spec.metrics}), emitted when
 *       the workflow ends; its strings may use {@code {{workflow.duration}}}, {@code {{workflow.status}}}
 *       and the other {@code {{workflow.*}}} variables. With {@link #graph()} {@code = true}, a metric of
 *       the class's own graph template instead (the entrypoint), like one on a nested {@link Graph}.
 *   <li>On a nested {@link Graph} class, or on a {@link Script} or {@link Template} method: a metric of
 *       that template, emitted each time a node of it ends; its strings may use {@code {{status}}},
 *       {@code {{duration}}}, {@code {{exitCode}}}, {@code {{outputs.result}}},
 *       {@code {{outputs.parameters.<name>}}}, {@code {{inputs.parameters.<name>}}},
 *       {@code {{resourcesDuration.cpu}}}, {@code {{resourcesDuration.memory}}} and, with {@link Retry},
 *       {@code {{retries}}}.
 * </ul>
 *
 * <pre>{@code
 * @Template(name = "flakey")
 * @Metric(name = "result_counter", help = "Count of step execution by result status",
 *     labels = {"name=flakey", "status={{status}}"}, kind = Metric.Kind.COUNTER, value = "1")
 * @Container(image = "python:alpine3.23", command = {"python", "-c"}, args = "...")
 * public static void flakey() {}
 * }</pre>
 *
 * <p>A local run does not export metrics: it records the value each metric would have had in the run's
 * {@code summary.json} ({@code metrics}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(Metrics.class)
public @interface Metric {
  /** The metric's name, as Prometheus accepts it: letters, digits and {@code _}, not starting with a digit. */
  String name();

  /** What the metric measures (Prometheus's {@code HELP}); required by Argo. One name has one help in a workflow. */
  String help();

  /** Its labels, each {@code "key=value"}; the key as a metric name, the value may use the place's variables. */
  String[] labels() default {};

  /** Gauge, counter or histogram. */
  Kind kind();

  /** The value: a number, or a variable of the place that holds one, e.g. {@code "{{duration}}"} or {@code "1"}. */
  String value();

  /**
   * Gauge only: emitted while the workflow or node runs, not only once it ended; its value is then exactly
   * {@code "{{duration}}"} (of a template) or {@code "{{workflow.duration}}"} (of the workflow).
   */
  boolean realtime() default false;

  /** Histogram only: the upper bounds of its buckets, e.g. {@code {2.01, 4.01, 6.01}}. */
  double[] buckets() default {};

  /** Gauge only: how the value changes the gauge; as Argo does when not written, it sets it. */
  Operation operation() default Operation.ARGO_DEFAULT;

  /**
   * A condition, in the syntax of a step's {@code when}, that the metric is emitted only when it holds,
   * e.g. {@code "{{status}} == Succeeded"}; empty, the default, always.
   */
  String when() default "";

  /**
   * On a {@link Workflow} class: whether the metric belongs to the class's own graph template (the
   * entrypoint) rather than to the workflow as a whole. Elsewhere the metric is always its template's.
   */
  boolean graph() default false;

  /** The kinds of metric. */
  enum Kind {
    /** A value that goes up and down, such as a duration. */
    GAUGE,
    /** A total that only grows: each emission adds its value. */
    COUNTER,
    /** Observations counted into {@link Metric#buckets()}. */
    HISTOGRAM
  }

  /** How a gauge's value changes it. */
  enum Operation {
    /** Not written: Argo sets the gauge to the value. */
    ARGO_DEFAULT,
    /** Sets the gauge to the value. */
    SET,
    /** Adds the value to the gauge. */
    ADD,
    /** Subtracts the value from the gauge. */
    SUB
  }
}
