package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every key of a ConfigMap or Secret as environment variables of a step's container (Kubernetes'
 * {@code envFrom}), optionally with a {@link #prefix()}. On a {@link Workflow} class it applies to
 * every step; on a {@link Script} to that step. Exactly one of {@code configMap} and {@code secret}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(EnvFroms.class)
public @interface EnvFrom {
  /** The ConfigMap whose keys become variables. */
  String configMap() default "";

  /** The Secret whose keys become variables. */
  String secret() default "";

  /** Put before every variable's name, e.g. {@code "DB_"}. */
  String prefix() default "";
}
