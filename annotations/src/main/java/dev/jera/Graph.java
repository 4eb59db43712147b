package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Settings of a {@link Workflow} class's own graph, the DAG or steps template its {@link Script} methods
 * make (not of the whole workflow, which {@link Workflow#parallelism()} limits).
 *
 * <pre>{@code
 * @Workflow(name = "nightly", entrypoint = "load-all")
 * @Graph(parallelism = 2, failFast = Graph.FailFast.OFF)
 * public class Nightly { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Graph {
  /** How many of the graph's steps run at once (the template's {@code parallelism}); 0, the default, sets no limit. */
  int parallelism() default 0;

  /**
   * DAG style only: the steps to run, separated by spaces, each with the steps it depends on; no other
   * step runs (a DAG's {@code target}). A workflow parameter may choose them:
   * {@code "{{workflow.parameters.target}}"}. Empty, the default, runs every step.
   */
  String target() default "";

  /** Whether a failed step stops the graph from starting more (a DAG's {@code failFast}). */
  FailFast failFast() default FailFast.ARGO_DEFAULT;

  /** Whether a failure stops a graph from starting more steps. */
  enum FailFast {
    /** As Argo decides when nothing is written: a DAG starts no new task once one has failed. */
    ARGO_DEFAULT,
    /** No new step starts once one has failed. */
    ON,
    /** The other branches go on after a failure; the graph fails once they have ended. */
    OFF
  }
}
