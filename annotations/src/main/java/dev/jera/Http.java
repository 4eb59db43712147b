package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code java.nio.file.Path} parameter filled with a file downloaded over HTTP(S) before the step
 * starts (an Argo input artifact).
 *
 * <pre>{@code
 * @Script
 * public static long lines(@Http("https://example.com/data.csv") Path csv) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Http {
  /** The URL; may hold tags such as {@code {{workflow.parameters.day}}}. */
  String value();
}
