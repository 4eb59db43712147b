package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Reuses a step's earlier result instead of running it again (Argo's {@code memoize}): results are
 * kept in a ConfigMap under {@link #key()}, which usually names the step's inputs, e.g.
 * {@code "{{inputs.parameters.day}}"}.
 *
 * <p>On a {@link Graph} class (or the {@link Workflow} class, for its own graph), the graph's outputs are reused for a key seen before (its steps do not run
 * again), e.g. {@code @Memoize(key = "{{inputs.parameters.num}}", cache = "fibonacci-m")} on a recursive
 * graph. The local executor runs every step again: it keeps no cache.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Memoize {
  /** The cache key; may use the step's {@code {{inputs.parameters.<name>}}} and workflow variables. */
  String key();

  /** How long a cached result stays valid, as a Go duration ({@code "1h"}); empty: forever. */
  String maxAge() default "";

  /** The ConfigMap that holds the cache. */
  String cache();
}
