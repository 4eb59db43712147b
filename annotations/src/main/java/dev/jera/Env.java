package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An environment variable of a step's container: a plain {@link #value()}, or a {@link #key()} of a
 * ConfigMap or Secret. On a {@link Workflow} class it applies to every step; on a {@link Script} to
 * that step. Exactly one of {@code value}, {@code configMap} and {@code secret} is given.
 *
 * <pre>{@code
 * @Env(name = "REGION", value = "eu-west-1")
 * @Env(name = "DB_HOST", configMap = "warehouse", key = "host")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(Envs.class)
public @interface Env {
  /** The variable's name. */
  String name();

  /** A literal value; may hold Argo tags such as {@code {{workflow.name}}}. */
  String value() default "";

  /** The ConfigMap to read {@link #key()} from. */
  String configMap() default "";

  /** The Secret to read {@link #key()} from. */
  String secret() default "";

  /** The key within the ConfigMap or Secret. */
  String key() default "";
}
