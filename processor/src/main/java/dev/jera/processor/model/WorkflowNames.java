package dev.jera.processor.model;

import com.squareup.javapoet.ClassName;
import dev.jera.Kind;

/**
 * Which class of the compilation holds each workflow name: Kubernetes keeps one name per kind
 * (a WorkflowTemplate and a CronWorkflow may share one, as Argo's dag-inline-cronworkflow.yaml does),
 * and the name is a manifest's file name, so only one class of a kind may have it, and a name shared by
 * several kinds gets the kind in the file names of all but the first kind.
 */
public interface WorkflowNames {
  /**
   * The class of kind {@code kind} that keeps {@code name}: the first to claim it by round, then by
   * qualified name, so the same class keeps it whatever order a compiler hands the classes over in.
   */
  ClassName ownerOf(String name, Kind kind);

  /**
   * The name of the files of {@code workflow} (its manifest {@code META-INF/argo/<file>.yaml}): its name,
   * or {@code <name>.<kind>} (the kind in lower case, {@code dag-inline.cronworkflow}) when a class of
   * an earlier kind ({@link Kind}'s order: Workflow, WorkflowTemplate, ClusterWorkflowTemplate,
   * CronWorkflow) claims the name too.
   */
  String fileName(WorkflowModel workflow);

  /** {@code <name>.<kind>}: the file name of a workflow whose name an earlier kind has. */
  static String qualified(String name, Kind kind) {
    return name + "." + ManifestNames.kind(kind).toLowerCase(java.util.Locale.ROOT);
  }
}
