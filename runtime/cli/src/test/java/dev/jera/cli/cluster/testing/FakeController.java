package dev.jera.cli.cluster.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for Argo's controller: runs a created Workflow as a series of status updates, one per
 * tick, with nodes shaped as the controller shapes them (ids {@code <workflow>-<fnv32a(node name)>},
 * a {@code DAG}/{@code Steps} root, {@code StepGroup}s, {@code TaskGroup}s for DAG fan-outs,
 * {@code Retry} nodes with their attempts, the {@code <workflow>.onExit} node), and pod logs under the
 * v2 pod names. Tests script each step: how many attempts, whether it fails, its items, its result.
 */
public final class FakeController {
  /** How one task or step runs. */
  public static final class Script {
    /** How many times it runs; all but the last fail (a template with a retryStrategy). */
    public int attempts = 1;
    /** How many items a fan-out has. */
    public int items = 2;
    /** Its last attempt fails with this message, or succeeds when {@code null}. */
    public String failure;
    /** Its result, or {@code ok-<name>} when {@code null}. */
    public String result;
  }

  private final FakeCluster cluster;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "fake-argo-controller");
    thread.setDaemon(true);
    return thread;
  });
  final Map<String, Script> scripts = new ConcurrentHashMap<>();
  final Map<String, List<String>> logs = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
  volatile Duration tick = Duration.ofMillis(15);
  volatile boolean paused;

  FakeController(FakeCluster cluster) {
    this.cluster = cluster;
  }

  Script script(String task) {
    return scripts.computeIfAbsent(task, name -> new Script());
  }

  /** Runs {@code workflow} (stored, named) whose spec, resolved, is {@code spec}. */
  void start(String namespace, ObjectNode workflow, JsonNode spec, JsonNode storedTemplateSpec) {
    List<ObjectNode> states = new Run(workflow.path("metadata").path("name").asText(), spec, storedTemplateSpec).states();
    for (int i = 0; i < states.size(); i++) {
      ObjectNode state = states.get(i);
      String name = workflow.path("metadata").path("name").asText();
      timer.schedule(() -> {
        while (paused) {
          sleep(5);
        }
        cluster.updateStatus(namespace, name, state);
      }, tick.toMillis() * (i + 1), TimeUnit.MILLISECONDS);
    }
  }

  void stop() {
    timer.shutdownNow();
  }

  /** FNV-1a 32 as Go's hash/fnv, written apart from the client's so the two check each other. */
  static long fnv(String text) {
    long hash = 2166136261L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= (b & 0xff);
      hash = (hash * 16777619L) & 0xffffffffL;
    }
    return hash;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The states of one run. */
  private final class Run {
    private final String workflow;
    private final JsonNode spec;
    private final JsonNode stored;
    private final ObjectNode status = FakeCluster.JSON.createObjectNode();
    private final ObjectNode nodes;
    private final List<ObjectNode> states = new ArrayList<>();
    private Instant clock = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    private String failedNode;

    Run(String workflow, JsonNode spec, JsonNode stored) {
      this.workflow = workflow;
      this.spec = spec;
      this.stored = stored;
      this.nodes = status.putObject("nodes");
    }

    List<ObjectNode> states() {
      String entry = spec.path("entrypoint").asText();
      JsonNode template = template(entry);
      boolean steps = template.has("steps");
      ObjectNode root = node(workflow, workflow, steps ? "Steps" : "DAG", entry, null);
      status.put("phase", "Running");
      status.put("startedAt", now());
      if (stored != null) {
        status.set("storedWorkflowTemplateSpec", stored);
      }
      emit();
      if (steps) {
        int index = 0;
        String parent = workflow;
        for (JsonNode group : template.path("steps")) {
          String groupName = workflow + "[" + index + "]";
          ObjectNode groupNode = node(groupName, "[" + index + "]", "StepGroup", null, workflow);
          children(parent).add(id(groupName));
          for (JsonNode step : group) {
            if (failedNode == null) {
              run(step, groupName + "." + step.path("name").asText(), step.path("name").asText(), groupNode, true);
            }
          }
          finish(groupNode, failedNode == null ? "Succeeded" : "Failed");
          parent = id(groupName);
          index++;
        }
      } else {
        for (JsonNode task : template.path("dag").path("tasks")) {
          if (failedNode == null) {
            ObjectNode taskNode = run(task, workflow + "." + task.path("name").asText(), task.path("name").asText(), root, false);
            if (taskNode != null && !task.has("depends")) {
              children(workflow).add(taskNode.path("id").asText());
            }
          }
        }
      }
      String phase = failedNode == null ? "Succeeded" : "Failed";
      finish(root, phase);
      String onExit = spec.path("onExit").asText("");
      if (!onExit.isEmpty()) {
        ObjectNode exitTask = FakeCluster.JSON.createObjectNode().put("name", "onExit").put("template", onExit);
        run(exitTask, workflow + ".onExit", workflow + ".onExit", null, false);
      }
      status.put("phase", phase);
      status.put("finishedAt", now());
      if (failedNode != null) {
        status.put("message", "child '" + failedNode + "' failed");
      }
      emit();
      return states;
    }

    /** Runs a task or step, its items, its retries; the node that stands for it. */
    private ObjectNode run(JsonNode task, String nodeName, String displayName, ObjectNode parent, boolean inSteps) {
      Script script = script(displayName.endsWith(".onExit") ? "onExit" : displayName);
      String templateName = task.path("template").asText(task.path("templateRef").path("template").asText());
      boolean fansOut = task.has("withParam") || task.has("withItems");
      if (!fansOut) {
        ObjectNode unit = unit(task, nodeName, displayName, templateName, script, parent);
        return unit;
      }
      ObjectNode group = null;
      ObjectNode itemParent = parent;
      if (!inSteps) {
        group = node(nodeName, displayName, "TaskGroup", templateName, workflow);
        itemParent = group;
        emit();
      }
      for (int i = 0; i < script.items && failedNode == null; i++) {
        String label = "(" + i + ":" + (i + 1) + ")";
        Script item = scripts.getOrDefault(displayName + label, script);
        unit(task, nodeName + label, displayName + label, templateName, item, itemParent);
      }
      if (group != null) {
        finish(group, failedNode == null ? "Succeeded" : "Failed");
        emit();
      }
      return group;
    }

    /** A pod, or a Retry node and its attempts. */
    private ObjectNode unit(JsonNode task, String nodeName, String displayName, String templateName, Script script,
        ObjectNode parent) {
      boolean retried = template(templateName) != null && template(templateName).has("retryStrategy");
      String boundary = parent == null ? null : workflow;
      if (!retried) {
        ObjectNode pod = node(nodeName, displayName, "Pod", templateName, boundary);
        if (parent != null && parent.path("type").asText().matches("StepGroup|TaskGroup")) {
          children(parent.path("id").asText()).add(id(nodeName));
        }
        runPod(pod, nodeName, displayName, templateName, script, script.attempts == 1 && script.failure != null);
        if (script.failure != null) {
          failedNode = displayName;
        }
        return pod;
      }
      ObjectNode retry = node(nodeName, displayName, "Retry", templateName, boundary);
      if (parent != null && parent.path("type").asText().matches("StepGroup|TaskGroup")) {
        children(parent.path("id").asText()).add(id(nodeName));
      }
      ObjectNode last = null;
      for (int attempt = 0; attempt < script.attempts; attempt++) {
        String attemptName = nodeName + "(" + attempt + ")";
        ObjectNode pod = node(attemptName, displayName + "(" + attempt + ")", "Pod", templateName, boundary);
        children(id(nodeName)).add(id(attemptName));
        boolean fails = attempt < script.attempts - 1 || script.failure != null;
        runPod(pod, attemptName, displayName, templateName, script, fails);
        last = pod;
      }
      retry.put("phase", last.path("phase").asText());
      retry.put("finishedAt", now());
      if (last.has("outputs")) {
        retry.set("outputs", last.get("outputs"));
      }
      if (last.has("message")) {
        retry.put("message", last.path("message").asText());
      }
      if (script.failure != null) {
        failedNode = displayName;
      }
      emit();
      return retry;
    }

    private void runPod(ObjectNode pod, String nodeName, String displayName, String templateName, Script script, boolean fails) {
      pod.put("phase", "Running");
      emit();
      String podName = workflow + "-" + templateName + "-" + fnv(nodeName);
      logs.put(podName, List.of("hello from " + displayName, "bye from " + displayName));
      if (fails) {
        pod.put("phase", "Failed");
        pod.put("message", script.failure != null ? script.failure : "Error (exit code 1)");
        pod.putObject("outputs").put("exitCode", "1");
      } else {
        pod.put("phase", "Succeeded");
        pod.putObject("outputs").put("result", script.result != null ? script.result : "ok-" + displayName)
            .put("exitCode", "0");
      }
      pod.put("finishedAt", now());
      emit();
    }

    private ObjectNode node(String name, String displayName, String type, String templateName, String boundary) {
      ObjectNode node = nodes.putObject(id(name));
      node.put("id", id(name));
      node.put("name", name);
      node.put("displayName", displayName);
      node.put("type", type);
      if (templateName != null && !templateName.isEmpty()) {
        node.put("templateName", templateName);
      }
      node.put("phase", "Running");
      if (boundary != null) {
        node.put("boundaryID", boundary);
      }
      node.put("startedAt", now());
      return node;
    }

    private com.fasterxml.jackson.databind.node.ArrayNode children(String id) {
      return ((ObjectNode) nodes.get(id)).withArrayProperty("children");
    }

    private void finish(ObjectNode node, String phase) {
      node.put("phase", phase);
      node.put("finishedAt", now());
    }

    private String id(String nodeName) {
      return nodeName.equals(workflow) ? workflow : workflow + "-" + fnv(nodeName);
    }

    private JsonNode template(String name) {
      for (JsonNode template : spec.path("templates")) {
        if (template.path("name").asText().equals(name)) {
          return template;
        }
      }
      return null;
    }

    private String now() {
      clock = clock.plusSeconds(1);
      return clock.toString();
    }

    private void emit() {
      states.add(status.deepCopy());
    }
  }

}
