package dev.jera.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * {@code @Hook} on a stub: the lifecycle hook its {@code @Call} makes.
 *
 * @param site the {@code @Hook} annotation
 * @param on the steps it hooks, by method or step name, as written; empty for the workflow's own hook
 * @param onSite where {@code on} is written (the annotation when it is not)
 * @param name the hook's name: {@code exit}, or one of the user's with an expression
 * @param expression the condition that runs it, when written
 */
public record HookModel(Site site, List<Text> on, Site onSite, Text name, Optional<Text> expression) {
  /** Argo's name of the hook run when its step or workflow ends. */
  public static final String EXIT = "exit";

  public HookModel {
    on = List.copyOf(on);
  }

  /** Whether it hooks the workflow rather than steps. */
  public boolean ofWorkflow() {
    return on.isEmpty();
  }

  /** Whether it is the hook run when its step or workflow ends. */
  public boolean isExit() {
    return name.value().equals(EXIT);
  }
}
