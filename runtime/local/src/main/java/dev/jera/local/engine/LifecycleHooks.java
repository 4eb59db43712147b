package dev.jera.local.engine;

import dev.jera.argo.expr.ExpressionException;
import dev.jera.argo.expr.HookExpression;
import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import dev.jera.local.manifest.LifecycleHook;
import dev.jera.local.values.CallProblem;
import dev.jera.local.values.Variables;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The lifecycle hooks other than {@code exit} of one hooked node (a step, or the workflow), as Argo's
 * {@code hooks.go} runs them: each time the controller looks at the node (here: when it starts running, when it
 * ends, and for the workflow at every event of its run) each hook's expression is evaluated over the scope, and the
 * first time it holds the hook's template is called at {@code <node>.hooks.<name>}, flagged as a hook, a child of
 * the hooked node; it runs once. What comes after the hooked node (its steps group's end, the workflow's end and exit
 * handler) waits for the hooks that started; their outcome changes neither the node's phase nor the workflow's. An
 * expression that cannot be evaluated ends that hook's node in Error with Argo's message.
 */
final class LifecycleHooks {
  private final RunContext run;
  private final List<LifecycleHook> hooks;
  private final Set<String> started = new HashSet<>();

  LifecycleHooks(RunContext run, List<LifecycleHook> hooks) {
    this.run = run;
    this.hooks = hooks;
  }

  /** Whether there is a hook left that may still start. */
  boolean pending() {
    return started.size() < hooks.size();
  }

  /**
   * Starts each hook not yet started whose expression holds in {@code scope}.
   *
   * @param hooked the hooked node: the hooks' nodes are its children, named after it
   * @param label how reports name the hooked node
   * @param folder the hooked node's folder in the run record: each hook's goes in it
   * @param onStart called for each hook that starts, before it runs
   * @param done called once each started hook's node is fulfilled
   */
  void fire(Node hooked, String label, Node boundary, Path folder, Variables scope, Runnable onStart, Runnable done,
      BooleanSupplier stopped) {
    for (LifecycleHook hook : hooks) {
      if (started.contains(hook.name())) {
        continue;
      }
      String nodeName = hooked.name + ".hooks." + hook.name();
      String hookLabel = label + ".hooks." + hook.name();
      boolean holds;
      try {
        holds = HookExpression.parse(hook.expression()).holds(scope::lookup);
      } catch (ExpressionException e) {
        started.add(hook.name());
        onStart.run();
        error(hooked, nodeName, hook, boundary, e.getMessage());
        done.run();
        continue;
      }
      if (!holds) {
        continue;
      }
      started.add(hook.name());
      onStart.run();
      Node[] hookNode = new Node[1];
      Runnable onDone = () -> {
        if (hookNode[0] != null && hookNode[0].phase != null) {
          run.listener.stepFinished(StepReports.of(hookNode[0], hookLabel));
        }
        done.run();
      };
      try {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (Map.Entry<String, String> argument : hook.call().arguments().entrySet()) {
          String value = scope.substituteArgument(argument.getValue());
          if (value != null) {
            arguments.put(argument.getKey(), value);
          }
        }
        new TaskCalls(run).call(hook.call(), nodeName, hookLabel, boundary,
            run.recorder.stepFolder(folder, "hooks." + hook.name()), arguments, scope, true, false, created -> {
              hookNode[0] = created;
              NodeTree.addChild(hooked, created);
            }, onDone, stopped);
      } catch (Variables.SubstitutionException | ExpressionException | CallProblem e) {
        hookNode[0] = error(hooked, nodeName, hook, boundary, e.getMessage());
        onDone.run();
      }
    }
  }

  private Node error(Node hooked, String nodeName, LifecycleHook hook, Node boundary, String message) {
    Node error = run.tree.create(nodeName, NodeType.SKIPPED, hook.call().templateName(), boundary, Phase.ERROR, message);
    error.hooked = true;
    NodeTree.addChild(hooked, error);
    return error;
  }
}
