package dev.jera.cluster.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The requests Jera sends, built as Argo v4.1.2's swagger defines their bodies: nothing but what the
 * definition names ({@code WorkflowCreateRequest}, {@code WorkflowTemplateUpdateRequest},
 * {@code ClusterWorkflowTemplateLintRequest}, …). Pure: the same input gives the same request, so
 * {@code --dry-run} prints exactly what a real run sends.
 */
public final class Requests {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String namespace;

  /** Requests for namespace {@code namespace}. */
  public Requests(String namespace) {
    this.namespace = namespace;
  }

  /** The namespace of the requests. */
  public String namespace() {
    return namespace;
  }

  /** {@code GET} one resource. */
  public ApiRequest get(ResourceKind kind, String name) {
    return ApiRequest.get(kind.resourcePath(namespace, name));
  }

  /** Create {@code resource}: {@code POST} to its collection, body {@code *CreateRequest}. */
  public ApiRequest create(ResourceKind kind, JsonNode resource) {
    return ApiRequest.post(kind.collectionPath(namespace), body(kind, resource));
  }

  /**
   * Replace {@code resource} ({@code metadata.resourceVersion} set to the version it replaces):
   * {@code PUT}, body {@code *UpdateRequest}. Not for Workflows.
   */
  public ApiRequest update(ResourceKind kind, String name, JsonNode resource) {
    return ApiRequest.put(kind.resourcePath(namespace, name), body(kind, resource));
  }

  /** Lint {@code resource}: {@code POST …/lint}, body {@code *LintRequest}. */
  public ApiRequest lint(ResourceKind kind, JsonNode resource) {
    return ApiRequest.post(kind.collectionPath(namespace) + "/lint", body(kind, resource));
  }

  /**
   * Submit a Workflow from template or CronWorkflow {@code name}: {@code POST /api/v1/workflows/{ns}/submit},
   * body {@code WorkflowSubmitRequest}.
   *
   * @param workflowName the Workflow's name ({@code submitOptions.name}), chosen beforehand so a retry cannot
   *     create a second one
   * @param labels {@code key=value,…} added to the Workflow
   * @param parameters {@code name=value} each
   */
  public ApiRequest submit(ResourceKind kind, String name, String workflowName, String labels, List<String> parameters) {
    ObjectNode options = NODES.objectNode();
    options.put("name", workflowName);
    options.put("labels", labels);
    if (!parameters.isEmpty()) {
      parameters.forEach(options.putArray("parameters")::add);
    }
    ObjectNode body = NODES.objectNode();
    body.put("namespace", namespace);
    body.put("resourceKind", kind.kind());
    body.put("resourceName", name);
    body.set("submitOptions", options);
    return ApiRequest.post(ResourceKind.WORKFLOW.collectionPath(namespace) + "/submit", body);
  }

  /**
   * List Workflows, a page of {@code limit}, with only the fields a listing shows (as {@code argo list}
   * asks); {@code selector} and {@code continueToken} may be null.
   */
  public ApiRequest listWorkflows(String selector, int limit, String continueToken) {
    return ApiRequest.get(ResourceKind.WORKFLOW.collectionPath(namespace))
        .with("listOptions.labelSelector", selector)
        .with("listOptions.limit", Integer.toString(limit))
        .with("listOptions.continue", continueToken)
        .with("fields", "metadata,items.metadata.name,items.metadata.labels,items.status.phase,items.status.message,"
            + "items.status.startedAt,items.status.finishedAt");
  }

  /**
   * Watch Workflow {@code name}: {@code GET /api/v1/workflow-events/{ns}}, events after
   * {@code resourceVersion} (from the current state when {@code null}).
   */
  public ApiRequest watchWorkflow(String name, String resourceVersion) {
    return ApiRequest.get("/api/v1/workflow-events/" + ApiRequest.segment(namespace))
        .with("listOptions.fieldSelector", "metadata.name=" + name)
        .with("listOptions.resourceVersion", resourceVersion);
  }

  /** The logs of Workflow {@code name}'s main containers: of pod {@code podName}, or of all when {@code null}. */
  public ApiRequest workflowLogs(String name, String podName) {
    return ApiRequest.get(ResourceKind.WORKFLOW.resourcePath(namespace, name) + "/log")
        .with("podName", podName)
        .with("logOptions.container", "main");
  }

  private ObjectNode body(ResourceKind kind, JsonNode resource) {
    ObjectNode body = NODES.objectNode();
    if (kind.namespaced()) {
      body.put("namespace", namespace);
    }
    body.set(kind.field(), resource);
    return body;
  }
}
