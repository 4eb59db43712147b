package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code java.nio.file.Path} parameter filled with an object (or prefix) of Alibaba Cloud OSS (an Argo
 * input artifact). Credentials come from Secrets, each written {@code "secret/key"}. With only a
 * {@link #key()}, the object is read from the workflow's artifact repository, which must then be an OSS one.
 *
 * <p>On a {@code @Script} method that returns a {@code Path}: where the returned file is stored.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Oss {
  /** The endpoint, e.g. {@code http://oss-cn-hangzhou.aliyuncs.com}; empty with a repository key. */
  String endpoint() default "";

  /** The bucket; empty reads {@link #key()} from the workflow's artifact repository. */
  String bucket() default "";

  /** The object's key, or a prefix for a directory; may hold tags. */
  String key();

  /** The access key, from a Secret: {@code "secret/key"}. */
  String accessKeySecret() default "";

  /** The secret key, from a Secret: {@code "secret/key"}. */
  String secretKeySecret() default "";
}
