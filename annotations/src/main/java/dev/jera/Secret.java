package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A key of a Kubernetes Secret.
 *
 * <p>On a script's parameter, the key's value is passed to the step as an environment variable
 * ({@code secretKeyRef}); it is never written into the manifest. On the {@link Workflow} class
 * (repeatable) it declares a Secret the workflow needs: once a class declares any, every
 * {@code @Secret} of its scripts must name a declared one, so a typo is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.TYPE})
@Repeatable(Secrets.class)
public @interface Secret {
  /** The Secret's name (a Kubernetes DNS-1123 name). */
  String name();

  /** The key within the Secret: letters, digits, {@code -}, {@code _} and {@code .}. */
  String key();
}
