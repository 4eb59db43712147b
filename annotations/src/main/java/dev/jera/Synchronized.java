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
 * @Synchronized(mutex = "welcome", database = true)  // a lock kept in Argo's synchronization database
 * @Synchronized(semaphore = "template", database = true)  // its limit is row 'namespace/template' of sync_limit
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Synchronized {
  /** Names of mutexes to hold: one holder at a time each. */
  String[] mutex() default {};

  /**
   * Semaphores to hold, each {@code "configmap/key"}: the key holds how many may run at once. With
   * {@link #database}, each is a bare key of the database instead.
   */
  String[] semaphore() default {};

  /**
   * Whether the locks live in Argo's synchronization database (v3.7 and later; the controller needs
   * one configured) rather than in the controller's memory and ConfigMaps, so that they hold across
   * controllers and clusters: each mutex becomes {@code {name, database: true}}, each semaphore a bare
   * key, {@code {database: {key}}}, whose limit is the {@code sizeLimit} of row {@code <namespace>/<key>}
   * of table {@code sync_limit}. Locally such a semaphore's limit is {@code --semaphore key=N}
   * ({@code LocalRun.semaphore}), else 1.
   */
  boolean database() default false;
}
