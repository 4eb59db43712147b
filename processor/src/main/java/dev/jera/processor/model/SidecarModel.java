package dev.jera.processor.model;

import java.util.List;

/**
 * A {@code @Sidecar} or {@code @InitContainer}: a container of a step's pod beside or before the step's own.
 *
 * @param kind which annotation wrote it
 * @param env the {@code "NAME=value"} entries as written; the rule checks their form, the emitter splits them
 * @param privileged {@code privileged = true} as written, with its place; absent when false (init containers never)
 */
public record SidecarModel(
    Kind kind,
    Site site,
    Text name,
    Text image,
    List<Text> command,
    List<Text> args,
    List<Text> env,
    boolean mirrorVolumeMounts,
    java.util.Optional<Site> privileged) {

  public SidecarModel {
    command = List.copyOf(command);
    args = List.copyOf(args);
    env = List.copyOf(env);
  }

  /** The annotation, as messages name it. */
  public enum Kind {
    SIDECAR("@Sidecar", "sidecar"),
    INIT_CONTAINER("@InitContainer", "init container");

    private final String annotation;
    private final String noun;

    Kind(String annotation, String noun) {
      this.annotation = annotation;
      this.noun = noun;
    }

    public String annotation() {
      return annotation;
    }

    public String noun() {
      return noun;
    }
  }

  /** Its command followed by its args, as written. */
  public List<String> argv() {
    List<String> argv = new java.util.ArrayList<>();
    command.forEach(text -> argv.add(text.value()));
    args.forEach(text -> argv.add(text.value()));
    return argv;
  }
}
