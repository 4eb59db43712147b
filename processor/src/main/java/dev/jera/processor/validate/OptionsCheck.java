package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Message;
import dev.jera.processor.diagnostic.ProcessorMessages;
import dev.jera.processor.model.Options;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The processor's options as given ({@code -Ajera.*}): values it cannot use, and names it still reads
 * but should not. They concern the whole compilation, so they are reported on no element.
 */
public final class OptionsCheck {
  private OptionsCheck() {}

  public static List<Message> check(Map<String, String> options) {
    List<Message> messages = new ArrayList<>();
    String user = options.get(Options.RUN_AS_USER);
    if (user != null && !user.strip().matches("[1-9][0-9]{0,9}")) {
      messages.add(ProcessorMessages.invalidRunAsUser(Options.RUN_AS_USER, user));
    }
    String runners = options.get(Options.RUNNERS);
    if (runners != null && !List.of(Options.RUNNERS_AS_CLASSES, Options.RUNNERS_AS_SOURCE).contains(runners.strip())) {
      messages.add(ProcessorMessages.invalidRunners(Options.RUNNERS, runners, Options.RUNNERS_AS_CLASSES, Options.RUNNERS_AS_SOURCE));
    }
    Optional<String> appVersion = Options.nonBlank(options.get(Options.APP_VERSION));
    Optional<String> legacy = Options.nonBlank(options.get(Options.LEGACY_VERSION));
    if (appVersion.isPresent() && legacy.isPresent() && !appVersion.equals(legacy)) {
      // The error already says to remove the old option: no warning that it is old.
      messages.add(
          ProcessorMessages.conflictingVersions(Options.APP_VERSION, appVersion.get(), Options.LEGACY_VERSION, legacy.get()));
    } else if (options.containsKey(Options.LEGACY_VERSION)) {
      messages.add(ProcessorMessages.deprecatedVersionOption(Options.LEGACY_VERSION, Options.APP_VERSION));
    }
    return messages;
  }
}
