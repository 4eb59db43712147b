package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link Template} (or a {@link Script}'s template) an Argo {@code suspend} template: instead of running
 * the method, the step waits, for {@link #duration()} or, without one, until someone resumes it
 * ({@code argo resume}, the UI; locally {@code LocalRun.resume} or {@code jera run --resume}). The method's body
 * never runs (return {@code null}); it has no result.
 *
 * <p>Its {@link Output}s (on the method or on the components of the record it returns) are values supplied when it
 * is resumed (Argo's {@code valueFrom.supplied}); an output's {@link Output#defaultValue()}, else the default of the
 * input of the same name, is its value when the suspend ends by its duration. Its parameters are its inputs, which
 * {@link Param} may declare with a default, allowed values and a description (what the UI shows when resuming).
 *
 * <pre>{@code
 * @Template @Suspend @Output("approve")
 * public static String approval(@Param(value = "approve", defaultValue = "NO", allowed = {"YES", "NO"},
 *     description = "Choose YES to continue workflow and deploy to production") String approve) { return null; }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Suspend {
  /**
   * How long the step waits: a Go duration ({@code "20s"}, {@code "2m"}, {@code "6h"}) or a number of seconds
   * ({@code "20"}); a tag ({@code "{{inputs.parameters.wait}}"}) lets each call choose. Empty, the default: until
   * resumed.
   */
  String duration() default "";
}
