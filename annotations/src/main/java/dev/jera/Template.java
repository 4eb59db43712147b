package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A template of the enclosing {@link Workflow} that is not a step: steps call it with
 * {@code @Call(template = "…")}, or the workflow starts at it ({@link Workflow#entrypoint()}). The
 * method runs in its own pod like a {@link Script} (or runs a {@link Container}); the settings
 * annotations of a script's template ({@link Retry}, {@link Resources}, {@link Pod}, {@link Volume},
 * {@link Env}, {@link Synchronized}, {@link Memoize}, {@link Container}, {@link Archive}, {@link Sidecar},
 * {@link InitContainer}) apply to it.
 *
 * <p>Its parameters are its inputs, named by their Java names, or by {@link Param} on the parameter,
 * which here declares the input: {@code @Param(value = "os-image", defaultValue = "debian:12")}
 * gives the input's name, default, allowed values and description. A {@link Secret} or a file
 * location ({@link Http}, {@link S3}, …) stays fixed. Its return value is the template's result.
 *
 * <pre>{@code
 * @Template
 * public static void printMessage(String message) { System.out.println(message); }
 *
 * @Script @Call(template = "print-message")
 * static void hello1(@Value("hello1") String message) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Template {
  /**
   * The template's name: letters, digits and {@code -}. Default: the method's name in kebab-case
   * ({@code printMessage} becomes {@code print-message}).
   */
  String name() default "";

  /** The container image of this template. Default: the workflow's image, then {@code -Ajera.image}. */
  String image() default "";

  /**
   * Stops the template's pod after this long, as a Go duration: {@code "30s"}, {@code "10m"}; or an input
   * of the template, {@code "{{inputs.parameters.timeout}}"}, so each call chooses (each literal argument
   * for it must then be a duration).
   */
  String timeout() default "";

  /**
   * Whether Argo keeps this template's logs in the artifact repository ({@code archiveLocation.archiveLogs}),
   * whatever the workflow's {@code archiveLogs} says.
   */
  boolean archiveLogs() default false;

  /**
   * Annotations of the template, {@code "key=value"} (Argo's template {@code annotations}), such as
   * {@code "workflows.argoproj.io/display-name=os-{{inputs.parameters.image}}"}, the name Argo's UI shows for
   * its nodes; tags of the template's inputs are allowed in values. A local run does not use them.
   */
  String[] annotations() default {};

  /**
   * Kubernetes stops the template's pod once it has been active this long (Argo's
   * {@code activeDeadlineSeconds}), as a Go duration in whole seconds: {@code "10s"}, {@code "5m"}; or an
   * input of the template, {@code "{{inputs.parameters.deadline}}"}, whose arguments are then whole seconds.
   * The step then fails with "Pod was active on the node longer than the specified deadline".
   */
  String deadline() default "";
}
