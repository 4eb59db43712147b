package dev.jera.local;

import dev.jera.local.engine.LocalExecutor;
import dev.jera.local.engine.RunRequest;
import dev.jera.local.launch.CommandLauncher;
import dev.jera.local.launch.RunnerRegistry;
import dev.jera.local.manifest.ManifestReader;
import dev.jera.local.manifest.TemplateReferences;
import dev.jera.local.manifest.WorkflowManifest;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Runs hand-written manifests with a {@link ScriptedRunner}, in process, recording under a test folder. */
public final class TestRuns {
  private TestRuns() {}

  /**
   * A script template for the list under {@code templates:}, calling step {@code name} of the scripted
   * runner with inputs {@code inputs}; {@code extra} lines (indented like {@code inputs:}) come first.
   */
  public static String scriptWith(String name, String extra, String... inputs) {
    return scriptOf(ScriptedRunner.CLASS, name, name, extra, inputs);
  }

  /** A script template {@code name} running step {@code step} of {@link #TOOLS}, which runs in either mode. */
  public static String tool(String name, String step, String extra, String... inputs) {
    return scriptOf(TOOLS, name, step, extra, inputs);
  }

  /** The runner of {@link #tool} templates. */
  public static final String TOOLS = "dev.jera.runner.testing.ToolRunner";

  /**
   * A container template for the list under {@code templates:}; {@code extra} lines (indented like
   * {@code inputs:}) come first, then the {@code container} lines (indented under {@code container:}), with
   * an image unless they name one.
   */
  public static String container(String name, String extra, String container) {
    StringBuilder yaml = new StringBuilder("- name: " + name + "\n");
    extra.lines().forEach(line -> yaml.append("  ").append(line).append('\n'));
    yaml.append("  container:\n");
    if (!container.contains("image:")) {
      yaml.append("    image: alpine:3.20\n");
    }
    container.lines().forEach(line -> yaml.append("    ").append(line).append('\n'));
    return yaml.toString();
  }

  private static String scriptOf(String runner, String name, String step, String extra, String... inputs) {
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
        .append("    args: [-cp, /app/classes, ").append(runner).append(", ").append(step).append("]\n")
        .append("    source: \"").append(inputs.length > 0 || extra.contains("parameters:") ? "{{inputs.parameters}}" : "[]")
        .append("\"\n");
    return yaml.toString();
  }

  public static String script(String name, String... inputs) {
    return scriptWith(name, "", inputs);
  }

  /** A Workflow manifest: {@code spec} (indented as under {@code spec:}) followed by {@code templates}. */
  public static String workflow(String spec, String... templates) {
    StringBuilder yaml = new StringBuilder("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\n"
        + "metadata:\n  generateName: test-\n  labels:\n    team: tests\nspec:\n");
    spec.lines().forEach(line -> yaml.append("  ").append(line).append('\n'));
    for (String template : templates) {
      template.lines().forEach(line -> yaml.append("  ").append(line).append('\n'));
    }
    return yaml.toString();
  }

  public static RunReport run(String manifest, ScriptedRunner runner, Path home) {
    return run(manifest, runner, home, request -> request);
  }

  public static RunReport run(String manifest, ScriptedRunner runner, Path home, UnaryOperator<RunRequest.Builder> settings) {
    return run(ManifestReader.read(manifest, "test"), runner, home, settings);
  }

  public static RunReport run(WorkflowManifest manifest, ScriptedRunner runner, Path home, UnaryOperator<RunRequest.Builder> settings) {
    RunnerRegistry runners = new RunnerRegistry(TestRuns.class.getClassLoader()).register(ScriptedRunner.CLASS, runner);
    RunRequest.Builder request = RunRequest.builder("test", manifest, runners).home(home);
    return LocalExecutor.run(settings.apply(request).build());
  }

  /** Runs a manifest whose templates name real runner classes (such as {@link #TOOLS}), in either mode. */
  public static RunReport runTools(String manifest, Path home, boolean isolated) {
    return runTools(manifest, home, isolated, request -> request);
  }

  public static RunReport runTools(String manifest, Path home, boolean isolated, UnaryOperator<RunRequest.Builder> settings) {
    RunnerRegistry runners = new RunnerRegistry(TestRuns.class.getClassLoader());
    RunRequest.Builder request =
        RunRequest.builder("test", ManifestReader.read(manifest, "test"), runners).home(home).isolated(isolated);
    return LocalExecutor.run(settings.apply(request).build());
  }

  /** Reads {@code manifest} and resolves its references to the manifests of {@code others}, by name. */
  public static WorkflowManifest resolve(String manifest, Map<String, String> others) {
    return TemplateReferences.resolve(ManifestReader.read(manifest, "workflow 'test'"), "workflow 'test'",
        new TemplateReferences.Source() {
          @Override
          public Optional<WorkflowManifest> find(String name) {
            return Optional.ofNullable(others.get(name)).map(text -> ManifestReader.read(text, "workflow '" + name + "'"));
          }

          @Override
          public Collection<String> names() {
            return others.keySet();
          }
        });
  }

  /** Whether {@code command} is installed on this machine; tests of container steps need sh, echo and cat. */
  public static boolean installed(String command) {
    return CommandLauncher.find(command, System.getenv("PATH")) != null;
  }
}
