package dev.jera.cli.cluster.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the fake Argo Server keeps, as Kubernetes keeps it: resources by kind, namespace and name, one
 * resourceVersion counter for all, and every change to a Workflow kept as a watch event so a watch can
 * resume from any version not yet compacted away. All access is synchronized on the cluster.
 */
final class FakeCluster {
  static final ObjectMapper JSON = new ObjectMapper();

  /** A watch event as the API server keeps it. */
  record Event(long version, String namespace, String name, String type, ObjectNode object) {}

  /** A watch waiting for events of one Workflow. */
  record Watch(String namespace, String name, BlockingQueue<Event> queue) {}

  private final Map<String, ObjectNode> resources = new LinkedHashMap<>();
  private final List<Event> history = new ArrayList<>();
  final List<Watch> watches = new CopyOnWriteArrayList<>();
  private long version = 100;
  private long compactedBefore;

  /** The key of a resource: {@code Workflow/argo/name}; cluster-scoped kinds have no namespace. */
  static String key(String kind, String namespace, String name) {
    return kind + "/" + (namespace == null ? "" : namespace) + "/" + name;
  }

  synchronized ObjectNode get(String kind, String namespace, String name) {
    ObjectNode found = resources.get(key(kind, namespace, name));
    return found == null ? null : found.deepCopy();
  }

  synchronized List<ObjectNode> list(String kind, String namespace) {
    List<ObjectNode> all = new ArrayList<>();
    String prefix = key(kind, namespace, "");
    resources.forEach((key, value) -> {
      if (key.startsWith(prefix)) {
        all.add(value.deepCopy());
      }
    });
    return all;
  }

  /** Stores a new resource as the API server would: metadata it owns added, empty values dropped (Go's omitempty). */
  synchronized ObjectNode create(String kind, String namespace, ObjectNode resource) {
    ObjectNode stored = normalised(resource);
    ObjectNode metadata = stored.withObjectProperty("metadata");
    if (namespace != null) {
      metadata.put("namespace", namespace);
    }
    metadata.put("uid", UUID.randomUUID().toString());
    metadata.put("generation", 1);
    metadata.put("creationTimestamp", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
    metadata.withObjectProperty("labels").put("workflows.argoproj.io/creator", "system-serviceaccount-argo-argo-server");
    metadata.put("resourceVersion", Long.toString(++version));
    String name = metadata.path("name").asText();
    resources.put(key(kind, namespace, name), stored);
    if (kind.equals("Workflow")) {
      record(namespace, name, "ADDED", stored);
    }
    return stored.deepCopy();
  }

  /** Replaces a resource, keeping what the server owns. */
  synchronized ObjectNode replace(String kind, String namespace, ObjectNode resource) {
    String name = resource.path("metadata").path("name").asText();
    ObjectNode old = resources.get(key(kind, namespace, name));
    ObjectNode stored = normalised(resource);
    ObjectNode metadata = stored.withObjectProperty("metadata");
    JsonNode oldMetadata = old.path("metadata");
    for (String owned : new String[] {"namespace", "uid", "creationTimestamp"}) {
      if (oldMetadata.has(owned)) {
        metadata.set(owned, oldMetadata.get(owned));
      }
    }
    metadata.put("generation", oldMetadata.path("generation").asLong() + 1);
    metadata.withObjectProperty("labels").put("workflows.argoproj.io/creator", "system-serviceaccount-argo-argo-server");
    metadata.put("resourceVersion", Long.toString(++version));
    resources.put(key(kind, namespace, name), stored);
    return stored.deepCopy();
  }

  /** Sets a Workflow's status (the controller's update), making a MODIFIED event. */
  synchronized ObjectNode updateStatus(String namespace, String name, ObjectNode status) {
    ObjectNode stored = resources.get(key("Workflow", namespace, name));
    if (stored == null) {
      return null;
    }
    stored.set("status", status.deepCopy());
    stored.withObjectProperty("metadata").put("resourceVersion", Long.toString(++version));
    record(namespace, name, "MODIFIED", stored);
    return stored.deepCopy();
  }

  synchronized void delete(String kind, String namespace, String name) {
    ObjectNode removed = resources.remove(key(kind, namespace, name));
    if (removed != null && kind.equals("Workflow")) {
      removed.withObjectProperty("metadata").put("resourceVersion", Long.toString(++version));
      record(namespace, name, "DELETED", removed);
    }
  }

  /** Forgets every event so far: a watch from an older version gets 410 Gone, as after etcd compaction. */
  synchronized void compact() {
    compactedBefore = version + 1;
    history.clear();
  }

  /**
   * Registers a watch of Workflow {@code name} from {@code from} (null: from now, starting with its
   * current state) and returns the events it must send first; {@code null} when {@code from} is compacted.
   */
  synchronized List<Event> watch(Watch watch, Long from) {
    List<Event> backlog = new ArrayList<>();
    if (from != null && from < compactedBefore) {
      return null;
    }
    if (from == null) {
      ObjectNode current = resources.get(key("Workflow", watch.namespace(), watch.name()));
      if (current != null) {
        backlog.add(new Event(Long.parseLong(current.path("metadata").path("resourceVersion").asText()),
            watch.namespace(), watch.name(), "ADDED", current.deepCopy()));
      }
    } else {
      for (Event event : history) {
        if (event.version() > from && event.namespace().equals(watch.namespace()) && event.name().equals(watch.name())) {
          backlog.add(event);
        }
      }
    }
    watches.add(watch);
    return backlog;
  }

  private void record(String namespace, String name, String type, ObjectNode object) {
    Event event = new Event(version, namespace, name, type, object.deepCopy());
    history.add(event);
    for (Watch watch : watches) {
      if (watch.namespace().equals(namespace) && watch.name().equals(name)) {
        watch.queue().add(event);
      }
    }
  }

  /** A copy without the empty strings and lists Go's {@code omitempty} leaves out. */
  static ObjectNode normalised(ObjectNode resource) {
    ObjectNode copy = resource.deepCopy();
    drop(copy);
    return copy;
  }

  private static void drop(JsonNode node) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode value = field.getValue();
        if (value.isTextual() && value.asText().isEmpty() && !field.getKey().equals("value")
            || value.isArray() && value.isEmpty()) {
          fields.remove();
        } else {
          drop(value);
        }
      }
    } else if (node.isArray()) {
      ((ArrayNode) node).forEach(FakeCluster::drop);
    }
  }
}
