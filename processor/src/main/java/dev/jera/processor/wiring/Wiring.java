package dev.jera.processor.wiring;

import dev.jera.Style;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import dev.jera.runtime.argo.expr.DependsExpression;
import dev.jera.runtime.argo.expr.ExpressionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Works out what each step waits for: the scripts it reads with {@code @From} or fans out over with
 * {@code forEach}, those named in {@code after}, and every step a {@code {{tasks.X…}}} (or, in the
 * STEPS style, {@code {{steps.X…}}}) tag of its {@code when} or {@code @Value}s mentions.
 */
public final class Wiring {
  private Wiring() {}

  public static WorkflowGraph of(WorkflowModel workflow) {
    StepLookup lookup = new StepLookup(workflow);
    Optional<ScriptModel> exitHandler = workflow.onExit().flatMap(ref -> lookup.find(ref.value()));
    List<WorkflowGraph.Node> nodes = new ArrayList<>();
    for (ScriptModel script : workflow.scripts()) {
      if (exitHandler.isPresent() && exitHandler.get() == script) {
        continue;
      }
      Set<ScriptModel> found = Collections.newSetFromMap(new IdentityHashMap<>());
      Optional<DependsExpression> depends = depends(script);
      if (depends.isPresent()) {
        // An outcome condition says exactly what the step waits for.
        for (String task : depends.get().taskNames()) {
          lookup.byStepName(task).ifPresent(found::add);
        }
      } else {
        found.addAll(readsFrom(script, workflow.style(), lookup));
      }
      if (exitHandler.isPresent()) {
        found.remove(exitHandler.get());
      }
      List<ScriptModel> ordered = new ArrayList<>();
      for (ScriptModel candidate : workflow.scripts()) {
        if (found.contains(candidate)) {
          ordered.add(candidate);
        }
      }
      nodes.add(new WorkflowGraph.Node(script, ordered));
    }
    return new WorkflowGraph(nodes, exitHandler);
  }

  /** The steps a step reads from or names: {@code @From}, {@code forEach}, {@code after} and tags. */
  public static Set<ScriptModel> readsFrom(ScriptModel script, Style style, StepLookup lookup) {
    Set<ScriptModel> found = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Text ref : references(script)) {
      lookup.find(ref.value()).ifPresent(found::add);
    }
    String root = style == Style.STEPS ? "steps" : "tasks";
    for (String text : templates(script)) {
      for (StepReference reference : StepReference.in(text)) {
        if (reference.root().equals(root)) {
          lookup.byStepName(reference.step()).ifPresent(found::add);
        }
      }
    }
    return found;
  }

  /** The step's outcome condition, when it has one that parses. */
  public static Optional<DependsExpression> depends(ScriptModel script) {
    if (script.depends().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(DependsExpression.parse(script.depends().get().value()));
    } catch (ExpressionException e) {
      return Optional.empty();
    }
  }

  /** The scripts a step names directly: {@code @From}, {@code forEach} and {@code after}. */
  public static List<Text> references(ScriptModel script) {
    List<Text> references = new ArrayList<>();
    script.forEach().ifPresent(references::add);
    for (InputModel input : script.inputs()) {
      for (InputSource source : input.sources()) {
        if (source instanceof InputSource.FromStep) {
          references.add(((InputSource.FromStep) source).ref());
        }
      }
    }
    references.addAll(script.after());
    return references;
  }

  /** The template strings of a step that Argo resolves in the DAG or steps template. */
  public static List<String> templates(ScriptModel script) {
    List<String> templates = new ArrayList<>();
    script.when().ifPresent(when -> templates.add(when.value()));
    for (InputModel input : script.inputs()) {
      for (InputSource source : input.sources()) {
        if (source instanceof InputSource.Value) {
          templates.add(((InputSource.Value) source).template().value());
        }
      }
    }
    return templates;
  }
}
