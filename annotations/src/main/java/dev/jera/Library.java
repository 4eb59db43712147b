package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A class of {@link Script} methods shared by several workflows, called from their steps with
 * {@link Call#library()}. Its scripts take their inputs from the calling step, so their parameters
 * carry no {@link Param}, {@link From}, {@link Item} or {@link Value} (a {@link Secret} or a file
 * location such as {@link Http} stays fixed). Each workflow that calls a script holds its template
 * once; the library gets a runner of its own.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Library {}
