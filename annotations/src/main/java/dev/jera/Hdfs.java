package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code java.nio.file.Path} parameter filled with a file or directory of HDFS (an Argo input
 * artifact), read as {@link #user()}.
 *
 * <pre>{@code
 * @Script
 * public static void print(@Hdfs(addresses = "my-hdfs-namenode-0:8020", path = "/tmp/argo/foo", user = "root") Path message) { ... }
 * }</pre>
 *
 * <p>On a {@code @Script} method that returns a {@code Path}: where the returned file is stored.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Hdfs {
  /** The name nodes, each {@code host:port}; at least one. */
  String[] addresses();

  /** The absolute path in HDFS, e.g. {@code /tmp/argo/foo}; may hold tags after its leading {@code /}. */
  String path();

  /** The HDFS user the file is read as. */
  String user();

  /** Copy the file even if it exists at the destination. */
  boolean force() default false;
}
