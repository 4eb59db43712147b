package dev.jera.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where a script parameter's value comes from: one of the annotations on it. */
public sealed interface InputSource {
  Site site();

  /**
   * {@code @Param("x")}: workflow parameter {@code x}. {@code declaring} holds the attributes that only
   * mean something on the class ({@code defaultValue}, {@code description}, {@code allowed}), each
   * placed on its value, when the user wrote them here too.
   */
  record Parameter(Site site, Text name, List<Text> declaring) implements InputSource {
    public Parameter {
      declaring = List.copyOf(declaring);
    }
  }

  /**
   * {@code @From("s")}: the result of script {@code s}, or with {@code output}, its named output of
   * that name; {@code subPath}, for a file, the part of it handed over.
   */
  record FromStep(Site site, Text ref, Optional<Text> output, Optional<Text> subPath) implements InputSource {
    /** A reference that hands over the whole value or file. */
    public FromStep(Site site, Text ref, Optional<Text> output) {
      this(site, ref, output, Optional.empty());
    }
  }

  /** {@code @Item}: the current element of the fan-out, or with {@code field}, that field of it. */
  record Item(Site site, Optional<Text> field) implements InputSource {
    /** The whole element. */
    public Item(Site site) {
      this(site, Optional.empty());
    }
  }

  /** {@code @Value("…")}: an Argo template string. */
  record Value(Site site, Text template) implements InputSource {}

  /**
   * A file from outside the workflow, for a {@code Path} parameter: {@code store} says which annotation,
   * {@code attributes} the text attributes it sets (non-empty ones; {@code @Raw}'s value even when
   * empty), {@code secrets} its {@code "secret/key"} credentials, {@code lists} its {@code String[]}
   * attributes (non-empty ones), {@code flags} the booleans the user wrote, and {@code depth} a Git
   * clone's depth.
   */
  record External(
      Site site,
      LocationKind store,
      Map<String, Text> attributes,
      Map<String, Parsed<KeyRef>> secrets,
      Map<String, List<Text>> lists,
      Map<String, Flag> flags,
      Optional<Long> depth)
      implements InputSource {
    public External {
      attributes = Map.copyOf(attributes);
      secrets = Map.copyOf(secrets);
      lists = Map.copyOf(lists);
      flags = Map.copyOf(flags);
    }

    /** The manifest field, such as {@code s3}. */
    public String kind() {
      return store.field();
    }

    public Optional<Text> attribute(String name) {
      return Optional.ofNullable(attributes.get(name));
    }

    public Optional<Parsed<KeyRef>> secret(String name) {
      return Optional.ofNullable(secrets.get(name));
    }

    public List<Text> list(String name) {
      return lists.getOrDefault(name, List.of());
    }

    public Optional<Flag> flag(String name) {
      return Optional.ofNullable(flags.get(name));
    }
  }

  /** A boolean attribute the user wrote, and where. */
  record Flag(boolean value, Site site) {}

  /**
   * Passed by the step that calls the template: a library script's parameter with no annotation, or a
   * {@code @Template}'s input, which {@code @Param} on it may declare with a default, allowed values,
   * a description, and a ConfigMap key its value comes from unless the caller gives one.
   */
  record Caller(
      Site site, Optional<Text> defaultValue, List<Text> allowed, Optional<Text> description, Optional<Parsed<KeyRef>> configMap)
      implements InputSource {
    public Caller {
      allowed = List.copyOf(allowed);
    }

    /** Whether the input has a value when the caller passes none: its default, or its ConfigMap key's. */
    public boolean hasOwnValue() {
      return defaultValue.isPresent() || configMap.isPresent();
    }

    /** An input with nothing declared. */
    public Caller(Site site) {
      this(site, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }
  }

  /** {@code @Secret(name, key)}: a key of a Kubernetes Secret. */
  record Secret(Site site, SecretModel secret) implements InputSource {}
}
