package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fans a {@link Script} out over a sequence of numbers (Argo's {@code withSequence}): one pod per
 * number, passed as text through the {@link Item} parameter ({@code String}, {@code int} or
 * {@code long}). Give {@link #count()} or {@link #end()}, not both; each may be a number or a tag
 * such as {@code "{{workflow.parameters.shards}}"}.
 *
 * <pre>{@code
 * @Script
 * @Sequence(count = "{{workflow.parameters.shards}}")
 * public static long shard(@Item int index) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Sequence {
  /** How many numbers, counting from {@link #start()}. */
  String count() default "";

  /** The first number; default 0. */
  String start() default "";

  /** The last number, included; counts down when below {@link #start()}. */
  String end() default "";

  /** A printf format for each number, e.g. {@code "part-%02d"}; default {@code %d}. */
  String format() default "";
}
