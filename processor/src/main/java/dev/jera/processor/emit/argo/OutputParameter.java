package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.Map;
import java.util.function.BiConsumer;

/** An output parameter: read from a file the step leaves, with a default for when it leaves none. */
public record OutputParameter(String name, ValueFrom valueFrom, String globalName) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("name", name);
    each.accept("valueFrom", valueFrom);
    each.accept("globalName", globalName);
  }

  /**
   * {@code valueFrom}: the file (or, on a resource template, the JSONPath or jq filter read from the object),
   * and the value used when it is missing ({@code null}: none, the step fails).
   */
  public record ValueFrom(String path, String jsonPath, String jqFilter, Map<String, Object> supplied,
      String defaultValue) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("path", path);
      each.accept("jsonPath", jsonPath);
      each.accept("jqFilter", jqFilter);
      each.accept("supplied", supplied);
      each.accept("default", defaultValue);
    }

    public ValueFrom(String path, String defaultValue) {
      this(path, null, null, null, defaultValue);
    }

    public ValueFrom(String path, String jsonPath, String jqFilter, String defaultValue) {
      this(path, jsonPath, jqFilter, null, defaultValue);
    }

    /** A value supplied when a suspend is resumed ({@code supplied: {}}), or its default. */
    public static ValueFrom supplied(String defaultValue) {
      return new ValueFrom(null, null, null, Map.of(), defaultValue);
    }
  }
}
