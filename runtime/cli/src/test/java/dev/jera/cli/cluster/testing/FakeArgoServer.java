package dev.jera.cli.cluster.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Argo Server on loopback that speaks v4.1.2's REST API as its swagger defines it: HTTPS with a
 * certificate made at test time (or plain HTTP), a bearer token checked on every request, every
 * request's operation, query parameters and body checked against the swagger's definitions (as written
 * and made strict; a mismatch is a 400 and a {@link #violations() violation}), answers built as its
 * definitions say and checked too, gRPC-gateway errors ({@code {"code", "message"}}) and streams
 * (newline-delimited {@code {"result": …}}), Kubernetes semantics behind (resourceVersion, 409 on
 * create and on a stale update, watches resumable from a version, compaction), a {@link FakeController}
 * running what is submitted, and faults injected by method and path.
 */
public final class FakeArgoServer implements AutoCloseable {
  /** The token the server accepts, as a client sends it. */
  public static final String TOKEN = "Bearer s3cret-t0ken-do-not-print";

  /** A request the server received. */
  public record Received(String method, String target, JsonNode body, boolean authorized, long at) {
    /** {@code METHOD /path?query BODY}, as {@code --dry-run} prints a request. */
    public String line() {
      return method + " " + target + (body == null ? "" : " " + body);
    }
  }

  /** What an injected fault does. */
  public static final class Fault {
    final String kind;
    final int status;
    final String message;
    final int afterEvents;
    final boolean compact;

    private Fault(String kind, int status, String message, int afterEvents) {
      this(kind, status, message, afterEvents, false);
    }

    private Fault(String kind, int status, String message, int afterEvents, boolean compact) {
      this.kind = kind;
      this.status = status;
      this.message = message;
      this.afterEvents = afterEvents;
      this.compact = compact;
    }

    /** This fault, and the watch history forgotten when it strikes (resuming from before it gets 410). */
    public Fault thenCompact() {
      return new Fault(kind, status, message, afterEvents, true);
    }

    /** A stream that sends nothing at all, as a connection that silently died. */
    public static Fault silentStream() {
      return new Fault("silent", 0, null, 0);
    }

    /** Answers with HTTP {@code status} and a gRPC-gateway error body. */
    public static Fault status(int status, String message) {
      return new Fault("status", status, message, 0);
    }

    /** Answers with HTTP {@code status} and an HTML page, as a proxy in front of the server would. */
    public static Fault html(int status, String title) {
      return new Fault("html", status, title, 0);
    }

    /** Closes the connection before doing anything: nothing is done, no answer. */
    public static Fault dropBefore() {
      return new Fault("dropBefore", 0, null, 0);
    }

    /** Does the request, then closes the connection without answering: the answer is lost. */
    public static Fault dropAfter() {
      return new Fault("dropAfter", 0, null, 0);
    }

    /**
     * Does the request, starts the answer and breaks the connection in its middle: the answer is lost
     * where no client can think the request unsent.
     */
    public static Fault cutAnswer() {
      return new Fault("cut", 0, null, 0);
    }

    /** A stream ends cleanly after {@code events} messages. */
    public static Fault endStreamAfter(int events) {
      return new Fault("end", 0, null, events);
    }

    /** A stream breaks (connection closed mid-stream) after {@code events} messages. */
    public static Fault breakStreamAfter(int events) {
      return new Fault("break", 0, null, events);
    }

    /** A stream sends a gRPC-gateway {@code {"error": …}} message after {@code events} messages. */
    public static Fault errorStreamAfter(int events, int status, String message) {
      return new Fault("error", status, message, events);
    }
  }

  private record Rule(String method, Pattern path, int[] left, Fault fault) {}

  /** A matched route: the swagger's path template and the values of its variables. */
  private record Route(String template, Map<String, String> values) {}

  private static final List<String> TEMPLATES = List.of(
      "/api/v1/workflows/{namespace}/lint",
      "/api/v1/workflows/{namespace}/submit",
      "/api/v1/workflows/{namespace}/{name}/log",
      "/api/v1/workflows/{namespace}/{name}",
      "/api/v1/workflows/{namespace}",
      "/api/v1/workflow-events/{namespace}",
      "/api/v1/workflow-templates/{namespace}/lint",
      "/api/v1/workflow-templates/{namespace}/{name}",
      "/api/v1/workflow-templates/{namespace}",
      "/api/v1/cluster-workflow-templates/lint",
      "/api/v1/cluster-workflow-templates/{name}",
      "/api/v1/cluster-workflow-templates",
      "/api/v1/cron-workflows/{namespace}/lint",
      "/api/v1/cron-workflows/{namespace}/{name}",
      "/api/v1/cron-workflows/{namespace}");

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "fake-argo-server");
    thread.setDaemon(true);
    return thread;
  });
  private final SelfSignedCertificate certificate;
  private final String baseHref;
  private final Swagger swagger = Swagger.load().orElse(null);
  private final FakeCluster cluster = new FakeCluster();
  private final FakeController controller = new FakeController(cluster);
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final List<Rule> rules = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, String> lintErrors = Collections.synchronizedMap(new LinkedHashMap<>());
  private volatile String token = TOKEN;
  private volatile boolean closed;

  private FakeArgoServer(boolean tls, List<String> certificateNames, String baseHref) throws IOException {
    this.baseHref = baseHref;
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    if (tls) {
      certificate = SelfSignedCertificate.forNames(certificateNames);
      HttpsServer https = HttpsServer.create(address, 0);
      https.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
      server = https;
    } else {
      certificate = null;
      server = HttpServer.create(address, 0);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** A server with TLS, its certificate naming 127.0.0.1 and localhost. */
  public static FakeArgoServer start() {
    return start(true, List.of("127.0.0.1", "localhost"), "");
  }

  /** A server with or without TLS, its certificate naming {@code names}, behind path prefix {@code baseHref}. */
  public static FakeArgoServer start(boolean tls, List<String> names, String baseHref) {
    try {
      return new FakeArgoServer(tls, names, baseHref);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code 127.0.0.1:port}, as {@code ARGO_SERVER} holds it. */
  public String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  /** Writes the server's certificate as PEM to {@code file}. */
  public Path writeCertificate(Path file) throws IOException {
    Files.writeString(file, certificate.pem());
    return file;
  }

  /** The token the server requires; {@code null} for none. */
  public FakeArgoServer token(String value) {
    token = value;
    return this;
  }

  /** Injects {@code fault} into the next {@code times} requests of {@code method} to a path matching {@code pathRegex}. */
  public FakeArgoServer fault(String method, String pathRegex, int times, Fault fault) {
    rules.add(new Rule(method, Pattern.compile(pathRegex), new int[] {times}, fault));
    return this;
  }

  /** Makes lint (and create) of resource {@code name} fail with {@code message}, as Argo's validation would. */
  public FakeArgoServer lintError(String name, String message) {
    lintErrors.put(name, message);
    return this;
  }

  /** How task or step {@code name} runs: attempts, failure, items, result. */
  public FakeController.Script script(String name) {
    return controller.script(name);
  }

  /** The time between two status updates of a running Workflow. */
  public FakeArgoServer tick(java.time.Duration value) {
    controller.tick = value;
    return this;
  }

  /** Holds (or releases) every running Workflow where it is. */
  public void pause(boolean value) {
    controller.paused = value;
  }

  /** Forgets the watch history: resuming from an older resourceVersion gets 410. */
  public void compact() {
    cluster.compact();
  }

  /** Deletes a resource of {@code kind} (namespace {@code null} for a cluster-scoped one). */
  public void deleteTemplate(String kind, String namespace, String name) {
    cluster.delete(kind, namespace, name);
  }

  /** Deletes Workflow {@code name}. */
  public void deleteWorkflow(String namespace, String name) {
    cluster.delete("Workflow", namespace, name);
  }

  /** A resource as the server holds it, or {@code null}. */
  public ObjectNode resource(String kind, String namespace, String name) {
    return cluster.get(kind, namespace, name);
  }

  /** Every resource of {@code kind} in {@code namespace}. */
  public List<ObjectNode> resources(String kind, String namespace) {
    return cluster.list(kind, namespace);
  }

  /** Stores {@code resource} as if created by someone else. */
  public ObjectNode put(String kind, String namespace, ObjectNode resource) {
    return cluster.create(kind, namespace, resource);
  }

  /** The log lines of each pod the controller ran, in order. */
  public Map<String, List<String>> logs() {
    synchronized (controller.logs) {
      return new LinkedHashMap<>(controller.logs);
    }
  }

  /** Every request received, in order. */
  public List<Received> received() {
    synchronized (received) {
      return new ArrayList<>(received);
    }
  }

  /** Requests and answers that broke the API contract. */
  public List<String> violations() {
    synchronized (violations) {
      return new ArrayList<>(violations);
    }
  }

  /** Whether the contract (the swagger) was there to check against. */
  public boolean validating() {
    return swagger != null;
  }

  @Override
  public void close() {
    closed = true;
    controller.stop();
    server.stop(0);
    executor.shutdownNow();
  }

  /** Breaks the connection: the server closes it without ending the answer (no final chunk, bytes missing). */
  private static final class Break extends IOException {
    private static final long serialVersionUID = 1L;

    Break(String message) {
      super(message);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      serve(exchange);
    } catch (Break e) {
      // Thrown out of the handler without closing the exchange: the JDK's server drops the connection.
      throw e;
    } catch (RuntimeException e) {
      // A bug of the fake, not a fault it was asked for: fail the test that met it.
      java.io.StringWriter trace = new java.io.StringWriter();
      e.printStackTrace(new java.io.PrintWriter(trace));
      violations.add("the fake failed on " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + ": " + trace);
      throw e;
    }
    exchange.close();
  }

  private void serve(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String rawPath = exchange.getRequestURI().getRawPath();
    String rawQuery = exchange.getRequestURI().getRawQuery();
    byte[] bytes = exchange.getRequestBody().readAllBytes();
    JsonNode body = null;
    if (bytes.length > 0) {
      try {
        body = FakeCluster.JSON.readTree(bytes);
      } catch (IOException e) {
        violations.add(method + " " + rawPath + ": a body that is not JSON");
        error(exchange, 400, "body is not JSON");
        return;
      }
    }
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    boolean authorized = token == null || token.equals(authorization);
    received.add(new Received(method, rawPath + (rawQuery == null ? "" : "?" + rawQuery), body, authorized,
        System.nanoTime() / 1_000_000));
    Fault fault = fault(method, rawPath);
    if (fault != null && fault.kind.equals("dropBefore")) {
      return;
    }
    if (fault != null && fault.kind.equals("status")) {
      error(exchange, fault.status, fault.message);
      return;
    }
    if (fault != null && fault.kind.equals("html")) {
      send(exchange, fault.status, "text/html", ("<html><head><title>" + fault.message + "</title></head><body><h1>"
          + fault.message + "</h1></body></html>").getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (!rawPath.startsWith(baseHref + "/api/")) {
      // Argo Server gives its UI's index.html for any path outside its API.
      send(exchange, 200, "text/html", "<!doctype html><html><head><title>Argo</title></head></html>"
          .getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (!authorized) {
      error(exchange, 401, "token not valid. see https://argo-workflows.readthedocs.io/en/latest/faq/");
      return;
    }
    String path = rawPath.substring(baseHref.length());
    Route route = route(path);
    if (route == null) {
      error(exchange, 404, "Not Found");
      return;
    }
    Map<String, String> query = query(rawQuery);
    if (swagger != null) {
      List<String> problems = new ArrayList<>(swagger.requestErrors(method, route.template(), query.keySet()));
      String definition = swagger.bodyDefinition(method, route.template());
      if (definition != null) {
        problems.addAll(body == null ? List.of("no body, where " + definition + " is required")
            : swagger.errors(definition, body));
      } else if (body != null) {
        problems.add(method + " " + route.template() + " takes no body");
      }
      if (!problems.isEmpty()) {
        violations.addAll(problems);
        error(exchange, 400, String.join("; ", problems));
        return;
      }
    }
    if (route.template().equals("/api/v1/workflow-events/{namespace}")) {
      watch(exchange, route, query, fault);
      return;
    }
    if (route.template().equals("/api/v1/workflows/{namespace}/{name}/log")) {
      logs(exchange, route, query);
      return;
    }
    Answer answer;
    try {
      answer = answer(method, route, query, body);
    } catch (Refusal refusal) {
      if (fault != null && fault.kind.equals("dropAfter")) {
        return;
      }
      error(exchange, refusal.status, refusal.getMessage());
      return;
    }
    if (fault != null && fault.kind.equals("dropAfter")) {
      return;
    }
    if (fault != null && fault.kind.equals("cut")) {
      exchange.sendResponseHeaders(200, 100_000);
      exchange.getResponseBody().write("{\"metadata\":".getBytes(StandardCharsets.UTF_8));
      exchange.getResponseBody().flush();
      throw new Break("the fake cuts the answer");
    }
    if (swagger != null) {
      String definition = swagger.answerDefinition(method, route.template());
      for (String problem : swagger.errors(definition, answer.body)) {
        violations.add("answer of the fake to " + method + " " + path + ": " + problem);
      }
    }
    send(exchange, 200, "application/json", answer.body.toString().getBytes(StandardCharsets.UTF_8));
  }

  private record Answer(JsonNode body) {}

  /** A request the API refuses: a status and a message. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    Refusal(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private Answer answer(String method, Route route, Map<String, String> query, JsonNode body) {
    String namespace = route.values().get("namespace");
    String name = route.values().get("name");
    switch (method + " " + route.template()) {
      case "GET /api/v1/workflows/{namespace}/{name}":
        return new Answer(found(cluster.get("Workflow", namespace, name), "workflows", name));
      case "GET /api/v1/workflows/{namespace}":
        return new Answer(list(namespace, query));
      case "POST /api/v1/workflows/{namespace}":
        return new Answer(createWorkflow(namespace, (ObjectNode) body.get("workflow").deepCopy(), false));
      case "POST /api/v1/workflows/{namespace}/lint":
        return new Answer(createWorkflow(namespace, (ObjectNode) body.get("workflow").deepCopy(), true));
      case "POST /api/v1/workflows/{namespace}/submit":
        return new Answer(submit(namespace, body));
      case "GET /api/v1/workflow-templates/{namespace}/{name}":
        return new Answer(found(cluster.get("WorkflowTemplate", namespace, name), "workflowtemplates", name));
      case "GET /api/v1/cluster-workflow-templates/{name}":
        return new Answer(found(cluster.get("ClusterWorkflowTemplate", null, name), "clusterworkflowtemplates", name));
      case "GET /api/v1/cron-workflows/{namespace}/{name}":
        return new Answer(found(cluster.get("CronWorkflow", namespace, name), "cronworkflows", name));
      case "POST /api/v1/workflow-templates/{namespace}":
        return new Answer(create("WorkflowTemplate", namespace, body.get("template"), false));
      case "POST /api/v1/cluster-workflow-templates":
        return new Answer(create("ClusterWorkflowTemplate", null, body.get("template"), false));
      case "POST /api/v1/cron-workflows/{namespace}":
        return new Answer(create("CronWorkflow", namespace, body.get("cronWorkflow"), false));
      case "POST /api/v1/workflow-templates/{namespace}/lint":
        return new Answer(create("WorkflowTemplate", namespace, body.get("template"), true));
      case "POST /api/v1/cluster-workflow-templates/lint":
        return new Answer(create("ClusterWorkflowTemplate", null, body.get("template"), true));
      case "POST /api/v1/cron-workflows/{namespace}/lint":
        return new Answer(create("CronWorkflow", namespace, body.get("cronWorkflow"), true));
      case "PUT /api/v1/workflow-templates/{namespace}/{name}":
        return new Answer(update("WorkflowTemplate", namespace, name, body.get("template")));
      case "PUT /api/v1/cluster-workflow-templates/{name}":
        return new Answer(update("ClusterWorkflowTemplate", null, name, body.get("template")));
      case "PUT /api/v1/cron-workflows/{namespace}/{name}":
        return new Answer(update("CronWorkflow", namespace, name, body.get("cronWorkflow")));
      default:
        throw new Refusal(404, "Not Found");
    }
  }

  private static JsonNode found(ObjectNode resource, String plural, String name) {
    if (resource == null) {
      throw new Refusal(404, plural + ".argoproj.io \"" + name + "\" not found");
    }
    return resource;
  }

  private JsonNode list(String namespace, Map<String, String> query) {
    List<ObjectNode> all = cluster.list("Workflow", namespace);
    String selector = query.get("listOptions.labelSelector");
    if (selector != null) {
      for (String term : selector.split(",")) {
        String[] pair = term.split("=", 2);
        all.removeIf(workflow -> !pair[1].equals(workflow.path("metadata").path("labels").path(pair[0]).asText(null)));
      }
    }
    int offset = Integer.parseInt(query.getOrDefault("listOptions.continue", "0"));
    int limit = Integer.parseInt(query.getOrDefault("listOptions.limit", "0"));
    int end = limit == 0 ? all.size() : Math.min(all.size(), offset + limit);
    ObjectNode list = FakeCluster.JSON.createObjectNode();
    ObjectNode metadata = list.putObject("metadata");
    if (end < all.size()) {
      metadata.put("continue", Integer.toString(end));
    }
    ArrayNode items = list.putArray("items");
    all.subList(offset, end).forEach(items::add);
    return list;
  }

  /** Creates (or lints) a template or CronWorkflow after checking what Argo's validation checks here. */
  private JsonNode create(String kind, String namespace, JsonNode resource, boolean lint) {
    ObjectNode object = (ObjectNode) resource.deepCopy();
    String name = object.path("metadata").path("name").asText("");
    if (name.isEmpty()) {
      throw new Refusal(400, "metadata.name is required");
    }
    if (!kind.equals(object.path("kind").asText(kind))) {
      throw new Refusal(400, "kind '" + object.path("kind").asText() + "' sent to the " + kind + " API");
    }
    validate(kind, namespace, object);
    if (lint) {
      return object;
    }
    if (cluster.get(kind, namespace, name) != null) {
      throw new Refusal(409, plural(kind) + ".argoproj.io \"" + name + "\" already exists");
    }
    return cluster.create(kind, namespace, object);
  }

  private JsonNode update(String kind, String namespace, String name, JsonNode resource) {
    ObjectNode object = (ObjectNode) resource.deepCopy();
    ObjectNode live = cluster.get(kind, namespace, name);
    if (live == null) {
      throw new Refusal(404, plural(kind) + ".argoproj.io \"" + name + "\" not found");
    }
    String version = object.path("metadata").path("resourceVersion").asText("");
    if (version.isEmpty()) {
      throw new Refusal(400, "metadata.resourceVersion: Invalid value: 0x0: must be specified for an update");
    }
    if (!version.equals(live.path("metadata").path("resourceVersion").asText())) {
      throw new Refusal(409, "Operation cannot be fulfilled on " + plural(kind) + ".argoproj.io \"" + name
          + "\": the object has been modified; please apply your changes to the latest version and try again");
    }
    validate(kind, namespace, object);
    return cluster.replace(kind, namespace, object);
  }

  /** Argo's validation, as far as the fake goes: injected lint errors, and references that must exist. */
  private void validate(String kind, String namespace, ObjectNode object) {
    String name = object.path("metadata").path("name").asText(object.path("metadata").path("generateName").asText());
    String error = lintErrors.get(name.replaceAll("-$", ""));
    if (error != null) {
      throw new Refusal(400, error);
    }
    JsonNode spec = kind.equals("CronWorkflow") ? object.path("spec").path("workflowSpec") : object.path("spec");
    JsonNode ref = spec.path("workflowTemplateRef");
    if (ref.isObject()) {
      requireTemplate(namespace, ref, "spec.workflowTemplateRef");
    }
    for (JsonNode template : spec.path("templates")) {
      for (JsonNode task : template.path("dag").path("tasks")) {
        if (task.has("templateRef")) {
          requireTemplate(namespace, task.get("templateRef"), "templates." + template.path("name").asText() + ".tasks."
              + task.path("name").asText());
        }
      }
      for (JsonNode group : template.path("steps")) {
        for (JsonNode step : group) {
          if (step.has("templateRef")) {
            requireTemplate(namespace, step.get("templateRef"), "templates." + template.path("name").asText() + ".steps."
                + step.path("name").asText());
          }
        }
      }
    }
  }

  private ObjectNode requireTemplate(String namespace, JsonNode ref, String where) {
    boolean cluster = ref.path("clusterScope").asBoolean(false);
    String kind = cluster ? "ClusterWorkflowTemplate" : "WorkflowTemplate";
    ObjectNode template = this.cluster.get(kind, cluster ? null : namespace, ref.path("name").asText());
    if (template == null) {
      throw new Refusal(400, where + ": " + plural(kind) + ".argoproj.io \"" + ref.path("name").asText() + "\" not found");
    }
    return template;
  }

  private JsonNode createWorkflow(String namespace, ObjectNode workflow, boolean lint) {
    ObjectNode metadata = workflow.withObjectProperty("metadata");
    String name = metadata.path("name").asText("");
    String generate = metadata.path("generateName").asText("");
    if (name.isEmpty() && generate.isEmpty()) {
      throw new Refusal(400, "metadata.name or metadata.generateName is required");
    }
    validate("Workflow", namespace, workflow);
    if (lint) {
      return workflow;
    }
    if (name.isEmpty()) {
      metadata.put("name", generate + Long.toString(System.nanoTime() % 100000, 36));
      name = metadata.path("name").asText();
    }
    if (cluster.get("Workflow", namespace, name) != null) {
      throw new Refusal(409, "workflows.argoproj.io \"" + name + "\" already exists");
    }
    ObjectNode stored = cluster.create("Workflow", namespace, workflow);
    run(namespace, stored);
    return stored;
  }

  private JsonNode submit(String namespace, JsonNode request) {
    String kind = request.path("resourceKind").asText();
    String resourceName = request.path("resourceName").asText();
    JsonNode options = request.path("submitOptions");
    ObjectNode workflow = FakeCluster.JSON.createObjectNode();
    workflow.put("apiVersion", "argoproj.io/v1alpha1").put("kind", "Workflow");
    ObjectNode metadata = workflow.putObject("metadata");
    metadata.put("generateName", resourceName + "-");
    ObjectNode spec;
    switch (kind) {
      case "WorkflowTemplate":
      case "ClusterWorkflowTemplate": {
        spec = workflow.putObject("spec");
        ObjectNode ref = spec.putObject("workflowTemplateRef").put("name", resourceName);
        if (kind.equals("ClusterWorkflowTemplate")) {
          ref.put("clusterScope", true);
        }
        requireTemplate(namespace, ref, "spec.workflowTemplateRef");
        break;
      }
      case "CronWorkflow": {
        ObjectNode cron = (ObjectNode) found(cluster.get("CronWorkflow", namespace, resourceName), "cronworkflows", resourceName);
        spec = (ObjectNode) cron.path("spec").path("workflowSpec").deepCopy();
        workflow.set("spec", spec);
        break;
      }
      default:
        throw new Refusal(400, "Resource kind '" + kind + "' is not supported for submitting");
    }
    String labels = options.path("labels").asText("");
    if (!labels.isEmpty()) {
      ObjectNode labelNode = metadata.putObject("labels");
      for (String pair : labels.split(",")) {
        String[] parts = pair.split("=", 2);
        if (parts.length != 2) {
          throw new Refusal(500, "expected labels of the form: NAME1=VALUE2,NAME2=VALUE2. Received: " + labels);
        }
        labelNode.put(parts[0], parts[1]);
      }
    }
    ArrayNode parameters = FakeCluster.JSON.createArrayNode();
    for (JsonNode parameter : options.path("parameters")) {
      String[] parts = parameter.asText().split("=", 2);
      if (parts.length != 2) {
        throw new Refusal(500, "expected parameter of the form: NAME=VALUE. Received: " + parameter.asText());
      }
      parameters.addObject().put("name", parts[0]).put("value", parts[1]);
    }
    if (!parameters.isEmpty()) {
      ArrayNode existing = spec.withObjectProperty("arguments").withArrayProperty("parameters");
      for (JsonNode parameter : existing) {
        boolean overridden = false;
        for (JsonNode given : parameters) {
          overridden |= given.path("name").asText().equals(parameter.path("name").asText());
        }
        if (!overridden) {
          parameters.add(parameter);
        }
      }
      spec.withObjectProperty("arguments").set("parameters", parameters);
    }
    if (options.has("name")) {
      metadata.put("name", options.path("name").asText());
    }
    return createWorkflow(namespace, workflow, false);
  }

  /** Starts the controller on a stored Workflow, resolving the template it runs. */
  private void run(String namespace, ObjectNode workflow) {
    JsonNode spec = workflow.path("spec");
    JsonNode stored = null;
    JsonNode ref = spec.path("workflowTemplateRef");
    if (ref.isObject()) {
      ObjectNode template = requireTemplate(namespace, ref, "spec.workflowTemplateRef");
      ObjectNode merged = (ObjectNode) template.path("spec").deepCopy();
      JsonNode given = spec.path("arguments").path("parameters");
      for (JsonNode parameter : merged.withObjectProperty("arguments").withArrayProperty("parameters")) {
        for (JsonNode value : given) {
          if (value.path("name").asText().equals(parameter.path("name").asText()) && value.has("value")) {
            ((ObjectNode) parameter).set("value", value.get("value"));
          }
        }
      }
      stored = merged;
      spec = merged;
    }
    controller.start(namespace, workflow, spec, stored);
  }

  private void watch(HttpExchange exchange, Route route, Map<String, String> query, Fault fault) throws IOException {
    String selector = query.getOrDefault("listOptions.fieldSelector", "");
    if (!selector.startsWith("metadata.name=")) {
      violations.add("a watch without a metadata.name field selector: " + selector);
      error(exchange, 400, "the fake only watches one workflow");
      return;
    }
    String name = selector.substring("metadata.name=".length());
    String version = query.get("listOptions.resourceVersion");
    FakeCluster.Watch watch = new FakeCluster.Watch(route.values().get("namespace"), name, new LinkedBlockingQueue<>());
    List<FakeCluster.Event> backlog = cluster.watch(watch, version == null || version.isEmpty() ? null : Long.valueOf(version));
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    try {
      if (backlog == null) {
        streamError(out, 410, "too old resource version: " + version + " (" + "compacted)");
        return;
      }
      int sent = 0;
      LinkedBlockingQueue<FakeCluster.Event> pending = new LinkedBlockingQueue<>(backlog);
      boolean silent = fault != null && fault.kind.equals("silent");
      while (!closed) {
        if (fault != null && !silent && sent >= fault.afterEvents) {
          if (fault.compact) {
            cluster.compact();
          }
          if (fault.kind.equals("error")) {
            streamError(out, fault.status, fault.message);
            return;
          }
          if (fault.kind.equals("end")) {
            return;
          }
          throw new Break("the fake breaks the stream");
        }
        FakeCluster.Event event = pending.poll();
        if (event == null) {
          event = watch.queue().poll(20, TimeUnit.MILLISECONDS);
        }
        if (event == null || silent) {
          continue;
        }
        ObjectNode message = FakeCluster.JSON.createObjectNode();
        message.putObject("result").put("type", event.type()).set("object", event.object());
        checkAnswer("GET", route.template(), message.get("result"));
        out.write((message + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        sent++;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      cluster.watches.remove(watch);
    }
  }

  private void logs(HttpExchange exchange, Route route, Map<String, String> query) throws IOException {
    if (cluster.get("Workflow", route.values().get("namespace"), route.values().get("name")) == null) {
      error(exchange, 404, "workflows.argoproj.io \"" + route.values().get("name") + "\" not found");
      return;
    }
    String pod = query.get("podName");
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    for (Map.Entry<String, List<String>> entry : logs().entrySet()) {
      if (pod != null && !pod.equals(entry.getKey())
          || !entry.getKey().startsWith(route.values().get("name") + "-")) {
        continue;
      }
      for (String line : entry.getValue()) {
        ObjectNode message = FakeCluster.JSON.createObjectNode();
        message.putObject("result").put("podName", entry.getKey()).put("content", line);
        checkAnswer("GET", route.template(), message.get("result"));
        out.write((message + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private void checkAnswer(String method, String template, JsonNode result) {
    if (swagger != null) {
      for (String problem : swagger.errors(swagger.answerDefinition(method, template), result)) {
        violations.add("stream message of the fake on " + template + ": " + problem);
      }
    }
  }

  private static void streamError(OutputStream out, int status, String message) throws IOException {
    ObjectNode error = FakeCluster.JSON.createObjectNode();
    error.putObject("error").put("grpc_code", grpcCode(status)).put("http_code", status).put("message", message)
        .put("http_status", "status " + status);
    out.write((error + "\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private Fault fault(String method, String path) {
    synchronized (rules) {
      for (Rule rule : rules) {
        if (rule.method().equals(method) && rule.path().matcher(path).find() && rule.left()[0] > 0) {
          rule.left()[0]--;
          return rule.fault();
        }
      }
    }
    return null;
  }

  private static Route route(String path) {
    for (String template : TEMPLATES) {
      List<String> names = new ArrayList<>();
      Matcher variables = Pattern.compile("\\{(\\w+)}").matcher(template);
      StringBuilder regex = new StringBuilder("^");
      int at = 0;
      while (variables.find()) {
        regex.append(Pattern.quote(template.substring(at, variables.start()))).append("([^/]+)");
        names.add(variables.group(1));
        at = variables.end();
      }
      regex.append(Pattern.quote(template.substring(at))).append("$");
      Matcher matcher = Pattern.compile(regex.toString()).matcher(path);
      if (matcher.matches()) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
          values.put(names.get(i), URLDecoder.decode(matcher.group(i + 1), StandardCharsets.UTF_8));
        }
        return new Route(template, values);
      }
    }
    return null;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      String[] parts = pair.split("=", 2);
      query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
          parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
    }
    return query;
  }

  private void error(HttpExchange exchange, int status, String message) throws IOException {
    ObjectNode error = FakeCluster.JSON.createObjectNode().put("code", grpcCode(status)).put("message", message);
    if (swagger != null) {
      for (String problem : swagger.errors("grpc.gateway.runtime.Error", error)) {
        violations.add("error body of the fake: " + problem);
      }
    }
    send(exchange, status, "application/json", error.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  /** The gRPC code grpc-gateway answers an HTTP status for (Argo's {@code server/utils/errors.go} in reverse). */
  private static int grpcCode(int status) {
    switch (status) {
      case 400:
        return 3;
      case 401:
        return 16;
      case 403:
        return 7;
      case 404:
        return 5;
      case 409:
        return 6;
      case 410:
        return 3;
      case 429:
        return 8;
      case 503:
        return 14;
      case 504:
        return 4;
      default:
        return status >= 500 ? 13 : 2;
    }
  }

  private static String plural(String kind) {
    return kind.toLowerCase(java.util.Locale.ROOT) + "s";
  }
}
