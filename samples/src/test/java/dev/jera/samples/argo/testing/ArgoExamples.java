package dev.jera.samples.argo.testing;

import dev.jera.processor.testing.ArgoSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Argo v4.1.2's {@code examples/}, beside the schemas the build passes as {@code jera.argoSchemas}
 * ({@code ../shared/argo/v4.1.2/examples}); absent on machines without that folder.
 */
public final class ArgoExamples {
  /** The kinds a workflow file holds; the folder's other files (a ConfigMap, a PVC, ...) are not examples to port. */
  public static final Set<String> WORKFLOW_KINDS = Set.of("Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow");

  private ArgoExamples() {}

  /** The examples folder, if present. */
  public static Optional<Path> folder() {
    return ArgoSchemas.folder().map(f -> f.resolve("examples")).filter(Files::isDirectory);
  }

  /** Every workflow file under {@code folder}, as paths relative to it with '/' separators, sorted. */
  public static List<String> workflowFiles(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p))
          .filter(ArgoExamples::holdsAWorkflow)
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of one example. */
  public static String read(Path folder, String relative) {
    try {
      return Files.readString(folder.resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean holdsAWorkflow(Path file) {
    try {
      for (Object document : GoYaml.documents(Files.readString(file, StandardCharsets.UTF_8))) {
        if (document instanceof java.util.Map<?, ?> m && WORKFLOW_KINDS.contains(String.valueOf(m.get("kind")))) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
