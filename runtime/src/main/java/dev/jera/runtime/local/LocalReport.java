package dev.jera.runtime.local;

import dev.jera.runtime.argo.DidYouMean;
import dev.jera.runtime.json.Json;
import dev.jera.runtime.json.JsonCodec;
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
          + "; its steps: " + String.join(", ", report.steps().keySet()));
    }
    return step;
  }

  /**
   * The result of step {@code name} decoded as its Java return type; for a step that fans out, the
   * {@code List} of its succeeded items' results. {@code null} when the step did not succeed or is
   * {@code void}.
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
      values.add(Json.decode(element, codec));
    }
    return (T) values;
  }
}
