package dev.jera.processor.validate;

import dev.jera.Style;
import dev.jera.argo.expr.ExpressionException;
import dev.jera.argo.expr.RetryExpression;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.HookMessages;
import dev.jera.processor.model.HookModel;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.wiring.StepReference;
import dev.jera.processor.wiring.Wiring;
import dev.jera.processor.wiring.WorkflowGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code @Hook} stubs: each runs a template ({@code @Call}); {@code on} names steps of the graph; a hook
 * not named {@code exit} has an expression (Argo's rule for steps and the workflow, here for DAG tasks
 * too, where Argo's validation lets a hook that never runs through), which parses; one hook of a name per
 * step and per workflow, and one exit handler for the workflow; a hook reads only what has run when it
 * does: its step and the steps before, none for the workflow's own hook; and it runs once.
 */
final class HookRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    Map<String, String> seen = new HashMap<>();
    for (ScriptModel stub : context.workflow().hooks()) {
      HookModel hook = stub.hook().orElseThrow();
      String method = stub.methodName();
      if (stub.call().isEmpty()) {
        diagnostics.report(hook.site(), HookMessages.hookWithoutCall(method));
      }
      expression(hook, method, diagnostics);
      stub.sequence().ifPresent(sequence -> diagnostics.report(sequence.site(), HookMessages.hookLoop(method, "@Sequence")));
      if (hook.ofWorkflow()) {
        unique(seen, "", "the workflow " + context.workflow().simpleName(), hook, method, diagnostics);
        context.workflow().onExit().filter(onExit -> hook.isExit()).ifPresent(onExit ->
            diagnostics.report(hook.site(), HookMessages.twoExitHandlers(context.workflow().simpleName(), onExit.value(), method)));
        for (ScriptModel read : Wiring.readsFromSteps(stub, context.workflow().style(), context.lookup())) {
          diagnostics.report(hook.site(), HookMessages.hookReadsStepOfWorkflowHook(method, read.name().value()));
        }
        continue;
      }
      for (Text on : hook.on()) {
        Optional<ScriptModel> step = context.lookup().find(on.value());
        if (step.isPresent() && context.graph().exitHandler().filter(exit -> exit == step.get()).isPresent()) {
          diagnostics.report(on.site(), HookMessages.hookOnExitHandler(on.value()));
          continue;
        }
        if (step.isEmpty()) {
          diagnostics.report(on.site(), HookMessages.unknownHookedStep(
              on.value(), context.workflow().simpleName(), context.lookup().suggestStepName(on.value())));
          continue;
        }
        String stepName = step.get().name().value();
        unique(seen, stepName, "step " + stepName, hook, method, diagnostics);
        ownResult(context, stub, step.get(), diagnostics);
        for (ScriptModel read : Wiring.readsFromSteps(stub, context.workflow().style(), context.lookup())) {
          if (read != step.get() && !before(context, read, step.get())) {
            diagnostics.report(hook.site(), HookMessages.hookReadsLaterStep(method, read.name().value(), stepName));
          }
        }
      }
    }
  }

  /**
   * {@code exit_handler.go:resolveExitTmplArgument}: of its own step a hook is given the status and the
   * output parameters and artifacts by name; its result, exit code, id and times are not in its scope.
   */
  private static void ownResult(Context context, ScriptModel stub, ScriptModel step, Diagnostics diagnostics) {
    String name = step.name().value();
    for (InputModel input : stub.inputs()) {
      for (InputSource source : input.sources()) {
        if (source instanceof InputSource.FromStep from && from.output().isEmpty()
            && context.lookup().find(from.ref().value()).filter(found -> found == step).isPresent()) {
          diagnostics.report(from.site(), HookMessages.hookReadsOwnResult(stub.methodName(), name, "the result"));
        } else if (source instanceof InputSource.Value value) {
          for (StepReference reference : StepReference.in(value.template().value())) {
            boolean given = reference.rest().equals("status") || reference.rest().startsWith("outputs.parameters.")
                || reference.rest().startsWith("outputs.artifacts.");
            if (reference.step().equals(name) && !given && !reference.tag().expression()) {
              diagnostics.report(value.template().site(),
                  HookMessages.hookReadsOwnResult(stub.methodName(), name, reference.tag().written()));
            }
          }
        }
      }
    }
  }

  private static void expression(HookModel hook, String method, Diagnostics diagnostics) {
    if (hook.expression().isEmpty()) {
      if (!hook.isExit()) {
        diagnostics.report(hook.name().site(), HookMessages.hookWithoutExpression(method, hook.name().value()));
      }
      return;
    }
    Text expression = hook.expression().get();
    Optional<ExpressionException> problem = RetryExpression.syntaxProblem(expression.value());
    problem.ifPresent(e -> diagnostics.report(expression.site(),
        HookMessages.invalidHookExpression(expression.value(), e.reason(), e.column())));
  }

  private static void unique(Map<String, String> seen, String owner, String ownerName, HookModel hook, String method,
      Diagnostics diagnostics) {
    String other = seen.putIfAbsent(owner + "\u0000" + hook.name().value(), method);
    if (other != null) {
      diagnostics.report(hook.site(), HookMessages.duplicateHook(hook.name().value(), ownerName, other));
    }
  }

  /**
   * Whether {@code read} has ended when {@code step} has: in a DAG, one of the tasks it waits for, however far
   * back; in the steps style, a step of an earlier group.
   */
  private static boolean before(Context context, ScriptModel read, ScriptModel step) {
    WorkflowGraph graph = context.graph();
    if (context.workflow().style() == Style.STEPS) {
      if (graph.cycle().isPresent()) {
        return true; // CycleRule speaks; there are no groups to compare.
      }
      List<List<ScriptModel>> groups = graph.groups();
      return group(groups, read) >= 0 && group(groups, read) < group(groups, step);
    }
    Set<ScriptModel> ancestors = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<ScriptModel> toVisit = new ArrayList<>(List.of(step));
    while (!toVisit.isEmpty()) {
      ScriptModel next = toVisit.remove(toVisit.size() - 1);
      for (ScriptModel parent : graph.node(next).map(WorkflowGraph.Node::dependsOn).orElse(List.of())) {
        if (ancestors.add(parent)) {
          toVisit.add(parent);
        }
      }
    }
    return ancestors.contains(read);
  }

  private static int group(List<List<ScriptModel>> groups, ScriptModel script) {
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).contains(script)) {
        return i;
      }
    }
    return -1;
  }
}
