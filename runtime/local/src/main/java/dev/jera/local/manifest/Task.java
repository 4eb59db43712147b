package dev.jera.local.manifest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A DAG task or a step of a steps group: which template it calls, with what, and when.
 *
 * @param name its name
 * @param template the template of this workflow it calls, or {@code null} when it calls one by {@code templateRef}
 * @param templateRef the template of another workflow it calls, or {@code null}
 * @param depends its {@code depends} condition ({@code dependencies} turned into one), or {@code null}
 * @param arguments its argument parameters by name, as written
 * @param artifacts its argument artifacts, in order
 * @param withParam {@code withParam} as written, or {@code null}
 * @param withItems the {@code withItems} items, each as the JSON Argo holds it, or {@code null}
 * @param withSequence its {@code withSequence}, or {@code null}
 * @param when its {@code when} condition as written, or {@code null}
 * @param continueOn after which of its outcomes its steps group goes on (steps only)
 * @param exitHook its exit hook ({@code hooks.exit}, or the older {@code onExit}): the call run once it has
 *     ended, before what comes after it, named {@code <its node>.onExit}; {@code null} without one
 * @param hooks its lifecycle hooks other than {@code exit}, run when their expressions hold (steps only)
 */
public record Task(
    String name,
    String template,
    TemplateReference templateRef,
    String depends,
    Map<String, String> arguments,
    List<InputArtifact> artifacts,
    String withParam,
    List<String> withItems,
    SequenceRange withSequence,
    String when,
    ContinueOn continueOn,
    Task exitHook,
    List<LifecycleHook> hooks) {

  /** Copies the collections. */
  public Task {
    arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    artifacts = List.copyOf(artifacts);
    withItems = withItems == null ? null : List.copyOf(withItems);
    continueOn = continueOn == null ? ContinueOn.NEVER : continueOn;
    hooks = hooks == null ? List.of() : List.copyOf(hooks);
  }

  /** A task without lifecycle hooks other than {@code exit}. */
  public Task(String name, String template, TemplateReference templateRef, String depends, Map<String, String> arguments,
      List<InputArtifact> artifacts, String withParam, List<String> withItems, SequenceRange withSequence, String when,
      ContinueOn continueOn, Task exitHook) {
    this(name, template, templateRef, depends, arguments, artifacts, withParam, withItems, withSequence, when, continueOn,
        exitHook, List.of());
  }

  /** The same task, calling {@code ref} instead of a template of its own workflow. */
  public Task callingByRef(TemplateReference ref) {
    return new Task(name, null, ref, depends, arguments, artifacts, withParam, withItems, withSequence, when, continueOn, exitHook,
        hooks);
  }

  /** A task that calls template {@code template} of this workflow with {@code arguments}, once. */
  public static Task calling(String name, String template, Map<String, String> arguments) {
    return new Task(name, template, null, null, arguments, List.of(), null, null, null, null, ContinueOn.NEVER, null);
  }

  /** A task that calls template {@code template} with {@code arguments} and the argument files {@code artifacts}, once. */
  public static Task calling(String name, String template, Map<String, String> arguments, List<InputArtifact> artifacts) {
    return new Task(name, template, null, null, arguments, artifacts, null, null, null, null, ContinueOn.NEVER, null);
  }

  /** Whether the task fans out over items. */
  public boolean loops() {
    return withParam != null || withItems != null || withSequence != null;
  }

  /** The name of the template it calls, in its own workflow or the one it refers to. */
  public String templateName() {
    return templateRef == null ? template : templateRef.template();
  }
}
