package dev.jera.cluster.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jera.cluster.api.ApiRequest;
import dev.jera.cluster.api.ArgoClient;
import dev.jera.cluster.api.ArgoException;
import dev.jera.cluster.api.Fault;
import dev.jera.cluster.api.Requests;
import dev.jera.cluster.api.ResourceKind;
import java.util.Optional;

/**
 * Creates one Workflow, never two. The Workflow's name and its submission label are fixed before the
 * first try ({@link SubmissionIds}), so the create (or submit) request can be sent again safely:
 *
 * <ul>
 *   <li>no connection, or 429: nothing was done; it is sent again after a backoff;
 *   <li>a lost answer or a 5xx: it may have been done; the Workflow is read by name, and if it is there
 *       with this submission's label, that is the answer, else the request is sent again;
 *   <li>409: a Workflow of that name exists; it is this submission's when it carries its label (an
 *       earlier try went through), otherwise the name is taken and submitting fails.
 * </ul>
 */
public final class Submitter {
  private final ArgoClient client;
  private final Requests requests;

  public Submitter(ArgoClient client, Requests requests) {
    this.client = client;
    this.requests = requests;
  }

  /**
   * Sends {@code request}, which creates Workflow {@code name} labelled with submission {@code id}.
   *
   * @param action what it does, for messages, such as {@code submit workflow 'diamond'}
   * @return the created Workflow
   */
  public JsonNode create(ApiRequest request, String name, String id, String action) {
    int attempts = client.backoff().attempts();
    ArgoException last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try {
        return client.once(request, action);
      } catch (ArgoException e) {
        last = e;
        boolean maybeDone = e.fault() == Fault.LOST || e.fault() == Fault.SERVER || e.fault() == Fault.CONFLICT;
        if (!maybeDone && !e.fault().isTransient()) {
          throw e;
        }
        if (maybeDone) {
          Optional<JsonNode> existing = find(name);
          if (existing.isPresent()) {
            if (id.equals(existing.get().path("metadata").path("labels").path(SubmissionIds.LABEL).asText())) {
              if (e.fault() != Fault.CONFLICT) {
                client.notice(e.getMessage() + "; it was done all the same: workflow '" + name
                    + "' is there with this submission's label");
              }
              return existing.get();
            }
            if (e.fault() == Fault.CONFLICT) {
              throw new ArgoException(Fault.CONFLICT, e.status(), e.serverMessage(), "cannot " + action + ": a workflow"
                  + " named '" + name + "' already exists in namespace '" + requests.namespace() + "' and is not this"
                  + " submission; submit again (a new name is drawn each time)", e);
            }
          }
        }
      }
      if (attempt < attempts) {
        client.pause(last, attempt);
      }
    }
    throw ArgoClient.afterAttempts(last, attempts);
  }

  private Optional<JsonNode> find(String name) {
    try {
      return Optional.of(client.read(requests.get(ResourceKind.WORKFLOW, name), "read workflow '" + name + "'"));
    } catch (ArgoException e) {
      if (e.fault() == Fault.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
