package dev.jera.runtime.local;

import java.util.List;

/**
 * Chooses how each step runs. A step whose command is not Jera's runner (a container, a script for
 * another interpreter) runs as a command of this machine ({@link CommandLauncher}). Otherwise the run's
 * launcher runs it (in this JVM by default, in a JVM of its own with {@code --isolated}), except that a
 * step whose template sets environment variables a thread of this JVM cannot have (plain and ConfigMap
 * values, {@code envFrom}, a Secret under a name of its own) runs in a JVM of its own even by default,
 * since only a process has its own environment.
 */
final class Launchers {
  private final StepLauncher main;
  private final boolean inProcess;
  private final StepLauncher commands = new CommandLauncher();
  private StepLauncher isolated;

  /** Steps run with {@code main}. */
  Launchers(StepLauncher main) {
    this.main = main;
    this.inProcess = main instanceof InProcessLauncher;
  }

  /** The launcher for {@code template}. */
  StepLauncher forTemplate(PodTemplate template) {
    if (RunnerRegistry.runnerClass(template) == null) {
      return commands;
    }
    if (inProcess && !template.processEnvironment().isEmpty()) {
      if (isolated == null) {
        isolated = new IsolatedLauncher();
      }
      return isolated;
    }
    return main;
  }

  /**
   * Why a step of {@code template} runs in a JVM of its own although the run's steps run in this one,
   * or {@code null} when it does not.
   */
  String ownJvmReason(PodTemplate template) {
    if (!inProcess || RunnerRegistry.runnerClass(template) == null) {
      return null;
    }
    List<String> variables = template.processEnvironment();
    if (variables.isEmpty()) {
      return null;
    }
    return "runs in a JVM of its own, not in this one: its template sets environment variables ("
        + String.join(", ", variables) + "), which only a process of its own can have";
  }
}
