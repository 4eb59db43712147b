package dev.jera.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One {@code @Script} method.
 *
 * @param methodName the Java method's name
 * @param name the step's name: given, or the method name in kebab-case
 * @param isStatic whether the runner calls it without an instance
 * @param visibility what the generated runner, in the same package, may call
 * @param generic whether the method declares type parameters
 */
public record ScriptModel(
    Site site,
    String methodName,
    Text name,
    boolean nameGiven,
    boolean isStatic,
    Visibility visibility,
    boolean generic,
    JavaType returns,
    List<InputModel> inputs,
    Optional<Text> image,
    List<Text> after,
    Optional<Text> when,
    Optional<Text> forEach,
    List<Text> items,
    Site itemsSite,
    Optional<Text> timeout,
    Optional<Text> depends,
    Optional<SequenceModel> sequence,
    Optional<RetryModel> retry,
    Optional<ResourcesModel> resources,
    PodSettings settings,
    Optional<MemoizeModel> memoize,
    Optional<ContainerModel> container,
    Optional<ArchiveModel> archive,
    Optional<CallModel> call) {

  public ScriptModel {
    inputs = List.copyOf(inputs);
    after = List.copyOf(after);
    items = List.copyOf(items);
  }

  /** Whether the step runs once per element of a list or of literal items. */
  public boolean fansOut() {
    return forEach.isPresent() || !items.isEmpty() || sequence.isPresent();
  }

  /**
   * Whether the step takes an {@code @Item} but does not fan out: it was meant to, so whether its
   * result is one value or the list of all is in doubt. That mistake is reported once, on the
   * {@code @Item}; rules that would judge its consumers by its result's shape stay silent.
   */
  public boolean itemWithoutLoop() {
    return !fansOut() && inputs.stream().anyMatch(input -> input.sources().stream().anyMatch(s -> s instanceof InputSource.Item));
  }

  /** Whether the step returns a file, an Argo output artifact, rather than a result. */
  public boolean returnsArtifact() {
    return returns.shape() instanceof JsonShape.Artifact;
  }

  /** The same script, calling what {@code call} resolved to. */
  public ScriptModel withCall(CallModel resolved) {
    return new ScriptModel(
        site, methodName, name, nameGiven, isStatic, visibility, generic, returns, inputs, image, after, when,
        forEach, items, itemsSite, timeout, depends, sequence, retry, resources, settings, memoize, container,
        archive, Optional.of(resolved));
  }

  /** Whether the step calls a template defined elsewhere rather than running the method. */
  public boolean isCall() {
    return call.isPresent();
  }

  /** Whether the generated runner calls this step's method. */
  public boolean runsJava() {
    return container.isEmpty() && call.isEmpty();
  }

  /** Whether the step runs a container command rather than the Java method. */
  public boolean isContainer() {
    return container.isPresent();
  }

  /** Access of a script method. */
  public enum Visibility {
    PUBLIC,
    PROTECTED,
    PACKAGE,
    PRIVATE
  }
}
