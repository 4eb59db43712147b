package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code java.nio.file.Path} parameter filled with a file of a JFrog Artifactory repository (an Argo
 * input artifact). Credentials come from Secrets, each written {@code "secret/key"}.
 *
 * <p>On a {@code @Script} method that returns a {@code Path}: where the returned file is stored.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Artifactory {
  /** The file's URL, e.g. {@code http://artifactory:8081/artifactory/generic-local/hello_world.tgz}; may hold tags. */
  String url();

  /** The user name, from a Secret: {@code "secret/key"}. */
  String usernameSecret() default "";

  /** The password or API key, from a Secret: {@code "secret/key"}. */
  String passwordSecret() default "";
}
