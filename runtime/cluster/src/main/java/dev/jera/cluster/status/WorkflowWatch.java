package dev.jera.cluster.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jera.cluster.api.ArgoClient;
import dev.jera.cluster.api.ArgoException;
import dev.jera.cluster.api.EventStream;
import dev.jera.cluster.api.Fault;
import dev.jera.cluster.api.RequestBackoff;
import dev.jera.cluster.api.Requests;
import dev.jera.cluster.api.ResourceKind;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Follows one Workflow until it ends, through {@code GET /api/v1/workflow-events/{ns}} (a Kubernetes
 * watch, relayed by Argo Server as newline-delimited {@code {"result": {"type", "object"}}} messages).
 *
 * <p>It resumes where it stopped: each event's {@code metadata.resourceVersion} is remembered and a
 * dropped stream (end of stream, an {@code {"error": …}} message, a broken connection, a 5xx on
 * reconnecting) is reopened from it after a {@link RequestBackoff backoff}; a version the
 * server no longer has ({@code too old resource version}, 410) makes it read the Workflow afresh and go
 * on from there. When the stream is quiet for a while it reads the Workflow, so a stream that silently
 * died cannot hang it. It gives up after {@code attempts} drops in a row with no event between them.
 */
public final class WorkflowWatch {
  private final ArgoClient client;
  private final Requests requests;
  private final Duration quiet;
  private final Consumer<String> notices;

  /**
   * @param quiet how long a silent stream is trusted before the Workflow is read to check
   * @param notices receives a line for each drop and resumption
   */
  public WorkflowWatch(ArgoClient client, Requests requests, Duration quiet, Consumer<String> notices) {
    this.client = client;
    this.requests = requests;
    this.quiet = quiet;
    this.notices = notices;
  }

  /** What happens as the Workflow changes. */
  public interface Listener {
    /** A new state of the Workflow. */
    void changed(WorkflowView view);
  }

  /**
   * Follows Workflow {@code name} from {@code start} (its state as last read) until it ends.
   *
   * @return its final state
   * @throws ArgoException if it cannot be followed: deleted, or the stream failed {@code attempts} times in a row
   */
  public WorkflowView follow(WorkflowView start, Listener listener) {
    WorkflowView current = start;
    if (current.finished()) {
      return current;
    }
    String name = current.name();
    String version = current.resourceVersion();
    int drops = 0;
    while (true) {
      ArgoException failure;
      EventStream stream = client.stream(requests.watchWorkflow(name, version), "watch workflow '" + name + "'");
      BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
      Thread reader = new Thread(() -> read(stream, queue), "jera-watch-" + name);
      reader.setDaemon(true);
      reader.start();
      try {
        while (true) {
          Object item = queue.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
          if (item == null) {
            WorkflowView fresh = get(name);
            if (!same(fresh, current)) {
              current = fresh;
              version = fresh.resourceVersion();
              listener.changed(current);
            }
            if (current.finished()) {
              return current;
            }
            continue;
          }
          if (item instanceof JsonNode) {
            JsonNode event = (JsonNode) item;
            String type = event.path("type").asText();
            JsonNode object = event.path("object");
            if (type.equals("DELETED")) {
              throw new ArgoException(Fault.NOT_FOUND, 0, null, "workflow '" + name + "' was deleted before it ended"
                  + " (last seen " + current.phase() + "); check who deleted it (its TTL, or a user)", null);
            }
            String eventVersion = object.path("metadata").path("resourceVersion").asText("");
            if (!eventVersion.isEmpty()) {
              version = eventVersion;
            }
            drops = 0;
            if (type.equals("BOOKMARK") || !object.path("metadata").path("name").asText().equals(name)) {
              continue;
            }
            WorkflowView view = WorkflowView.of(object);
            if (!same(view, current)) {
              current = view;
              listener.changed(current);
            }
            if (current.finished()) {
              return current;
            }
            continue;
          }
          failure = item instanceof ArgoException ? (ArgoException) item : null;
          break;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ArgoException(Fault.LOST, 0, null, "interrupted while watching workflow '" + name + "'", e);
      } finally {
        stream.close();
      }
      if (failure != null && expired(failure)) {
        notices.accept("the watch of workflow '" + name + "' fell behind (" + failure.serverMessage()
            + "); reading it afresh");
        WorkflowView fresh = get(name);
        version = fresh.resourceVersion();
        if (!same(fresh, current)) {
          current = fresh;
          listener.changed(current);
        }
        if (current.finished()) {
          return current;
        }
        continue;
      }
      drops++;
      String why = failure == null ? "the server ended the stream" : failure.getMessage();
      if (drops >= client.backoff().attempts()) {
        throw new ArgoException(failure == null ? Fault.LOST : failure.fault(), 0, null, "lost the watch of workflow '"
            + name + "' " + drops + " times in a row (" + why + "); it still runs on the cluster: check the connection"
            + " to the Argo Server, then follow it again with: jera watch " + name, failure);
      }
      Duration delay = client.backoff().delay(drops);
      notices.accept("the watch of workflow '" + name + "' was dropped (" + why + "); resuming from resourceVersion "
          + version + " in " + RequestBackoff.describe(delay));
      RequestBackoff.sleep(delay);
    }
  }

  private WorkflowView get(String name) {
    return WorkflowView.of(client.read(requests.get(ResourceKind.WORKFLOW, name), "read workflow '" + name + "'"));
  }

  private static boolean same(WorkflowView a, WorkflowView b) {
    return a.resourceVersion() != null && a.resourceVersion().equals(b.resourceVersion());
  }

  /** A Kubernetes watch from a version the server no longer keeps: 410 Gone / Expired. */
  private static boolean expired(ArgoException failure) {
    String message = failure.serverMessage() == null ? "" : failure.serverMessage();
    return failure.status() == 410 || message.contains("too old resource version") || message.contains("Expired");
  }

  private static void read(EventStream stream, BlockingQueue<Object> queue) {
    try {
      while (true) {
        JsonNode result = stream.next();
        if (result == null) {
          queue.add(Boolean.FALSE);
          return;
        }
        queue.add(result);
      }
    } catch (ArgoException e) {
      queue.add(e);
    } catch (RuntimeException e) {
      queue.add(new ArgoException(Fault.PROTOCOL, 0, null, "the watch stream broke: " + e, e));
    }
  }
}
