package dev.jera.runtime.local;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Runs hand-written manifests with a {@link ScriptedRunner}, in process, recording under a test folder. */
final class TestRuns {
  private TestRuns() {}

  /**
   * A script template for the list under {@code templates:}, calling step {@code name} of the scripted
   * runner with inputs {@code inputs}; {@code extra} lines (indented like {@code inputs:}) come first.
   */
  static String scriptWith(String name, String extra, String... inputs) {
    StringBuilder yaml = new StringBuilder("- name: " + name + "\n");
    if (!extra.isEmpty()) {
      extra.lines().forEach(line -> yaml.append("  ").append(line).append('\n'));
    }
    if (inputs.length > 0) {
      yaml.append("  inputs:\n    parameters:\n");
      for (String input : inputs) {
        yaml.append("    - name: ").append(input).append('\n');
      }
    }
    yaml.append("  script:\n    image: test\n    command: [java]\n")
        .append("    args: [-cp, /app/classes, ").append(ScriptedRunner.CLASS).append(", ").append(name).append("]\n")
        .append("    source: \"").append(inputs.length > 0 || extra.contains("inputs:") ? "{{inputs.parameters}}" : "[]")
        .append("\"\n");
    return yaml.toString();
  }

  static String script(String name, String... inputs) {
    return scriptWith(name, "", inputs);
  }

  /** A Workflow manifest: {@code spec} (indented as under {@code spec:}) followed by {@code templates}. */
  static String workflow(String spec, String... templates) {
    StringBuilder yaml = new StringBuilder("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\n"
        + "metadata:\n  generateName: test-\n  labels:\n    team: tests\nspec:\n");
    spec.lines().forEach(line -> yaml.append("  ").append(line).append('\n'));
    for (String template : templates) {
      template.lines().forEach(line -> yaml.append("  ").append(line).append('\n'));
    }
    return yaml.toString();
  }

  static RunReport run(String manifest, ScriptedRunner runner, Path home) {
    return run(manifest, runner, home, request -> request);
  }

  static RunReport run(String manifest, ScriptedRunner runner, Path home, UnaryOperator<RunRequest.Builder> settings) {
    RunnerRegistry runners = new RunnerRegistry(TestRuns.class.getClassLoader()).register(ScriptedRunner.CLASS, runner);
    RunRequest.Builder request = RunRequest.builder("test", ManifestReader.read(manifest, "test"), runners).home(home);
    return LocalExecutor.run(settings.apply(request).build());
  }
}
