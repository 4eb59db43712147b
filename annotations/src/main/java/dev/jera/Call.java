package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link Script} a call of a template defined elsewhere instead of a method of its own: a
 * template of a {@link Kind#WORKFLOW_TEMPLATE} or {@link Kind#CLUSTER_WORKFLOW_TEMPLATE} (Argo's
 * {@code templateRef}), or a script of a {@link Library} class (emitted once into this workflow,
 * however many steps call it). Give at most one of {@link #workflow()}, {@link #name()} and
 * {@link #library()}; with none, the step calls a {@link Template} of its own workflow.
 *
 * <p>The method's parameters are the arguments, wired like any script's; each must be an input of the
 * called template, by name (its Java name, or that name in kebab-case: {@code osImage} passes
 * {@code os-image}, {@code package_} passes {@code package}) and type, and every input the template needs must be given. The return
 * type is the template's result type (or {@code void} to ignore it). The method's body is never
 * called.
 *
 * <pre>{@code
 * @Script(items = {"north", "south"})
 * @Call(workflow = MonthlyReport.class, template = "region")
 * public static String region(@Item String region, @Param("month") YearMonth month) { return null; }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Call {
  /** A workflow template class compiled by Jera, here or in a jar on the class path. */
  Class<?> workflow() default void.class;

  /**
   * The name of a (Cluster)WorkflowTemplate compiled by Jera into a jar on the class path: it is
   * type-checked through the jar's {@code META-INF/jera/workflows/<name>.json}.
   */
  String name() default "";

  /** A {@link Library} class whose script is called. */
  Class<?> library() default void.class;

  /**
   * The called template: a step (method or step name) of the workflow template or library, or a
   * {@link Template} (by template name) of the workflow template or of this workflow.
   */
  String template();
}
