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
 * @param runAsUser the numeric user pods run as under the "restricted" profile
 */
public record Options(
    Optional<String> image, Optional<String> version, String classpath, String javaOptions, long runAsUser) {
  public static final String IMAGE = "jera.image";
  public static final String VERSION = "jera.version";
  public static final String CLASSPATH = "jera.classpath";
  public static final String JAVA_OPTIONS = "jera.javaOptions";
  public static final String RUN_AS_USER = "jera.runAsUser";

  /** The non-root user of the images Jera's Jib set-up builds (distroless' "nonroot"). */
  public static final long DEFAULT_RUN_AS_USER = 65532;

  /** Jib puts resources, classes and dependency jars here. */
  public static final String DEFAULT_CLASSPATH = "/app/resources:/app/classes:/app/libs/*";

  /** Fast start for a JVM that runs one method: C1 only, the serial collector, no perf-data file (see BENCHMARKS.md). */
  public static final String DEFAULT_JAVA_OPTIONS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xshare:auto";

  public static Options from(Map<String, String> options) {
    return new Options(
        nonBlank(options.get(IMAGE)),
        nonBlank(options.get(VERSION)),
        nonBlank(options.get(CLASSPATH)).orElse(DEFAULT_CLASSPATH),
        Optional.ofNullable(options.get(JAVA_OPTIONS)).orElse(DEFAULT_JAVA_OPTIONS).strip(),
        runAsUser(options.get(RUN_AS_USER)));
  }

  /** A malformed value keeps the default; {@link #problems} says so. */
  private static long runAsUser(String value) {
    try {
      return value == null || value.isBlank() ? DEFAULT_RUN_AS_USER : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return DEFAULT_RUN_AS_USER;
    }
  }

  /** What is wrong with the options as given, one message each. */
  public static java.util.List<String> problems(Map<String, String> options) {
    java.util.List<String> problems = new java.util.ArrayList<>();
    String user = options.get(RUN_AS_USER);
    if (user != null && !user.strip().matches("[1-9][0-9]{0,9}")) {
      problems.add("processor option " + RUN_AS_USER + "=" + user + " is not a non-root numeric user id; use e.g. 65532");
    }
    return problems;
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
