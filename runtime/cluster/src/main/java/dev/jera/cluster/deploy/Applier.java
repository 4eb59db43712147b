package dev.jera.cluster.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jera.cluster.api.ArgoClient;
import dev.jera.cluster.api.ArgoException;
import dev.jera.cluster.api.Fault;
import dev.jera.cluster.api.Requests;
import dev.jera.cluster.project.ProjectManifest;
import java.util.Map;
import java.util.Optional;

/**
 * Makes one (Cluster)WorkflowTemplate or CronWorkflow on the cluster what its manifest says: reads it,
 * creates it when it is missing, replaces it when it differs ({@link SemanticDiff}), leaves it alone
 * otherwise. Rerun, it changes nothing.
 *
 * <p>Every step starts again from a fresh read, so the outcome holds whatever happened between: a 409
 * on create (someone created it meanwhile) or on update (it changed since it was read, so its
 * {@code resourceVersion} is stale) leads to reading it again; a create or update whose answer was lost
 * (a dropped connection, a 5xx) is judged by the next read: if the cluster now holds the manifest, it
 * was done.
 */
public final class Applier {
  /** What applying did. */
  public enum Outcome {
    /** It was missing and is now created. */
    CREATED,
    /** It differed and is now replaced. */
    UPDATED,
    /** It was already what the manifest says. */
    UNCHANGED
  }

  /**
   * What applying one manifest did.
   *
   * @param outcome created, updated or left as it was
   * @param changed for an update, the path of the first field that differed, such as {@code spec.templates[0].script.image}
   */
  public record Applied(Outcome outcome, String changed) {}

  private final ArgoClient client;
  private final Requests requests;

  public Applier(ArgoClient client, Requests requests) {
    this.client = client;
    this.requests = requests;
  }

  /**
   * Applies {@code manifest}.
   *
   * @throws ArgoException if it cannot be done; a conflict that persists through every retry says so
   */
  public Applied apply(ProjectManifest manifest) {
    String what = manifest.describe() + (manifest.kind().namespaced() ? " in namespace '" + requests.namespace() + "'" : "");
    Outcome sent = null;
    String changed = null;
    ArgoException last = null;
    int attempts = client.backoff().attempts();
    for (int attempt = 1; attempt <= attempts; attempt++) {
      Optional<JsonNode> live = read(manifest, what);
      if (live.isEmpty()) {
        try {
          client.once(requests.create(manifest.kind(), manifest.resource()), "create " + what);
          return new Applied(Outcome.CREATED, null);
        } catch (ArgoException e) {
          last = e;
          if (e.fault() != Fault.CONFLICT && !e.fault().isTransient()) {
            throw e;
          }
          sent = e.fault() == Fault.CONFLICT ? sent : Outcome.CREATED;
        }
      } else {
        Optional<String> difference = SemanticDiff.difference(manifest.resource(), live.get());
        if (difference.isEmpty()) {
          return new Applied(sent == null ? Outcome.UNCHANGED : sent, sent == Outcome.UPDATED ? changed : null);
        }
        changed = difference.get();
        try {
          client.once(requests.update(manifest.kind(), manifest.name(), replacing(manifest, live.get())), "update " + what);
          return new Applied(Outcome.UPDATED, changed);
        } catch (ArgoException e) {
          last = e;
          if (e.fault() != Fault.CONFLICT && !e.fault().isTransient()) {
            throw e;
          }
          sent = e.fault() == Fault.CONFLICT ? sent : Outcome.UPDATED;
        }
      }
      if (attempt < attempts) {
        client.pause(last, attempt);
      }
    }
    if (last.fault() == Fault.CONFLICT) {
      throw new ArgoException(Fault.CONFLICT, last.status(), last.serverMessage(), what + " kept changing while it was"
          + " applied (" + last.status() + ": " + last.serverMessage() + ", " + attempts + " tries); check what else"
          + " writes it, then apply again", last);
    }
    throw ArgoClient.afterAttempts(last, attempts);
  }

  private Optional<JsonNode> read(ProjectManifest manifest, String what) {
    try {
      return Optional.of(client.read(requests.get(manifest.kind(), manifest.name()), "read " + what));
    } catch (ArgoException e) {
      if (e.fault() == Fault.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * The manifest as a replacement of {@code live}: at {@code live}'s resourceVersion, keeping the labels
   * and annotations others added (the manifest's win) and a CronWorkflow's status.
   */
  static ObjectNode replacing(ProjectManifest manifest, JsonNode live) {
    ObjectNode body = manifest.copy();
    ObjectNode metadata = body.withObjectProperty("metadata");
    JsonNode liveMetadata = live.path("metadata");
    if (liveMetadata.path("resourceVersion").isTextual()) {
      metadata.put("resourceVersion", liveMetadata.path("resourceVersion").asText());
    }
    for (String map : new String[] {"labels", "annotations"}) {
      JsonNode others = liveMetadata.path(map);
      if (!others.isObject() || others.isEmpty()) {
        continue;
      }
      ObjectNode merged = others.deepCopy();
      JsonNode own = metadata.path(map);
      for (Map.Entry<String, JsonNode> entry : own.properties()) {
        merged.set(entry.getKey(), entry.getValue());
      }
      metadata.set(map, merged);
    }
    if (live.has("status") && body.path("kind").asText().equals("CronWorkflow")) {
      body.set("status", live.get("status"));
    }
    return body;
  }
}
