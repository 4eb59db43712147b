package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.function.BiConsumer;

/** The outputs of a {@code dag} or {@code steps} template, each taken from one of its steps or computed. */
public final class GraphOutputs {
  private GraphOutputs() {}

  /** An output parameter: {@code valueFrom.parameter} (a tag of a step's output) or {@code valueFrom.expression}. */
  public record Parameter(String name, ValueFrom valueFrom) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("name", name);
      each.accept("valueFrom", valueFrom);
    }
  }
  public record ValueFrom(String parameter, String expression, String defaultValue) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("parameter", parameter);
      each.accept("expression", expression);
      each.accept("default", defaultValue);
    }
  }

  /** An output artifact: {@code from} (a tag of a step's output file) or {@code fromExpression}. */
  public record Artifact(String name, String from, String fromExpression) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("name", name);
      each.accept("from", from);
      each.accept("fromExpression", fromExpression);
    }
  }
}
