package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Takes an Argo template string, resolved when the step starts, e.g. {@code "{{workflow.name}}"} or
 * {@code "run {{workflow.parameters.run-date}}"}. Every {@code {{…}}} must resolve in the step's
 * scope; a reference to another step's output makes that step a dependency.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Value {
  /** The template string. */
  String value();
}
