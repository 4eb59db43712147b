package dev.jera.cluster.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups a Workflow's nodes into the steps a local run reports, from how Argo's controller builds them
 * ({@code workflow/controller/dag.go}, {@code steps.go}, {@code operator.go}):
 *
 * <ul>
 *   <li>a task of a DAG, or a step of a step group, is one node whose display name is its name: a
 *       {@code Pod}, a {@code Retry} whose children are its attempts, or {@code Skipped} (also for
 *       Omitted);
 *   <li>a DAG task that fans out is a {@code TaskGroup} whose children are its items
 *       ({@code price(0:ord-1)}); a STEPS step that fans out has no node of its own, its items sit in the
 *       step group;
 *   <li>the exit handler is the node {@code <workflow>.onExit}, listed under its template's name (or
 *       {@code onExit} when a step has that name), as the local executor lists it.
 * </ul>
 */
public final class RunSteps {
  private static final Pattern ITEM = Pattern.compile("(.+)\\((\\d+):.*\\)");
  private static final Set<String> FLOWS = Set.of("DAG", "Steps", "StepGroup");

  private RunSteps() {}

  /** The steps of {@code view}, in the manifest's order, the exit handler last. */
  public static List<Step> of(WorkflowView view) {
    Map<String, NodeStatus> nodes = view.nodes();
    Map<String, NodeStatus> parents = new HashMap<>();
    nodes.values().forEach(node -> node.children().forEach(child -> parents.put(child, node)));
    String workflow = view.name();
    List<String> order = view.stepOrder();
    String exitName = workflow + ".onExit";
    String exitKey = view.onExit() == null ? "onExit" : order.contains(view.onExit()) ? "onExit" : view.onExit();

    Map<String, Step> steps = new LinkedHashMap<>();
    Map<String, List<Step>> stepsItems = new LinkedHashMap<>();
    for (NodeStatus node : nodes.values()) {
      NodeStatus parent = parents.get(node.id());
      if (FLOWS.contains(node.type()) || node.name().equals(workflow)
          || parent != null && (parent.type().equals("Retry") || parent.type().equals("TaskGroup"))) {
        continue;
      }
      String name = node.name().equals(exitName) ? exitKey : node.displayName();
      if (node.type().equals("TaskGroup")) {
        List<Step> items = new ArrayList<>();
        node.children().stream().map(nodes::get).filter(child -> child != null).forEach(child -> items.add(single(child, nodes)));
        items.sort(Comparator.comparingInt(item -> index(item.name())));
        List<NodeStatus> attempts = new ArrayList<>();
        items.forEach(item -> attempts.addAll(item.attemptNodes()));
        steps.put(name, new Step(name, node, items, attempts));
        continue;
      }
      Matcher item = ITEM.matcher(name);
      if (parent != null && parent.type().equals("StepGroup") && item.matches()) {
        stepsItems.computeIfAbsent(item.group(1), base -> new ArrayList<>()).add(single(node, nodes));
        continue;
      }
      steps.put(name, single(node, nodes));
    }
    stepsItems.forEach((base, items) -> {
      items.sort(Comparator.comparingInt(item -> index(item.name())));
      List<NodeStatus> attempts = new ArrayList<>();
      items.forEach(one -> attempts.addAll(one.attemptNodes()));
      steps.put(base, new Step(base, null, items, attempts));
    });
    return ordered(steps, order, exitKey);
  }

  private static Step single(NodeStatus node, Map<String, NodeStatus> nodes) {
    List<NodeStatus> attempts = new ArrayList<>();
    if (node.type().equals("Retry")) {
      node.children().stream().map(nodes::get).filter(child -> child != null).forEach(attempts::add);
    } else {
      attempts.add(node);
    }
    return new Step(node.displayName(), node, List.of(), attempts);
  }

  private static List<Step> ordered(Map<String, Step> steps, List<String> order, String exitKey) {
    List<Step> ordered = new ArrayList<>();
    for (String name : order) {
      Step step = steps.remove(name);
      if (step != null) {
        ordered.add(step);
      }
    }
    Step exit = steps.remove(exitKey);
    List<Step> rest = new ArrayList<>(steps.values());
    rest.sort(Comparator.comparing((Step step) -> step.startedAt() == null ? Instant.MAX : step.startedAt())
        .thenComparing(Step::name));
    ordered.addAll(rest);
    if (exit != null) {
      ordered.add(renamed(exit, exitKey));
    }
    return ordered;
  }

  private static Step renamed(Step step, String name) {
    return step.name().equals(name) ? step : new Step(name, step.node(), step.items(), step.attemptNodes());
  }

  private static int index(String itemName) {
    Matcher matcher = ITEM.matcher(itemName);
    return matcher.matches() ? Integer.parseInt(matcher.group(2)) : Integer.MAX_VALUE;
  }
}
