package dev.jera.local;

import dev.jera.local.artifacts.ArtifactOverrides;
import dev.jera.local.engine.RunRequest;
import dev.jera.local.launch.RunnerRegistry;
import dev.jera.local.manifest.WorkflowManifest;
import dev.jera.local.values.Advice;
import dev.jera.local.values.ConfigMapValues;
import dev.jera.local.values.ParameterValues;
import dev.jera.local.values.SecretValues;
import dev.jera.runner.StepRunner;
import dev.jera.runner.index.WorkflowIndex;
import java.util.List;
import java.util.Map;

/**
 * A workflow found on the class path, ready to run.
 *
 * @param entry its entry in the index
 * @param manifest its manifest
 * @param runner its runner, created once
 * @param runners the registry holding the runner, to hand to the executor
 */
public record CompiledWorkflow(
    WorkflowIndex.Workflow entry, WorkflowManifest manifest, StepRunner runner, RunnerRegistry runners) {

  /** The workflow's name. */
  public String name() {
    return entry.name();
  }

  /**
   * A request to run this workflow with what the user gave, all checked before any step runs:
   * parameters (name, Java type, allowed values), Secret and ConfigMap keys (given, else from
   * {@code environment}) and local copies of input files.
   *
   * @throws InvalidRunException for the first thing missing or invalid
   */
  public RunRequest.Builder request(
      Map<String, ParameterValues.Given> parameters,
      Map<String, String> secrets,
      Map<String, String> configMaps,
      List<ArtifactOverrides.Given> artifacts,
      Map<String, String> environment) {
    return request(parameters, secrets, configMaps, artifacts, environment, Advice.COMMAND_LINE);
  }

  /**
   * As {@link #request(Map, Map, Map, List, Map)}, the messages of what is missing saying how to give it
   * as {@code advice} does, then and while the run goes.
   */
  public RunRequest.Builder request(
      Map<String, ParameterValues.Given> parameters,
      Map<String, String> secrets,
      Map<String, String> configMaps,
      List<ArtifactOverrides.Given> artifacts,
      Map<String, String> environment,
      Advice advice) {
    Map<String, String> configMapValues = ConfigMapValues.check(name(), manifest, configMaps, environment, advice);
    return RunRequest.builder(name(), manifest, runners)
        .parameters(ParameterValues.check(name(), manifest, runner, parameters, configMapValues, advice))
        .secrets(SecretValues.check(name(), manifest, secrets, environment, advice))
        .configMaps(configMapValues)
        .artifacts(ArtifactOverrides.check(name(), manifest, artifacts))
        .advice(advice);
  }
}
