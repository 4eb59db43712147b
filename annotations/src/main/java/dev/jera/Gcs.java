package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code java.nio.file.Path} parameter filled with an object of Google Cloud Storage (an Argo input
 * artifact). The service account key comes from a Secret, written {@code "secret/key"}; leave it out
 * to use workload identity.
 *
 * <p>On a {@code @Script} method that returns a {@code Path}: where the returned file is stored.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Gcs {
  /** The bucket. */
  String bucket();

  /** The object's key, or a prefix for a directory. */
  String key();

  /** The service account key, from a Secret: {@code "secret/key"}. */
  String serviceAccountKeySecret() default "";
}
