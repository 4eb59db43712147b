package dev.jera.cli.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jera.argo.DidYouMean;
import dev.jera.cli.UsageException;
import dev.jera.cluster.api.EventStream;
import dev.jera.cluster.api.Requests;
import dev.jera.cluster.api.ResourceKind;
import dev.jera.cluster.status.NodeStatus;
import dev.jera.cluster.status.PodNames;
import dev.jera.cluster.status.RunSteps;
import dev.jera.cluster.status.Step;
import dev.jera.cluster.status.WorkflowView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code logs NAME [STEP]}: the logs of a Workflow's steps (their {@code main} containers), through
 * {@code GET /api/v1/workflows/{ns}/{name}/log}. Without STEP, every pod's lines as the server streams
 * them, each prefixed by its step (and attempt, when there were several); with STEP (a step, an item
 * such as {@code price(0:ord-1)}, or the exit handler), that step's pods one after the other.
 */
public final class LogsCommand {
  /**
   * @param name the Workflow's name on the cluster
   * @param step a step's name, or {@code null} for all
   */
  public record Options(String name, String step) {}

  private final ClusterContext context;

  public LogsCommand(ClusterContext context) {
    this.context = context;
  }

  /** Prints the logs and returns the exit code. */
  public int run(Options options) {
    return Exits.guard(context.err(), () -> logs(options));
  }

  private int logs(Options options) {
    Requests requests = context.requests();
    if (context.dryRun()) {
      context.print(requests.get(ResourceKind.WORKFLOW, options.name()));
      context.print(requests.workflowLogs(options.name(), null));
      return Exits.OK;
    }
    WorkflowView view = WatchCommand.read(context, options.name());
    Map<String, String> labels = labels(view);
    if (options.step() == null) {
      print(requests, options.name(), null, labels, true);
      return Exits.OK;
    }
    List<NodeStatus> pods = pods(view, options.step());
    for (NodeStatus pod : pods) {
      print(requests, options.name(), PodNames.of(view.name(), pod, view.podNameFormat()), labels, pods.size() > 1);
    }
    return Exits.OK;
  }

  private void print(Requests requests, String name, String pod, Map<String, String> labels, boolean prefixed) {
    try (EventStream stream = context.client().stream(requests.workflowLogs(name, pod),
        "read the logs of workflow '" + name + "'" + (pod == null ? "" : " (pod " + pod + ")"))) {
      for (JsonNode entry = stream.next(); entry != null; entry = stream.next()) {
        String podName = entry.path("podName").asText("");
        String content = entry.path("content").asText("");
        context.out().println(prefixed ? labels.getOrDefault(podName, podName) + ": " + content : content);
      }
    }
    context.out().flush();
  }

  /** Each pod's label: its step's name, and its attempt when the step ran more than once. */
  private static Map<String, String> labels(WorkflowView view) {
    Map<String, String> labels = new HashMap<>();
    for (Step step : RunSteps.of(view)) {
      List<Step> units = step.fansOut() ? step.items() : List.of(step);
      for (Step unit : units) {
        List<NodeStatus> attempts = unit.attemptNodes();
        for (int i = 0; i < attempts.size(); i++) {
          String label = attempts.size() > 1 ? unit.name() + " #" + (i + 1) : unit.name();
          labels.put(PodNames.of(view.name(), attempts.get(i), view.podNameFormat()), label);
        }
      }
    }
    return labels;
  }

  /** The pods of step (or item) {@code name}, attempts in order. */
  private static List<NodeStatus> pods(WorkflowView view, String name) {
    Map<String, Step> steps = new LinkedHashMap<>();
    for (Step step : RunSteps.of(view)) {
      steps.put(step.name(), step);
      step.items().forEach(item -> steps.put(item.name(), item));
    }
    Step step = steps.get(name);
    if (step == null) {
      throw new UsageException("workflow '" + view.name() + "' has no step '" + name + "'"
          + DidYouMean.hint(name, steps.keySet()) + " (steps: " + String.join(", ", steps.keySet()) + ")");
    }
    List<NodeStatus> pods = new ArrayList<>();
    step.attemptNodes().stream().filter(pod -> pod.type().equals("Pod") || pod.type().equals("Container"))
        .forEach(pods::add);
    if (pods.isEmpty()) {
      throw new UsageException("step '" + name + "' of workflow '" + view.name() + "' ran no pod (it is "
          + step.phase() + ")");
    }
    return pods;
  }
}
