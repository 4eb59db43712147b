package dev.jera.processor.model;

import java.util.Optional;

/**
 * A {@code forEach} written as one template tag rather than a name: the step fans out over the JSON list the
 * tag gives, {@code withParam} as written, e.g. {@code "{{= toJson(filter([1, 3], {# > 1})) }}"}.
 */
public final class ForEachTag {
  private ForEachTag() {}

  /** The tag {@code script}'s {@code forEach} is, when it is one. */
  public static Optional<Text> of(ScriptModel script) {
    return script.forEach().filter(ForEachTag::isTag);
  }

  /** Whether a {@code forEach} is written as a tag ({@code {{…}}}) rather than a step's or parameter's name. */
  public static boolean isTag(Text forEach) {
    return forEach.value().strip().startsWith("{{");
  }
}
