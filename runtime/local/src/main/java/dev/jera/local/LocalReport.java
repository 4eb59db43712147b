package dev.jera.local;

import dev.jera.argo.DidYouMean;
import dev.jera.argo.go.GoJson;
import dev.jera.runner.index.WorkflowIndex;
import dev.jera.runner.json.Json;
import dev.jera.runner.json.JsonCodec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How a {@link LocalRun} ended, with each step's result readable as its Java value. */
public final class LocalReport {
  private final RunReport report;
  private final CompiledWorkflow workflow;

  LocalReport(RunReport report, CompiledWorkflow workflow) {
    this.report = report;
    this.workflow = workflow;
  }

  /** Succeeded, Failed or Error. */
  public Phase phase() {
    return report.phase();
  }

  /** The full report, as {@code jera run --output json} prints it. */
  public RunReport report() {
    return report;
  }

  /** Every step by name, in the manifest's order. */
  public Map<String, StepReport> steps() {
    return report.steps();
  }

  /** Every node of the run, as Argo's {@code status.nodes} holds them, in the order they were created. */
  public List<NodeReport> nodes() {
    return report.nodes();
  }

  /**
   * The node whose display name is {@code displayName}, as Argo's {@code FindByDisplayName} finds it
   * ({@code flip}, {@code [0]}, {@code work(1)}, {@code each(0:a)}).
   *
   * @throws IllegalArgumentException if there is none
   */
  public NodeReport node(String displayName) {
    NodeReport node = report.node(displayName);
    if (node == null) {
      List<String> names = new ArrayList<>();
      report.nodes().forEach(n -> names.add(n.displayName()));
      throw new IllegalArgumentException("run " + report.workflowName() + " has no node '" + displayName + "'"
          + DidYouMean.hint(displayName, names) + "; its nodes: " + String.join(", ", names));
    }
    return node;
  }

  /** The run's record. */
  public Path folder() {
    return report.folder();
  }

  /**
   * Step {@code name}.
   *
   * @throws IllegalArgumentException if the workflow has no such step
   */
  public StepReport step(String name) {
    StepReport step = report.steps().get(name);
    if (step == null) {
      throw new IllegalArgumentException("workflow '" + report.workflow() + "' has no step '" + name + "'"
          + DidYouMean.hint(name, report.steps().keySet())
          + " (its steps: " + String.join(", ", report.steps().keySet()) + ")");
    }
    return step;
  }

  /**
   * The result of step {@code name} decoded as its Java return type; for a step that fans out, the
   * {@code List} of its succeeded items' results. {@code null} when the step did not succeed or is
   * {@code void}. The type is not checked here (Java erases it): {@link #result(String, Class)} and
   * {@link #results(String, Class)} check it and say what the step returns.
   *
   * @throws IllegalArgumentException if the workflow has no such step
   */
  @SuppressWarnings("unchecked")
  public <T> T result(String name) {
    StepReport step = step(name);
    JsonCodec<?> codec = workflow.runner().resultCodec(name);
    if (step.result() == null || codec == null) {
      return null;
    }
    boolean fansOut = workflow.entry().steps().stream().anyMatch(s -> s.name().equals(name) && s.fansOut());
    if (!fansOut) {
      return (T) Json.decode(step.result(), codec);
    }
    List<Object> values = new ArrayList<>();
    for (String element : GoJson.elements(step.result())) {
      values.add(Json.read(element, codec));
    }
    return (T) values;
  }

  /**
   * The result of step {@code name}, which returns a {@code type} ({@code List.class} for a
   * {@code List<Sale>}); {@code null} when the step did not succeed or is {@code void}.
   *
   * @throws IllegalArgumentException if the workflow has no such step, the step fans out (read it with
   *     {@link #results}), or it returns another type; the message says which it returns
   */
  public <T> T result(String name, Class<T> type) {
    WorkflowIndex.Step declared = declared(name);
    String call = "result(\"" + name + "\", " + DeclaredType.display(type) + ".class)";
    if (declared.fansOut()) {
      throw new IllegalArgumentException(call + ": step '" + name + "' fans out, one "
          + DeclaredType.simpleName(declared.returns()) + " per item: read them with results(\"" + name + "\", "
          + rawName(declared) + ".class)");
    }
    check(call, declared, type);
    return type.cast(result(name));
  }

  /**
   * The results of the items of step {@code name}, which fans out and returns a {@code type} per item,
   * in the items' order; {@code null} when the step did not succeed.
   *
   * @throws IllegalArgumentException if the workflow has no such step, the step does not fan out (read it
   *     with {@link #result(String, Class)}), or its items return another type
   */
  public <E> List<E> results(String name, Class<E> type) {
    WorkflowIndex.Step declared = declared(name);
    String call = "results(\"" + name + "\", " + DeclaredType.display(type) + ".class)";
    if (!declared.fansOut()) {
      throw new IllegalArgumentException(call + ": step '" + name + "' does not fan out: read its "
          + DeclaredType.simpleName(declared.returns()) + " with result(\"" + name + "\", " + rawName(declared) + ".class)");
    }
    check(call, declared, type);
    List<?> values = result(name);
    if (values == null) {
      return null;
    }
    List<E> typed = new ArrayList<>();
    values.forEach(value -> typed.add(type.cast(value)));
    return typed;
  }

  /** Refuses {@code type} when the step's values are not of it. */
  private void check(String call, WorkflowIndex.Step declared, Class<?> type) {
    Class<?> returns = DeclaredType.rawClass(declared.returns(), workflow.runner().getClass().getClassLoader());
    if (returns != null && !DeclaredType.boxed(type).isAssignableFrom(returns)) {
      throw new IllegalArgumentException(call + ": step '" + declared.name() + "' returns "
          + DeclaredType.simpleName(declared.returns()) + ", not " + DeclaredType.display(type));
    }
  }

  /** The step's class without type arguments, as a class literal names it. */
  private static String rawName(WorkflowIndex.Step declared) {
    String returns = DeclaredType.simpleName(declared.returns());
    return returns.contains("<") ? returns.substring(0, returns.indexOf('<')) : returns;
  }

  /** The index's description of step {@code name}, which must exist. */
  private WorkflowIndex.Step declared(String name) {
    step(name);
    return workflow.entry().steps().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("step '" + name + "' runs a template of another workflow,"
            + " whose Java types this report does not know: read its text with step(\"" + name + "\").result()"));
  }
}
