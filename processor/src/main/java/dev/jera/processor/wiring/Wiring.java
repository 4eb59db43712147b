package dev.jera.processor.wiring;

import dev.jera.Style;
import dev.jera.argo.expr.DependsExpression;
import dev.jera.processor.model.ForEachTag;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Works out what each step waits for: the scripts it reads with {@code @From} or fans out over with
 * {@code forEach}, those named in {@code after}, and every step a {@code {{tasks.X…}}} (or, in the
 * STEPS style, {@code {{steps.X…}}}) tag of its {@code when}, {@code @Sequence} or {@code @Value}s mentions; or, when it
 * has one, exactly the steps its {@code depends} names.
 */
public final class Wiring {
  private Wiring() {}

  public static WorkflowGraph of(WorkflowModel workflow) {
    StepLookup lookup = new StepLookup(workflow);
    // The exit handler: a script of the class, else a @Template (by template or method name).
    // A nested graph of that name is the handler itself (a step that calls it may share its name).
    Optional<ScriptModel> exitHandler = workflow.exitGraph().isPresent() ? Optional.empty()
        : workflow.onExit().flatMap(ref -> lookup.find(ref.value())
            .or(() -> workflow.templates().stream()
                .filter(t -> t.name().value().equals(ref.value()) || t.methodName().equals(ref.value())).findFirst()));
    List<WorkflowGraph.Node> nodes = new ArrayList<>();
    for (ScriptModel script : workflow.scripts()) {
      if (exitHandler.isPresent() && exitHandler.get() == script || script.isHook()) {
        continue;
      }
      List<Dependency> dependencies = new ArrayList<>();
      for (Dependency dependency : dependencies(script, workflow.style(), lookup)) {
        if (exitHandler.isEmpty() || exitHandler.get() != dependency.to()) {
          dependencies.add(dependency);
        }
      }
      Set<ScriptModel> found = Collections.newSetFromMap(new IdentityHashMap<>());
      dependencies.forEach(dependency -> found.add(dependency.to()));
      List<ScriptModel> ordered = new ArrayList<>();
      for (ScriptModel candidate : workflow.scripts()) {
        if (found.contains(candidate)) {
          ordered.add(candidate);
        }
      }
      nodes.add(new WorkflowGraph.Node(script, ordered, dependencies));
    }
    return new WorkflowGraph(nodes, exitHandler);
  }

  /**
   * What a step waits for, each as written: an outcome condition ({@code depends}) says exactly that;
   * otherwise {@code forEach}, {@code @From}, {@code after}, then the tags of {@code when} and
   * {@code @Value}s.
   */
  public static List<Dependency> dependencies(ScriptModel script, Style style, StepLookup lookup) {
    Optional<DependsExpression> depends = depends(script);
    if (depends.isEmpty()) {
      return readsFrom(script, style, lookup);
    }
    Text written = script.depends().get().text();
    List<Dependency> dependencies = new ArrayList<>();
    for (String task : depends.get().taskNames()) {
      lookup.byStepName(task).ifPresent(target ->
          dependencies.add(new Dependency(script, target, written.site(),
              "'" + task + "' in depends = \"" + written.value() + "\"")));
    }
    return dependencies;
  }

  /** The steps a step reads from or names: {@code @From}, {@code forEach}, {@code after} and tags. */
  public static Set<ScriptModel> readsFromSteps(ScriptModel script, Style style, StepLookup lookup) {
    Set<ScriptModel> found = new LinkedHashSet<>();
    readsFrom(script, style, lookup).forEach(dependency -> found.add(dependency.to()));
    return found;
  }

  private static List<Dependency> readsFrom(ScriptModel script, Style style, StepLookup lookup) {
    List<Dependency> dependencies = new ArrayList<>();
    String root = style == Style.STEPS ? "steps" : "tasks";
    script.forEach().ifPresent(ref -> {
      if (ForEachTag.isTag(ref)) {
        tagged(script, ref, "in forEach", root, lookup, dependencies);
      } else {
        named(script, ref, "forEach = \"" + ref.value() + "\"", lookup, dependencies);
      }
    });
    for (InputModel input : script.inputs()) {
      for (InputSource source : input.sources()) {
        if (source instanceof InputSource.FromStep) {
          Text ref = ((InputSource.FromStep) source).ref();
          named(script, ref, "@From(\"" + ref.value() + "\")", lookup, dependencies);
        }
      }
    }
    for (Text ref : script.after()) {
      named(script, ref, "after = \"" + ref.value() + "\"", lookup, dependencies);
    }
    script.when().ifPresent(when -> tagged(script, when, "in when", root, lookup, dependencies));
    // Argo resolves withSequence's fields before the loop expands: the step must wait for what they read.
    script.sequence().ifPresent(sequence -> {
      sequence.count().ifPresent(count -> tagged(script, count, "in @Sequence(count)", root, lookup, dependencies));
      sequence.start().ifPresent(start -> tagged(script, start, "in @Sequence(start)", root, lookup, dependencies));
      sequence.end().ifPresent(end -> tagged(script, end, "in @Sequence(end)", root, lookup, dependencies));
    });
    for (InputModel input : script.inputs()) {
      for (InputSource source : input.sources()) {
        if (source instanceof InputSource.Value) {
          Text template = ((InputSource.Value) source).template();
          tagged(script, template, "in @Value", root, lookup, dependencies);
        }
      }
    }
    return dependencies;
  }

  private static void named(ScriptModel script, Text ref, String written, StepLookup lookup, List<Dependency> into) {
    lookup.find(ref.value()).ifPresent(target -> into.add(new Dependency(script, target, ref.site(), written)));
  }

  /** The step references of a template string, each written as {@code {{tasks.x…}} in where}. */
  private static void tagged(ScriptModel script, Text text, String where, String root, StepLookup lookup,
      List<Dependency> into) {
    for (StepReference reference : StepReference.in(text.value())) {
      if (reference.root().equals(root)) {
        lookup.byStepName(reference.step()).ifPresent(target ->
            into.add(new Dependency(script, target, text.site(), reference.tag().written() + " " + where)));
      }
    }
  }

  /** The step's outcome condition, when it has one that parses (DependsRule reports one that does not). */
  public static Optional<DependsExpression> depends(ScriptModel script) {
    return script.depends().flatMap(Parsed::result);
  }

  /** The scripts a step names directly: {@code @From}, {@code forEach} and {@code after}. */
  public static List<Text> references(ScriptModel script) {
    List<Text> references = new ArrayList<>();
    script.forEach().filter(ref -> !ForEachTag.isTag(ref)).ifPresent(references::add);
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
}
