package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where and how a step's pod is scheduled. On a {@link Workflow} class it applies to every pod of the
 * workflow; on a {@link Script}, to that step's pods (and wins over the class for what it sets).
 *
 * <pre>{@code
 * @Pod(nodeSelector = "disktype=ssd", tolerations = "dedicated=etl:NoSchedule",
 *      affinity = "topology.kubernetes.io/zone in (eu-west-1a, eu-west-1b)", priorityClass = "batch-high")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Pod {
  /** Node labels the node must have, each {@code "key=value"}. */
  String[] nodeSelector() default {};

  /**
   * Taints the pod tolerates, each {@code "key=value:Effect"}, {@code "key:Effect"} (any value) or
   * {@code "key=value"} (any effect); effects are {@code NoSchedule}, {@code PreferNoSchedule} and
   * {@code NoExecute}.
   */
  String[] tolerations() default {};

  /**
   * Required node affinity, each a label requirement: {@code "key in (a, b)"},
   * {@code "key notin (a)"}, {@code "key exists"} or {@code "key doesnotexist"}; all must hold.
   */
  String[] affinity() default {};

  /** The PriorityClass of the pods. */
  String priorityClass() default "";

  /** Secrets holding credentials to pull the images (class only). */
  String[] imagePullSecrets() default {};
}
