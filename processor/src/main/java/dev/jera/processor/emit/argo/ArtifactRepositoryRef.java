package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code artifactRepositoryRef}: a key of a ConfigMap that describes the repository. */
@JsonPropertyOrder({"configMap", "key"})
public record ArtifactRepositoryRef(String configMap, String key) {}
