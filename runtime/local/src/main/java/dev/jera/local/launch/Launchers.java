package dev.jera.local.launch;

import dev.jera.local.manifest.PodTemplate;
import java.util.List;

/**
 * Chooses how each step runs. A step whose command is not Jera's runner (a container, a script for
 * another interpreter) runs as a command of this machine ({@link CommandLauncher}). Otherwise the run's
 * launcher runs it (in this JVM by default, in a JVM of its own with {@code --isolated}), except that a
 * Java step runs in a JVM of its own even by default when its template sets environment variables a
 * thread of this JVM cannot have (plain and ConfigMap values, {@code envFrom}, a Secret under a name of
 * its own), since only a process has its own environment, and when this JVM cannot keep a step's
 * {@code System.exit} from ending it ({@link ExitGuard}), and when it is a daemon, which is stopped when its
 * template ends (a thread cannot be); unless its runner was given as an object, which no other JVM can start.
 */
public final class Launchers {
  private final StepLauncher main;
  private final boolean inProcess;
  private final RunnerRegistry runners;
  private final String unguarded;
  private final StepLauncher commands = new CommandLauncher();
  private StepLauncher isolated;

  /** Steps run with {@code main}, through the runners of {@code runners}. */
  public Launchers(StepLauncher main, RunnerRegistry runners) {
    this.main = main;
    this.inProcess = main instanceof InProcessLauncher;
    this.runners = runners;
    this.unguarded = inProcess ? ExitGuard.unavailable() : null;
  }

  /**
   * Why the run's Java steps run in JVMs of their own although the run asked for this one, as a line for
   * the run's progress, or {@code null} when they do not.
   */
  public String ownJvmsReason() {
    return unguarded == null ? null : "Java steps run in JVMs of their own, since " + unguarded;
  }

  /** The launcher for {@code template}. */
  public StepLauncher forTemplate(PodTemplate template) {
    String runner = RunnerRegistry.runnerClass(template);
    if (runner == null) {
      return commands;
    }
    if (inProcess && (!template.processEnvironment().isEmpty() || (unguarded != null || template.daemon() != null)
        && ownJvmCanRun(runner))) {
      if (isolated == null) {
        isolated = new IsolatedLauncher();
      }
      return isolated;
    }
    return main;
  }

  /**
   * Whether a JVM of its own can run {@code runner}: not one given as an object, and not one this JVM
   * cannot load either (this JVM's launcher then ends the step in Error, as it would anyway).
   */
  private boolean ownJvmCanRun(String runner) {
    if (runners.given(runner)) {
      return false;
    }
    try {
      runners.runner(runner);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Why a step of {@code template} runs in a JVM of its own although the run's steps run in this one,
   * or {@code null} when it does not.
   */
  public String ownJvmReason(PodTemplate template) {
    String runner = RunnerRegistry.runnerClass(template);
    if (!inProcess || runner == null) {
      return null;
    }
    List<String> variables = template.processEnvironment();
    if (variables.isEmpty()) {
      return template.daemon() != null && ownJvmCanRun(runner)
          ? "runs in a JVM of its own, not in this one: it is a daemon, which runs until its template ends and is"
              + " then stopped, as only a process can be"
          : null;
    }
    return "runs in a JVM of its own, not in this one: its template sets environment variables ("
        + String.join(", ", variables) + "), which only a process of its own can have";
  }
}
