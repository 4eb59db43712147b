package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code java.nio.file.Path} parameter filled with an object (or prefix) of an S3-compatible store
 * (an Argo input artifact). Credentials come from Secrets, each written {@code "secret/key"}; leave
 * them out to use the pod's IAM role. With only a {@link #key()}, the object is read from the
 * workflow's artifact repository ({@link Workflow#artifactRepository()} or the namespace's default).
 *
 * <p>On a {@code @Script} method that returns a {@code Path}: where the returned file is stored, instead of
 * the repository's default key; {@code @S3(key = "…")} alone is a key of the artifact repository. The key may
 * hold tags, such as {@code {{workflow.name}}/results/{{inputs.parameters.part}}.json}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface S3 {
  /** The bucket; empty reads {@link #key()} from the workflow's artifact repository. */
  String bucket() default "";

  /**
   * The object's key, or a prefix for a directory: required, except on a {@link Data} template's source, where
   * it is the prefix listed (empty: the whole bucket).
   */
  String key() default "";

  /** The endpoint, e.g. {@code s3.amazonaws.com} or a MinIO host; empty with a repository key. */
  String endpoint() default "";

  /** The region. */
  String region() default "";

  /** The access key id, from a Secret: {@code "secret/key"}. */
  String accessKeySecret() default "";

  /** The secret access key, from a Secret: {@code "secret/key"}. */
  String secretKeySecret() default "";

  /**
   * Connect over plain HTTP instead of TLS (a MinIO inside the cluster). Written only when set: left
   * out, the repository's or Argo's default (TLS) applies; {@code insecure = false} insists on TLS.
   */
  boolean insecure() default false;
}
