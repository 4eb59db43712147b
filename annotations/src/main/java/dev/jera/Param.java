package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A workflow parameter.
 *
 * <p>On a {@link Workflow} class it declares the parameter: {@code value} is its name, and a parameter
 * with no {@link #defaultValue()} must be given at submission. On a script's parameter it takes that
 * workflow parameter's value, decoded into the Java type of the parameter (a {@code String} as the raw
 * text, {@code LocalDate} from {@code 2024-01-31}, a record from its JSON, …). The default and every
 * {@link #allowed()} value must parse as that type.
 *
 * <p>On a parameter of a {@link Template} it declares that template's input instead: {@code value} is
 * the input's name, and {@link #defaultValue()}, {@link #allowed()} and {@link #description()} are the
 * input's.
 *
 * <pre>{@code
 * @Param(value = "run-date", defaultValue = "2024-01-01")
 * public class CurrencyEtl {
 *   @Script
 *   public static List<Rate> extract(@Param("run-date") LocalDate runDate) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PARAMETER})
@Repeatable(Params.class)
public @interface Param {

  /** Marks "no default": the parameter is required at submission. */
  String NO_DEFAULT = "\u0000jera:no-default\u0000";

  /** The parameter's name: letters, digits, {@code -} and {@code _} (Argo's rule). */
  String value();

  /** The default value (on the class, or a template's input). Absent: the parameter is required. */
  String defaultValue() default NO_DEFAULT;

  /** What the parameter means, shown by Argo's UI (on the class, or a template's input). */
  String description() default "";

  /** The only values the parameter may take, Argo's {@code enum} (on the class, or a template's input). */
  String[] allowed() default {};

  /**
   * Takes the value from a key of a ConfigMap, {@code "configmap/key"} (on the class, or a template's
   * input): Argo's {@code valueFrom.configMapKeyRef}, read by the controller when the workflow starts
   * (a workflow parameter) or when the step starts (an input), unless a value is given (at submission,
   * or by the calling step). The ConfigMap needs the label
   * {@code workflows.argoproj.io/configmap-type: Parameter}. With it, {@link #defaultValue()} is the
   * value to take when the ConfigMap or its key does not exist ({@code valueFrom.default}).
   *
   * <pre>{@code
   * @Param(value = "message", configMap = "simple-parameters/msg")
   * }</pre>
   */
  String configMap() default "";

  /**
   * On a {@link Graph} class: {@code java.nio.file.Path} declares an input file of the graph
   * ({@code inputs.artifacts}) instead of a value; callers pass it like any file ({@code @From} another
   * step's), and the graph's steps hand it on with {@code @Value("{{inputs.artifacts.<name>}}") Path}.
   * The default, {@code String}, is a value. A workflow's files are the {@code Path} components of a
   * {@code @Workflow} record instead.
   */
  Class<?> type() default String.class;
}
