package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code java.nio.file.Path} parameter filled by an artifact driver plugin of the Argo installation
 * (an Argo input artifact, {@code plugin}): the plugin named {@link #name()} fetches {@link #key()} as
 * its {@link #configuration()} says.
 *
 * <p>On a {@code @Script} method that returns a {@code Path}: the plugin stores the returned file.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface ArtifactPlugin {
  /** The plugin's name, as the workflow controller's configuration lists it. */
  String name();

  /** The plugin's own configuration (often YAML), handed to it as it is. */
  String configuration() default "";

  /** The artifact's key in the plugin's store; may hold tags. */
  String key();
}
