package dev.jera.processor.model;

import com.squareup.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/** What a graph's {@code @Output} carries: the type of the step output it takes, or of its expression. */
public final class GraphOutputTypes {
  static final JavaType STRING =
      new JavaType("String", "java.lang.String", ClassName.get(String.class), new JsonShape.Standard("STRING", true));
  static final JavaType PATH =
      new JavaType("Path", "java.nio.file.Path", ClassName.get("java.nio.file", "Path"), new JsonShape.Artifact());

  private GraphOutputTypes() {}

  /** The step of {@code graph} an output comes from, when it names one that exists. */
  public static Optional<ScriptModel> producer(GraphOutputModel output, WorkflowModel graph) {
    return output.from().flatMap(from -> graph.scripts().stream().filter(s -> s.name().value().equals(from.value())).findFirst());
  }

  /**
   * The output's type: the producer's named output or result; for an expression, {@code Path} or
   * {@code String} as {@code type} says; {@code String} when the producer's is not known.
   */
  public static JavaType type(GraphOutputModel output, WorkflowModel graph) {
    if (output.from().isEmpty()) {
      return output.file() ? PATH : STRING;
    }
    Optional<ScriptModel> producer = producer(output, graph);
    if (producer.isEmpty()) {
      return STRING;
    }
    if (output.output().isEmpty()) {
      return producer.get().returnsArtifact() ? PATH : producer.get().returns().isVoid() ? STRING : producer.get().returns();
    }
    String name = output.output().get().value();
    return producer.get().readableOutputs().orElse(List.of()).stream()
        .filter(named -> named.name().value().equals(name))
        .map(OutputModel::type)
        .findFirst()
        .orElse(output.file() ? PATH : STRING);
  }

  /** Whether the output is a file (an output artifact). */
  public static boolean isFile(GraphOutputModel output, WorkflowModel graph) {
    return type(output, graph).shape() instanceof JsonShape.Artifact;
  }

  /** The outputs of {@code graph} as its callers read them. */
  public static List<OutputModel> asOutputs(WorkflowModel graph) {
    return graph.graphOutputs().stream()
        .map(output -> new OutputModel(output.site(), output.name(), type(output, graph), Optional.empty(),
            output.defaultValue(), Optional.empty(), Optional.empty()))
        .toList();
  }
}
