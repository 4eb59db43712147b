package dev.jera.processor;

import java.util.Map;
import java.util.Optional;

/**
 * The processor's options ({@code -Ajera.image=…}).
 *
 * @param image the image of every script that sets none
 * @param version stamped on every manifest as {@code app.kubernetes.io/version}; replaces
 *     {@code ${jera.version}} in workflow names
 * @param classpath the class path inside the image (Jib's layout by default)
 * @param javaOptions JVM flags of every step, tuned for short-lived processes
 */
public record Options(Optional<String> image, Optional<String> version, String classpath, String javaOptions) {
  public static final String IMAGE = "jera.image";
  public static final String VERSION = "jera.version";
  public static final String CLASSPATH = "jera.classpath";
  public static final String JAVA_OPTIONS = "jera.javaOptions";

  /** Jib puts resources, classes and dependency jars here. */
  public static final String DEFAULT_CLASSPATH = "/app/resources:/app/classes:/app/libs/*";

  /** Fast start for a JVM that runs one method: no JIT tiers past C1, the serial collector. */
  public static final String DEFAULT_JAVA_OPTIONS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto";

  public static Options from(Map<String, String> options) {
    return new Options(
        nonBlank(options.get(IMAGE)),
        nonBlank(options.get(VERSION)),
        nonBlank(options.get(CLASSPATH)).orElse(DEFAULT_CLASSPATH),
        Optional.ofNullable(options.get(JAVA_OPTIONS)).orElse(DEFAULT_JAVA_OPTIONS).strip());
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
