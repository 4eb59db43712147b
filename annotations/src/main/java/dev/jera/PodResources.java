package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Resources for a step's pod as a whole, shared by all its containers (Argo v4.1's
 * {@code podResources}; the cluster needs Kubernetes' PodLevelResources feature), as Kubernetes
 * quantities. On the {@link Workflow} class it applies to every pod; on a {@link Script}, to that
 * step's pod instead. {@link Resources} sets a single container's.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PodResources {
  /** CPU requested for the pod, e.g. {@code "100m"}. */
  String cpu() default "";

  /** Memory requested for the pod, e.g. {@code "64Mi"}. */
  String memory() default "";

  /** The most CPU the pod may use; not below {@link #cpu()}. */
  String cpuLimit() default "";

  /** The most memory the pod may use; not below {@link #memory()}. */
  String memoryLimit() default "";
}
