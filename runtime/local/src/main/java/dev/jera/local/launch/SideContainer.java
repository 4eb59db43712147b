package dev.jera.local.launch;

import java.util.List;
import java.util.Map;

/**
 * An init container or sidecar of one attempt, ready to run as a process of this machine.
 *
 * @param name its container name (a DNS-1123 label): its log is {@code <name>.log} in the step's folder
 * @param argv its command followed by its args, substituted
 * @param environment its own environment variables
 * @param image its image, for messages, or {@code null}
 */
public record SideContainer(String name, List<String> argv, Map<String, String> environment, String image) {
  /** Copies the collections. */
  public SideContainer {
    argv = List.copyOf(argv);
    environment = Map.copyOf(environment);
  }
}
