package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Holds repeated {@link Param} declarations on a {@link Workflow} class; write {@code @Param} twice instead. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Params {
  /** The declared parameters, in order. */
  Param[] value();
}
