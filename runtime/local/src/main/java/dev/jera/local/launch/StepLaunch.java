package dev.jera.local.launch;

import dev.jera.local.values.SecretMask;
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
 * @param inputs a script's {@code source} after substitution (for Jera's runner, the JSON list of the
 *     step's inputs); empty for a container
 * @param environment the step's own environment variables (its secrets, values, ConfigMap keys)
 * @param timeout the template's {@code timeout} (capped by the workflow's deadline), or {@code null}
 * @param folder the step's folder in the run record
 * @param log the file the step's output goes to
 * @param artifacts the attempt's artifacts root: {@code inputs/<name>} and {@code outputs/<name>}
 * @param container whether it is a {@code container} template's command
 * @param image the template's image, for messages, or {@code null}
 * @param mask what the step's log must not show: the values of the run's secrets
 * @param initContainers the template's init containers, substituted, to run first in order
 * @param sidecars the template's sidecars, substituted, to run beside the step
 */
public record StepLaunch(
    String step,
    int attempt,
    List<String> argv,
    String inputs,
    Map<String, String> environment,
    Duration timeout,
    Path folder,
    Path log,
    Path artifacts,
    boolean container,
    String image,
    SecretMask mask,
    List<SideContainer> initContainers,
    List<SideContainer> sidecars) {

  /** Copies the collections. */
  public StepLaunch {
    argv = List.copyOf(argv);
    environment = Map.copyOf(environment);
    initContainers = List.copyOf(initContainers);
    sidecars = List.copyOf(sidecars);
  }

  /** An attempt of a pod with no containers but the step's. */
  public StepLaunch(String step, int attempt, List<String> argv, String inputs, Map<String, String> environment,
      Duration timeout, Path folder, Path log, Path artifacts, boolean container, String image, SecretMask mask) {
    this(step, attempt, argv, inputs, environment, timeout, folder, log, artifacts, container, image, mask, List.of(), List.of());
  }

  /** An attempt of a run without secrets to mask. */
  public StepLaunch(String step, int attempt, List<String> argv, String inputs, Map<String, String> environment,
      Duration timeout, Path folder, Path log, Path artifacts, boolean container, String image) {
    this(step, attempt, argv, inputs, environment, timeout, folder, log, artifacts, container, image, SecretMask.NONE);
  }

  /** A script's attempt whose artifacts live in {@code folder/artifacts}. */
  public StepLaunch(String step, int attempt, List<String> argv, String inputs, Map<String, String> environment,
      Duration timeout, Path folder, Path log) {
    this(step, attempt, argv, inputs, environment, timeout, folder, log, folder.resolve("artifacts").toAbsolutePath(),
        false, null);
  }
}
