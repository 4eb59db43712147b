package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how many runs hold a lock at once (Argo's {@code synchronization}, in the v4
 * {@code mutexes}/{@code semaphores} form). On a {@link Workflow} class it locks the whole workflow;
 * on a {@link Script}, that step.
 *
 * <pre>{@code
 * @Synchronized(mutex = "warehouse-load")            // one at a time
 * @Synchronized(semaphore = "etl-limits/warehouse")  // as many as ConfigMap etl-limits' key says
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Synchronized {
  /** Names of mutexes to hold: one holder at a time each. */
  String[] mutex() default {};

  /** Semaphores to hold, each {@code "configmap/key"}: the key holds how many may run at once. */
  String[] semaphore() default {};
}
