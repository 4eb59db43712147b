package dev.jera.local.manifest;

import java.util.ArrayList;
import java.util.List;

/**
 * An init container or sidecar of a pod template ({@code initContainers[]}, {@code sidecars[]}): what the
 * local executor runs as a process before or beside the step.
 *
 * @param name its {@code name}, a DNS-1123 label (checked when read: it names the file of its log)
 * @param image its {@code image}, for messages, or {@code null}
 * @param command its {@code command}
 * @param args its {@code args}
 * @param env its {@code env}, in order
 */
public record PodContainer(String name, String image, List<String> command, List<String> args, List<EnvVariable> env) {

  /** Copies the lists. */
  public PodContainer {
    command = List.copyOf(command);
    args = List.copyOf(args);
    env = List.copyOf(env);
  }

  /** Its command followed by its args, as written. */
  public List<String> argv() {
    List<String> argv = new ArrayList<>(command);
    argv.addAll(args);
    return argv;
  }
}
