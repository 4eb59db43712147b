package dev.jera.runtime.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One attempt of one step, ready to launch: everything a {@link StepLauncher} needs, already substituted.
 *
 * @param step the step's display name, such as {@code price(0:ord-1)}
 * @param attempt the attempt's number, from 1
 * @param argv the template's command followed by its args, as in the manifest (image class path included)
 * @param inputs the template's {@code source} after substitution: the JSON list of the step's inputs
 * @param environment the step's own environment variables (its secrets)
 * @param timeout the template's {@code timeout}, or {@code null}
 * @param folder the step's folder in the run record
 * @param log the file the step's output goes to
 */
public record StepLaunch(
    String step,
    int attempt,
    List<String> argv,
    String inputs,
    Map<String, String> environment,
    Duration timeout,
    Path folder,
    Path log) {

  /** Copies the collections. */
  public StepLaunch {
    argv = List.copyOf(argv);
    environment = Map.copyOf(environment);
  }
}
