package dev.jera.processor.model;

import com.squareup.javapoet.TypeName;
import java.util.List;

/** How a Java type travels as JSON; decided once, when the model is collected. */
public sealed interface JsonShape {

  /** No value: a {@code void} method. */
  record None() implements JsonShape {}

  /** A type a constant of {@code dev.jera.runner.json.Codecs} handles, e.g. {@code LOCAL_DATE}. */
  record Standard(String codec, boolean mapKey) implements JsonShape {}

  /** An enum, by constant name. */
  record Enumeration(TypeName type, List<String> constants) implements JsonShape {
    public Enumeration {
      constants = List.copyOf(constants);
    }
  }

  /** A record, component by component. */
  record Record(TypeName type, List<Component> components) implements JsonShape {
    public Record {
      components = List.copyOf(components);
    }
  }

  /** A record met again inside itself: its codec is the one being defined. */
  record RecordRef(String canonical) implements JsonShape {}

  /** One record component: its name (the JSON field) and type. */
  record Component(String name, JavaType type) {}

  /** A collection built in the named {@code Containers} constant. */
  record Collection(String container, JavaType element) implements JsonShape {}

  /** A map whose keys are written as JSON field names. */
  record Map(String container, JavaType key, JavaType value) implements JsonShape {}

  /** {@code Optional<T>}. */
  record Optional(JavaType value) implements JsonShape {}

  /** An array of objects. */
  record Array(JavaType element) implements JsonShape {}

  /**
   * A {@code java.nio.file.Path}: not JSON at all, but an Argo artifact, a file handed between pods; with
   * {@code optional}, an {@code Optional<Path>}, a file that may be missing (Argo's {@code optional: true}).
   */
  record Artifact(boolean optional) implements JsonShape {
    /** A file that must be there. */
    public Artifact() {
      this(false);
    }
  }

  /**
   * A record whose files ({@code Path} components) are named outputs: it leaves its outputs and is no
   * result, as a {@code void} method.
   */
  record OutputsOnly() implements JsonShape {}

  /** Left to Jackson's databind: Java beans, annotated classes, {@code JsonNode}. */
  record Databind() implements JsonShape {}

  /** A type that cannot travel as JSON, and why, in the user's words. */
  record Unsupported(String reason) implements JsonShape {}

  /** A type javac could not resolve yet: the workflow waits for a later round. */
  record Unresolved() implements JsonShape {}

  /** Whether {@code shape} is an {@code Optional<Path>}, a file that may be missing. */
  static boolean optionalFile(JsonShape shape) {
    return shape instanceof Artifact artifact && artifact.optional();
  }
}
