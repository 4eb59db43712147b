package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Takes the return value of another script of the workflow (by method or step name), which becomes a
 * dependency. The parameter's type must be the producer's return type; for a producer that fans out
 * ({@link Script#forEach()} or {@link Script#items()}) it is the {@code List} of all its results, in
 * item order. With {@link #output()} it takes one named output of the producer instead.
 *
 * <pre>{@code
 * @Script
 * public static Summary load(@From("convert") List<Rate> rates) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface From {
  /** The producing script's method or step name. */
  String value();

  /**
   * A named output of the producer ({@link Output}) rather than its result: the parameter is then
   * that output's type, a {@code Path} for a file. Empty, the default, takes the result.
   */
  String output() default "";

  /**
   * For a file ({@code Path}) only: a file or folder inside the producer's file, relative to it
   * ({@code "hello_world.txt"} of a returned folder), handed over instead of the whole (Argo's
   * {@code subPath} of the argument). Empty, the default, hands over the whole file or folder.
   */
  String subPath() default "";
}
