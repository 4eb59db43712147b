package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A template: the entry DAG or steps, or one script. */
@JsonPropertyOrder({"name", "inputs", "timeout", "retryStrategy", "dag", "steps", "script"})
public record Template(
    String name,
    Inputs inputs,
    String timeout,
    RetryStrategy retryStrategy,
    Dag dag,
    List<List<WorkflowStep>> steps,
    ScriptTemplate script) {

  public static Template dag(String name, Dag dag) {
    return new Template(name, null, null, null, dag, null, null);
  }

  public static Template steps(String name, List<List<WorkflowStep>> steps) {
    return new Template(name, null, null, null, null, steps, null);
  }
}
