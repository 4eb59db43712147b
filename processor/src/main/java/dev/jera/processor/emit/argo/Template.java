package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** A template: the entry DAG or steps, one script, or one container. */
@JsonPropertyOrder({
  "name", "inputs", "outputs", "timeout", "retryStrategy", "nodeSelector", "tolerations", "affinity", "priorityClassName",
  "synchronization", "memoize", "dag", "steps", "script", "container"
})
public record Template(
    String name,
    Inputs inputs,
    Outputs outputs,
    String timeout,
    RetryStrategy retryStrategy,
    Map<String, String> nodeSelector,
    List<PodSpecParts.Toleration> tolerations,
    PodSpecParts.Affinity affinity,
    String priorityClassName,
    PodSpecParts.Synchronization synchronization,
    PodSpecParts.Memoize memoize,
    Dag dag,
    List<List<WorkflowStep>> steps,
    ScriptTemplate script,
    ScriptTemplate container) {

  public static Template dag(String name, Dag dag) {
    return new Template(name, null, null, null, null, null, null, null, null, null, null, dag, null, null, null);
  }

  public static Template steps(String name, List<List<WorkflowStep>> steps) {
    return new Template(name, null, null, null, null, null, null, null, null, null, null, null, steps, null, null);
  }
}
