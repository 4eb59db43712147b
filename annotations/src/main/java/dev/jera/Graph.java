package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A graph: the DAG or steps template that {@link Script} methods make.
 *
 * <p>On a {@link Workflow} class it sets the class's own graph (not the whole workflow, which
 * {@link Workflow#parallelism()} limits); that graph is named by {@link Workflow#entrypoint()}.
 *
 * <pre>{@code
 * @Workflow(name = "nightly", entrypoint = "load-all")
 * @Graph(parallelism = 2, failFast = Graph.FailFast.OFF)
 * public class Nightly { ... }
 * }</pre>
 *
 * <p>On a static class nested in a workflow class it declares a further graph of that workflow: a
 * template of its own, whose steps are the nested class's {@code @Script} methods, which other steps call
 * with {@code @Call(template = "<name>")} (a step may call its own graph: recursion), and which
 * {@code @Workflow(entrypoint)} or {@code onExit} may name. {@code @Param} on the nested class declares the
 * graph's inputs; its steps read them with {@code @Param("x")} on a parameter or
 * {@code {{inputs.parameters.x}}}. {@code @Output} on the class exports a step's output as the graph's.
 *
 * <pre>{@code
 * @Graph(name = "nested-diamond")
 * @Param("message")
 * static class NestedDiamond {
 *   @Script(name = "A") @Call(template = "echo")
 *   static void a(@Value("{{inputs.parameters.message}}A") String message) {}
 *   ...
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Graph {
  /**
   * A nested graph's template name; empty, the default, is the class's simple name in kebab-case. The
   * workflow class's own graph is named by {@link Workflow#entrypoint()}, not here.
   */
  String name() default "";

  /**
   * A nested graph's layout. When not written, the workflow's {@link Workflow#style()}; the workflow
   * class's own graph takes {@link Workflow#style()}.
   */
  Style style() default Style.DAG;

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
