package dev.jera.processor.validate;

import dev.jera.processor.model.Options;
import java.util.Map;
import java.util.Optional;

/** The processor's options as given ({@code -Ajera.*}): values it cannot use, and names it still reads but should not. */
public final class OptionsCheck {
  private OptionsCheck() {}

  /** What is wrong with the options as given, one message each. */
  public static java.util.List<String> problems(Map<String, String> options) {
    java.util.List<String> problems = new java.util.ArrayList<>();
    String user = options.get(Options.RUN_AS_USER);
    if (user != null && !user.strip().matches("[1-9][0-9]{0,9}")) {
      problems.add("processor option " + Options.RUN_AS_USER + "=" + user + " is not a non-root numeric user id; use e.g. 65532");
    }
    Optional<String> appVersion = Options.nonBlank(options.get(Options.APP_VERSION));
    Optional<String> legacy = Options.nonBlank(options.get(Options.LEGACY_VERSION));
    if (appVersion.isPresent() && legacy.isPresent() && !appVersion.equals(legacy)) {
      problems.add("processor options " + Options.APP_VERSION + "=" + appVersion.get() + " and " + Options.LEGACY_VERSION + "="
          + legacy.get() + " disagree; remove -A" + Options.LEGACY_VERSION + ", the old name of " + Options.APP_VERSION);
    }
    return problems;
  }

  /** What is allowed in the options as given but should change, one message each. */
  public static java.util.List<String> warnings(Map<String, String> options) {
    java.util.List<String> warnings = new java.util.ArrayList<>();
    if (options.containsKey(Options.LEGACY_VERSION)) {
      warnings.add("processor option " + Options.LEGACY_VERSION + " is deprecated: your application's version is now "
          + Options.APP_VERSION + " (-A" + Options.APP_VERSION + "=${project.version}), since " + Options.LEGACY_VERSION
          + " names Jera's own version in a pom");
    }
    return warnings;
  }

}
