package dev.jera.cluster.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jera.cluster.api.ResourceKind;
import java.util.List;

/**
 * One compiled workflow as it goes to the cluster.
 *
 * @param name the workflow's name (its {@code metadata.name}; for a Workflow, what {@code generateName} starts with)
 * @param kind its kind
 * @param resource the manifest as JSON: the digest-pinned copy when there is one
 * @param origin where it was read, for messages: {@code target/argo-pinned/x.yaml} or {@code META-INF/argo/x.yaml}
 */
public record ProjectManifest(String name, ResourceKind kind, JsonNode resource, String origin) {

  /** A copy of the manifest, to change before sending. */
  public ObjectNode copy() {
    return resource.deepCopy();
  }

  /** How messages name it: {@code WorkflowTemplate 'greet'}. */
  public String describe() {
    return kind.describe(name);
  }

  /** The templates of other workflows it calls or runs. */
  public List<Reference> references() {
    return Reference.of(resource);
  }
}
