package dev.jera.runtime.local;

import dev.jera.runtime.argo.expr.ExpressionException;
import dev.jera.runtime.argo.expr.WhenExpression;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Starts one task or step as Argo's {@code executeDAGTask} and {@code executeStepGroup} do: substitutes
 * its fields, expands {@code withItems} / {@code withParam} / {@code withSequence} into items named
 * {@code step(i:value)}, evaluates {@code when} (false: Skipped; invalid: Error), resolves the call of
 * its template (its own workflow's, or the one its {@code templateRef} names) and hands it to the pod
 * pool. A loop ends when its last item has; its result is the JSON list of its succeeded
 * items' results, in order.
 */
final class TaskStarter {
  private final RunContext run;

  TaskStarter(RunContext run) {
    this.run = run;
  }

  /**
   * Starts {@code task} with the variables of {@code scope}; {@code runStopped} says when steps not yet
   * started must no longer start.
   *
   * @return the task's node, possibly already ended (skipped, in error, stubbed, …)
   */
  NodeStatus start(Task task, Variables scope, BooleanSupplier runStopped) {
    PodTemplate template = run.manifest.templateOf(task);
    NodeStatus node = new NodeStatus(task.name(), run.workflowName + "." + task.name(), template.name(),
        run.recorder.stepFolder(task.name()), task.loops());
    node.startedAt = Instant.now();
    String stub = run.stubs.get(task.name());
    if (stub != null) {
      node.result = stub;
      run.recorder.result(node.folder, stub);
      end(node, Phase.SUCCEEDED, null);
      return node;
    }
    try {
      if (task.loops()) {
        startLoop(task, template, node, scope, runStopped);
      } else {
        startOne(task, template, node, scope, runStopped, () -> ended(node));
      }
    } catch (Variables.SubstitutionException | ExpressionException | ScriptCall.Problem e) {
      end(node, Phase.ERROR, e.getMessage());
    }
    return node;
  }

  /** A node for a task that will not run, ended as Omitted with {@code message}. */
  NodeStatus omitted(Task task, String message) {
    NodeStatus node = new NodeStatus(task.name(), run.workflowName + "." + task.name(), task.templateName(),
        run.recorder.stepFolder(task.name()), task.loops());
    end(node, Phase.OMITTED, message);
    return node;
  }

  /** Evaluates the task's {@code when} in {@code scope}: whether to run, or a message saying why not. */
  private static String skipReason(Task task, Variables scope) {
    String when = scope.substitute(task.when());
    if (when == null || when.isBlank()) {
      return null;
    }
    return WhenExpression.parse(when).evaluate() ? null : "when '" + when + "' evaluated false";
  }

  private void startOne(Task task, PodTemplate template, NodeStatus node, Variables scope,
      BooleanSupplier runStopped, Runnable onDone) {
    String skipped = skipReason(task, scope);
    if (skipped != null) {
      node.finish(Phase.SKIPPED, skipped);
      onDone.run();
      return;
    }
    Map<String, String> arguments = new LinkedHashMap<>();
    task.arguments().forEach((name, value) -> arguments.put(name, scope.substitute(value)));
    ScriptCall call = ScriptCall.prepare(task, template, arguments, scope, run);
    new ScriptExecution(run, node, call, runStopped, onDone).begin();
  }

  private void startLoop(Task task, PodTemplate template, NodeStatus node, Variables scope,
      BooleanSupplier runStopped) {
    List<String> items;
    if (task.withItems() != null) {
      items = task.withItems();
    } else if (task.withSequence() != null) {
      try {
        items = SequenceItems.expand(task.withSequence(), scope);
      } catch (IllegalArgumentException e) {
        end(node, Phase.ERROR, e.getMessage());
        return;
      }
    } else {
      String param = scope.substitute(task.withParam());
      String problem = listProblem(param);
      if (problem != null) {
        // Argo only complains about the list when the task would run.
        String skipped = whenWithoutItem(task, scope);
        if (skipped != null) {
          end(node, Phase.SKIPPED, skipped);
          return;
        }
        end(node, Phase.ERROR, "withParam value could not be parsed as a JSON list: " + param.strip() + ": " + problem);
        return;
      }
      items = GoJson.elements(param);
    }
    if (items.isEmpty()) {
      // Argo marks a loop over nothing Skipped and leaves its result unresolved; locally it succeeds
      // with an empty list, so a fan-in after it receives [] rather than an unresolved tag.
      node.result = "[]";
      run.recorder.result(node.folder, node.result);
      end(node, Phase.SUCCEEDED, null);
      return;
    }
    List<Runnable> starts = new ArrayList<>();
    for (int index = 0; index < items.size(); index++) {
      LoopItem item = new LoopItem(index, items.get(index));
      String childName = item.childName(task.name());
      NodeStatus child = new NodeStatus(childName, run.workflowName + "." + childName, template.name(),
          run.recorder.itemFolder(node.folder, index), false);
      node.children.add(child);
      Map<String, String> itemVariables = new LinkedHashMap<>(item.fields());
      itemVariables.put("item", item.text());
      Variables childScope = scope.with(itemVariables);
      starts.add(() -> {
        try {
          startOne(task, template, child, childScope, runStopped, () -> itemEnded(node, child));
        } catch (Variables.SubstitutionException | ExpressionException | ScriptCall.Problem e) {
          child.finish(Phase.ERROR, e.getMessage());
          itemEnded(node, child);
        }
      });
    }
    starts.forEach(Runnable::run);
  }

  private static String whenWithoutItem(Task task, Variables scope) {
    try {
      return skipReason(task, scope);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Why {@code text} is not what Go unmarshals into a list of items, or {@code null} when it is. */
  private static String listProblem(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return "unexpected end of JSON input";
    }
    if (!GoJson.isValid(trimmed)) {
      return "invalid JSON";
    }
    char first = trimmed.charAt(0);
    if (first == '[' || trimmed.equals("null")) {
      return null;
    }
    String kind = first == '{' ? "object" : first == '"' ? "string" : trimmed.equals("true") || trimmed.equals("false") ? "bool" : "number";
    return "json: cannot unmarshal " + kind + " into Go value of type []v1alpha1.Item";
  }

  private void itemEnded(NodeStatus loop, NodeStatus item) {
    // A succeeded item's result is already recorded: it can only have succeeded through ScriptExecution.
    run.listener.stepFinished(item.report());
    if (++loop.childrenDone < loop.children.size()) {
      return;
    }
    Phase phase = Phase.SUCCEEDED;
    String message = null;
    boolean notStarted = false;
    List<String> results = new ArrayList<>();
    for (NodeStatus child : loop.children) {
      if (child.phase.failedOrError()) {
        // Argo's task group takes the phase of the last item that failed.
        phase = child.phase;
        message = message == null ? "child '" + child.name + "' failed: " + child.message : message;
      } else if (child.phase == Phase.OMITTED) {
        notStarted = true;
      } else if (child.phase == Phase.SUCCEEDED) {
        results.add(child.result);
      }
    }
    if (phase == Phase.SUCCEEDED && notStarted) {
      phase = Phase.OMITTED;
      message = ScriptExecution.NOT_STARTED;
    }
    loop.result = GoJson.aggregate(results);
    run.recorder.result(loop.folder, loop.result);
    end(loop, phase, message);
  }

  private void ended(NodeStatus node) {
    run.listener.stepFinished(node.report());
  }

  private void end(NodeStatus node, Phase phase, String message) {
    node.finish(phase, message);
    ended(node);
  }
}
