package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the file a script returns (a {@code java.nio.file.Path}, an Argo output artifact) is stored in
 * the artifact repository; on a {@code Path} component of a returned record marked {@link Output}, how
 * that output file is. Without it Argo stores a gzipped tarball.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Archive {
  /** The format. */
  Format value();

  /** The gzip level of {@link Format#TAR}, 0 (none) to 9 (best); -1 keeps Argo's default. */
  int compressionLevel() default -1;

  /** Archive formats. */
  enum Format {
    /** Stored as it is: a single file stays readable in the repository's browser. */
    NONE,
    /** A gzipped tarball, Argo's default. */
    TAR,
    /** A zip file. */
    ZIP
  }
}
