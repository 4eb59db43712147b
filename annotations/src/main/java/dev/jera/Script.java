package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One step of the enclosing {@link Workflow}: the method runs in its own pod.
 *
 * <p>Every parameter of the method needs exactly one source: {@link Param}, {@link From},
 * {@link Item}, {@link Value} or {@link Secret}. The return value is the step's output, read by
 * other steps through {@link From} or as {@code {{tasks.<step>.outputs.result}}}: a {@code String}
 * travels as the raw text, every other type as JSON. The method may be static, or an instance method
 * of a class with an accessible no-argument constructor; it may not be private or generic.
 *
 * <pre>{@code
 * @Script(forEach = "extract", timeout = "5m")
 * public static Rate convert(@Item Rate rate) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Script {

  /**
   * The step's name, also its template's name: letters, digits and {@code -}, not starting with a
   * digit. Default: the method's name in kebab-case ({@code fetchRates} becomes {@code fetch-rates}).
   */
  String name() default "";

  /** The container image of this step. Default: the workflow's image, then {@code -Ajera.image}. */
  String image() default "";

  /**
   * Steps that must finish before this one, by method or step name, besides those it reads through
   * {@link From}, {@link #forEach()} or a {@code {{tasks.X…}}} reference.
   */
  String[] after() default {};

  /**
   * Runs the step only when this Argo expression is true, e.g.
   * {@code "{{tasks.flip.outputs.result}} == heads"}; otherwise the step is Skipped. Every
   * {@code {{…}}} in it must resolve, and a step it names becomes a dependency.
   */
  String when() default "";

  /**
   * Fans out over the list another script returns (by method or step name): one pod per element, the
   * element passed through the {@link Item} parameter (Argo's {@code withParam}). The producer must
   * return a {@code List}, {@code Set} or array whose element type is the {@code @Item} parameter's.
   */
  String forEach() default "";

  /**
   * Fans out over literal values, one pod per value, passed through the {@link Item} parameter
   * (Argo's {@code withItems}). Each value must parse as the {@code @Item} parameter's type.
   */
  String[] items() default {};

  /** Stops the step after this long, as a Go duration: {@code "30s"}, {@code "10m"}, {@code "1h30m"}. */
  String timeout() default "";

  /**
   * Kubernetes stops the step's pod once it has been active this long (Argo's {@code activeDeadlineSeconds}),
   * as a Go duration in whole seconds: {@code "10s"}, {@code "5m"}. The step then fails with "Pod was
   * active on the node longer than the specified deadline".
   */
  String deadline() default "";

  /**
   * Runs the step when this outcome condition holds, instead of when its dependencies succeeded
   * (Argo's {@code depends}, DAG style only): step names joined with {@code &&}, {@code ||},
   * {@code !} and parentheses, each optionally with a result, e.g. {@code "extract && (load.Failed ||
   * load.Skipped)"} or {@code "fanout.AnySucceeded"}. Results: {@code Succeeded}, {@code Failed},
   * {@code Errored}, {@code Skipped}, {@code Omitted}, {@code Daemoned}, and for a step that fans out
   * {@code AnySucceeded} and {@code AllFailed}; a bare name means it succeeded or was skipped. It must
   * name every step this one reads from. When it is false once those steps are done, the step is
   * Omitted.
   */
  String depends() default "";

  /**
   * The outcomes after which the workflow goes on as if this step had succeeded (STEPS style only,
   * Argo's {@code continueOn}): {@code continueOn = ContinueOn.FAILED} lets a later step read
   * {@code {{steps.<step>.status}}} and react. The step keeps its phase. In a DAG, say it in the next
   * step's {@link #depends()} instead, e.g. {@code "flaky.Succeeded || flaky.Failed"}.
   */
  ContinueOn[] continueOn() default {};
}
