package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A volume mounted into a step's container at {@link #mountPath()}. What backs it:
 *
 * <ul>
 *   <li>nothing else given: an {@code emptyDir}, scratch space that lives as long as the pod;
 *   <li>{@link #claim()}: an existing PersistentVolumeClaim;
 *   <li>{@link #size()}: a claim the workflow creates for its run (a {@code volumeClaimTemplate}),
 *       shared by every step that mounts it, optionally of a {@link #storageClass()};
 *   <li>{@link #secret()} or {@link #configMap()}: their keys as files.
 * </ul>
 *
 * On a {@link Workflow} class it is mounted into every step; on a {@link Script}, into that step.
 * Two volumes of one step may not share a mount path.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@Repeatable(Volumes.class)
public @interface Volume {
  /** The volume's name (a DNS-1123 label); steps that mount the same name share its definition. */
  String name();

  /** Where the container sees it: an absolute path. */
  String mountPath();

  /**
   * The path inside the volume to mount instead of its root, relative ({@code "logs/etl"}); it may
   * hold tags Argo resolves for the step.
   */
  String subPath() default "";

  /** Mounts it read-only. */
  boolean readOnly() default false;

  /** An existing PersistentVolumeClaim. */
  String claim() default "";

  /** The size of a claim created for each run, e.g. {@code "1Gi"}. */
  String size() default "";

  /** The storage class of a claim created for each run; empty uses the cluster's default. */
  String storageClass() default "";

  /** A Secret whose keys appear as files. */
  String secret() default "";

  /** A ConfigMap whose keys appear as files. */
  String configMap() default "";
}
