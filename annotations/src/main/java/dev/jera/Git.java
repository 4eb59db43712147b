package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code java.nio.file.Path} parameter holding a checkout of a Git repository (an Argo input
 * artifact). Credentials come from Secrets, each written {@code "secret/key"}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Git {
  /** The repository, e.g. {@code https://github.com/argoproj/argo-workflows.git}. */
  String repo();

  /** A branch, tag or commit; default the repository's default branch. */
  String revision() default "";

  /** A shallow clone of this many commits; 0 clones the whole history. */
  int depth() default 0;

  /** The user name, from a Secret: {@code "secret/key"}. */
  String usernameSecret() default "";

  /** The password or token, from a Secret: {@code "secret/key"}. */
  String passwordSecret() default "";

  /** An SSH private key, from a Secret: {@code "secret/key"}. */
  String sshPrivateKeySecret() default "";
}
