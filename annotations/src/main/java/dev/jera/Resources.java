package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The resources a step's container requests and may use, as Kubernetes quantities ({@code "250m"},
 * {@code "1"}, {@code "256Mi"}, {@code "1Gi"}). On a script it applies to that step; on the
 * {@link Workflow} class, to every script that has none of its own. Empty attributes are left out.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Resources {
  /** CPU requested, e.g. {@code "250m"} (a quarter of a core). */
  String cpu() default "";

  /** Memory requested, e.g. {@code "256Mi"}. */
  String memory() default "";

  /** The most CPU the container may use; not below {@link #cpu()}. */
  String cpuLimit() default "";

  /** The most memory the container may use before it is killed; not below {@link #memory()}. */
  String memoryLimit() default "";

  /**
   * Dynamic resource claims the container uses, each the name of one declared by
   * {@link Pod#resourceClaims()} on the script or its class ({@code "accelerator"}), or
   * {@code "name/request"} for one request of that claim.
   */
  String[] claims() default {};
}
