package dev.jera.local.engine;

import dev.jera.argo.expr.ExpressionException;
import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import dev.jera.local.manifest.Task;
import dev.jera.local.values.CallProblem;
import dev.jera.local.values.Variables;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A step's or task's exit hook, as Argo's {@code exit_handler.go:runOnExitNode} runs it: once the node has
 * completed (Succeeded, Failed or Error; not Skipped or Omitted), its hook's template is called at
 * {@code <node>.onExit}, a child of the node flagged as a hook, with the hook's arguments resolved in the
 * step's scope plus the node's own status and output parameters and artifacts
 * ({@code resolveExitTmplArgument}); a hook without arguments is given the workflow's. Its outcome changes
 * neither the step's nor the flow's phase.
 */
final class ExitHooks {
  private ExitHooks() {}

  /**
   * Starts the exit hook of {@code task} for its fulfilled {@code node}, when it has one to run.
   *
   * @param prefix how the flow's tags name the step ({@code steps.X} or {@code tasks.X})
   * @param label how reports name the step (or item)
   * @param done called once the hook's node is fulfilled, when this returns true
   * @return whether a hook started; when not, {@code done} is never called
   */
  static boolean start(RunContext run, Task task, Node node, String prefix, String label, Variables scope, Node boundary,
      Path stepFolder, Runnable done, BooleanSupplier stopped) {
    Task hook = task.exitHook();
    if (hook == null || node == null || node.phase == null || !node.phase.completed()) {
      return false;
    }
    String hookName = node.name + ".onExit";
    String hookLabel = label + ".onExit";
    Node[] hookNode = new Node[1];
    Runnable onDone = () -> {
      if (hookNode[0] != null) {
        run.listener.stepFinished(StepReports.of(hookNode[0], hookLabel));
      }
      done.run();
    };
    try {
      Variables hookScope = scope.with(own(node, prefix));
      Map<String, String> arguments = new LinkedHashMap<>();
      if (hook.arguments().isEmpty() && hook.artifacts().isEmpty()) {
        arguments.putAll(run.workflowArguments);
      } else {
        for (Map.Entry<String, String> argument : hook.arguments().entrySet()) {
          String value = hookScope.substituteArgument(argument.getValue());
          if (value != null) {
            arguments.put(argument.getKey(), value);
          }
        }
      }
      new TaskCalls(run).call(hook, hookName, hookLabel, boundary, run.recorder.hookFolder(stepFolder), arguments, hookScope,
          true, false, created -> {
            hookNode[0] = created;
            NodeTree.addChild(node, created);
          }, onDone, stopped);
    } catch (Variables.SubstitutionException | ExpressionException | CallProblem e) {
      Node error = run.tree.create(hookName, NodeType.SKIPPED, hook.templateName(), boundary, Phase.ERROR, e.getMessage());
      error.hooked = true;
      NodeTree.addChild(node, error);
      hookNode[0] = error;
      onDone.run();
    }
    return true;
  }

  /**
   * What the hook reads of its own step: its status, output parameters and artifacts, not its result (Argo
   * sets only these for the hook, {@code resolveExitTmplArgument}).
   */
  private static Map<String, String> own(Node node, String prefix) {
    Map<String, String> own = new LinkedHashMap<>();
    NodeVariables.of(node, prefix).forEach((name, value) -> {
      if (name.equals(prefix + ".status") || name.startsWith(prefix + ".outputs.parameters.")
          || name.startsWith(prefix + ".outputs.artifacts.")) {
        own.put(name, value);
      }
    });
    return own;
  }
}
