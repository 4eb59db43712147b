package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link Template} (or {@link Script}) an Argo data template: instead of calling the method, Argo
 * lists the files of a store and transforms that list, and the step's result is the list, as JSON. The
 * method's body is never called. Its one {@code java.nio.file.Path} parameter with a location
 * ({@code @S3(bucket = "my-bucket")}, {@code @Gcs}, …) is the source ({@code source.artifactPaths}), named
 * by its {@code @Param}; each {@link #transformation()} is an expr-lang expression over {@code data}, the
 * list so far, applied in order.
 *
 * <pre>{@code
 * @Template(name = "list-log-files")
 * @Data(transformation = "filter(data, {# endsWith \"main.log\"})")
 * public static List<String> listLogFiles(@Param("test-bucket") @S3(bucket = "my-bucket") Path testBucket) {
 *   return null;
 * }
 * }</pre>
 *
 * <p>Locally the source is a local copy given for the step's input ({@code --artifact step.name=DIR}): its
 * files' paths relative to it, sorted, are the list.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Data {
  /** The expressions applied to {@code data} in order ({@code data.transformation[].expression}). */
  String[] transformation();
}
