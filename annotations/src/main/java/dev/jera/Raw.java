package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code java.nio.file.Path} parameter filled with a file holding this text (an Argo raw input
 * artifact): the file the step reads is written from the manifest, nothing is fetched. Only for inputs.
 *
 * <pre>{@code
 * @Script
 * public static void print(@Raw("this is\nthe raw file\ncontents\n") Path myfile) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Raw {
  /** The file's content, written as it is (no newline added); may hold tags. */
  String value();
}
