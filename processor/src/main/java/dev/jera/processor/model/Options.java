package dev.jera.processor.model;

import java.util.Map;
import java.util.Optional;

/**
 * The processor's options ({@code -Ajera.image=…}).
 *
 * @param image the image of every script that sets none
 * @param appVersion the version of the user's application (not Jera's): stamped on every manifest as
 *     {@code app.kubernetes.io/version}; replaces {@code ${jera.appVersion}} in workflow names
 * @param classpath the class path inside the image (Jib's layout by default)
 * @param javaOptions JVM flags of every step, tuned for short-lived processes
 * @param runAsUser the numeric user pods run as under the "restricted" profile
 * @param runnerSource whether runners are written as Java source ({@code -Ajera.runners=source}) rather than
 *     class files: readable, at the cost of javac compiling them in every build
 */
public record Options(
    Optional<String> image, Optional<String> appVersion, String classpath, String javaOptions, long runAsUser,
    boolean runnerSource) {
  public static final String IMAGE = "jera.image";
  public static final String APP_VERSION = "jera.appVersion";
  /**
   * The old name of {@link #APP_VERSION}, still read, with a warning: in a pom, {@code jera.version} is the
   * property naming Jera's own version, so the option for the application's version has a name of its own.
   */
  public static final String LEGACY_VERSION = "jera.version";

  /** Replaced in a workflow's name by {@link #appVersion}, lowercased: {@code etl-${jera.appVersion}}. */
  public static final String VERSION_PLACEHOLDER = "${jera.appVersion}";
  /** The old spelling of {@link #VERSION_PLACEHOLDER}, still replaced, with a warning. */
  public static final String LEGACY_VERSION_PLACEHOLDER = "${jera.version}";
  public static final String CLASSPATH = "jera.classpath";
  public static final String JAVA_OPTIONS = "jera.javaOptions";
  public static final String RUN_AS_USER = "jera.runAsUser";
  /** How runners are written: {@link #RUNNERS_AS_CLASSES} (the default) or {@link #RUNNERS_AS_SOURCE}. */
  public static final String RUNNERS = "jera.runners";
  public static final String RUNNERS_AS_CLASSES = "classes";
  public static final String RUNNERS_AS_SOURCE = "source";

  /** The non-root user of the images Jera's Jib set-up builds (distroless' "nonroot"). */
  public static final long DEFAULT_RUN_AS_USER = 65532;

  /** Jib puts resources, classes and dependency jars here. */
  public static final String DEFAULT_CLASSPATH = "/app/resources:/app/classes:/app/libs/*";

  /** Fast start for a JVM that runs one method: C1 only, the serial collector, no perf-data file (see BENCHMARKS.md). */
  public static final String DEFAULT_JAVA_OPTIONS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xshare:auto";

  public static Options from(Map<String, String> options) {
    return new Options(
        nonBlank(options.get(IMAGE)),
        nonBlank(options.get(APP_VERSION)).or(() -> nonBlank(options.get(LEGACY_VERSION))),
        nonBlank(options.get(CLASSPATH)).orElse(DEFAULT_CLASSPATH),
        Optional.ofNullable(options.get(JAVA_OPTIONS)).orElse(DEFAULT_JAVA_OPTIONS).strip(),
        runAsUser(options.get(RUN_AS_USER)),
        nonBlank(options.get(RUNNERS)).filter(RUNNERS_AS_SOURCE::equals).isPresent());
  }

  /** A malformed value keeps the default; {@link #problems} says so. */
  private static long runAsUser(String value) {
    try {
      return value == null || value.isBlank() ? DEFAULT_RUN_AS_USER : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return DEFAULT_RUN_AS_USER;
    }
  }

  /**
   * The {@code jera.*} options given, by name, a value-less {@code -Ajera.x} as "": what the index records,
   * so that a build can compare them with the options it gives javac (unknown ones too: javac warns about them).
   */
  public static Map<String, String> given(Map<String, String> options) {
    Map<String, String> given = new java.util.TreeMap<>();
    options.forEach((name, value) -> {
      if (name.startsWith("jera.")) {
        given.put(name, value == null ? "" : value);
      }
    });
    return given;
  }

  /** The value stripped, or empty when it is absent or blank. */
  public static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
