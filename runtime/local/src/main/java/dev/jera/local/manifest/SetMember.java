package dev.jera.local.manifest;

import java.util.ArrayList;
import java.util.List;

/**
 * A container of a {@code containerSet} template ({@code containerSet.containers[]}): run in the set's
 * pod once every container it names in {@code dependencies} has succeeded.
 *
 * @param name its {@code name}, a DNS-1123 label (checked when read), unique in the set
 * @param image its {@code image}, or {@code null}
 * @param command its {@code command}
 * @param args its {@code args}
 * @param env its {@code env}, in order
 * @param dependencies the containers it waits for, each of the set
 */
public record SetMember(String name, String image, List<String> command, List<String> args, List<EnvVariable> env,
    List<String> dependencies) {

  /** Copies the lists. */
  public SetMember {
    command = List.copyOf(command);
    args = List.copyOf(args);
    env = List.copyOf(env);
    dependencies = List.copyOf(dependencies);
  }

  /** Its command followed by its args, as written. */
  public List<String> argv() {
    List<String> argv = new ArrayList<>(command);
    argv.addAll(args);
    return argv;
  }
}
