package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** A workflow's {@code spec}. */
@JsonPropertyOrder({
  "workflowTemplateRef", "entrypoint", "onExit", "serviceAccountName", "parallelism", "activeDeadlineSeconds", "ttlStrategy", "podGC",
  "securityContext", "nodeSelector", "tolerations", "affinity", "podPriorityClassName", "imagePullSecrets",
  "synchronization", "volumes", "volumeClaimTemplates", "artifactRepositoryRef", "arguments", "templates"
})
public record WorkflowSpec(
    WorkflowTemplateRef workflowTemplateRef,
    String entrypoint,
    String onExit,
    String serviceAccountName,
    Integer parallelism,
    Long activeDeadlineSeconds,
    PodSpecParts.TtlStrategy ttlStrategy,
    PodSpecParts.PodGc podGC,
    SecurityContexts.Pod securityContext,
    Map<String, String> nodeSelector,
    List<PodSpecParts.Toleration> tolerations,
    PodSpecParts.Affinity affinity,
    String podPriorityClassName,
    List<PodSpecParts.Named> imagePullSecrets,
    PodSpecParts.Synchronization synchronization,
    List<PodSpecParts.Volume> volumes,
    List<PodSpecParts.ClaimTemplate> volumeClaimTemplates,
    ArtifactRepositoryRef artifactRepositoryRef,
    Arguments arguments,
    List<Template> templates) {}
