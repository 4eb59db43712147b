package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A lifecycle hook (Argo's {@code hooks}): a template run when a step ends, or, with {@link #on()}
 * empty, when the workflow does. The method is a stub, like a {@link Call} step's: it names the
 * template with {@code @Call(template = "…")} and its parameters are the arguments, wired like a
 * script's ({@link From}, {@link Value}, {@link Param}); it may read the status and named outputs
 * ({@link Output}) of the step it hooks, not its result (Argo gives a hook no more of its step), and what
 * the steps before it left. Its body is never called, and it is not a step of the graph.
 *
 * <pre>{@code
 * @Hook(on = "step-1") @Call(template = "exit")
 * static void step1Exit(@From(value = "step-1", output = "result") String message) {}
 * }</pre>
 *
 * <p>The hook named {@code exit} (the default) runs once its step has ended, whatever the outcome, and
 * the steps after it (the next group, or the tasks that depend on it) wait for it; its outcome does not
 * change the step's. A hook with another name runs, once, when its {@link #expression()} becomes true
 * while the workflow runs.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Hook {
  /**
   * The steps it hooks, by method or step name (each gets the hook); empty, the default, hooks the
   * workflow itself ({@code spec.hooks}).
   */
  String[] on() default {};

  /** The hook's name: {@code exit} (the default), or a name of your own with an {@link #expression()}. */
  String name() default "exit";

  /**
   * An expr-lang condition that runs the hook when it becomes true, e.g.
   * {@code "workflow.status == \"Running\""} or {@code "steps['step-1'].status == \"Running\""};
   * required for every hook but {@code exit}.
   */
  String expression() default "";
}
