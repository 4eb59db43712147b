package dev.jera.local.engine;

import dev.jera.local.Phase;
import dev.jera.local.launch.AttemptOutcome;
import dev.jera.local.launch.Launchers;
import dev.jera.local.launch.StepLaunch;
import dev.jera.local.manifest.PodTemplate;
import dev.jera.local.manifest.SetMember;
import dev.jera.local.manifest.SetOrder;
import dev.jera.local.record.RunRecorder;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One attempt of a {@code containerSet} template: its pod's containers run one after the other in this
 * attempt's folder (the pod: one artifacts root, one log), each after the members it depends on, as
 * Argo's emissary starts a container once its dependencies have exited 0. A member whose dependency did
 * not succeed does not run: the emissary ends it with exit code 64 and says why, which Argo reports as
 * the container's Error. The pod fails when a member does; its result is what the member {@code main}
 * printed. Independent members run in turn rather than together: their outcomes are the same.
 */
final class ContainerSetAttempt {
  /** Argo's emissary's exit code when it, rather than the command, failed (a dependency did). */
  static final int EMISSARY_ERROR = 64;

  private final ScriptCall call;
  private final Launchers launchers;
  private final RunRecorder recorder;
  private final StepLaunch launch;
  /** Each member's outcome once the attempt has ended, by name, in the order they ran. */
  private final Map<String, AttemptOutcome> outcomes = new LinkedHashMap<>();
  /** The member whose failure the pod's message names, once one failed. */
  private String failed;

  ContainerSetAttempt(ScriptCall call, Launchers launchers, RunRecorder recorder, StepLaunch launch) {
    this.call = call;
    this.launchers = launchers;
    this.recorder = recorder;
    this.launch = launch;
  }

  /** The outcomes of the members that ended, by name; the others never ran. */
  Map<String, AttemptOutcome> outcomes() {
    return outcomes;
  }

  /** The member whose failure failed the pod, or {@code null}. */
  String failed() {
    return failed;
  }

  /** Runs the members on a worker; the pod's outcome. */
  AttemptOutcome run() throws InterruptedException {
    PodTemplate set = call.template();
    String problem = call.placeFiles(launch);
    if (problem != null) {
      return AttemptOutcome.error(problem);
    }
    Instant start = Instant.now();
    for (SetMember member : SetOrder.of(set.members())) {
      String failedDependency = member.dependencies().stream()
          .filter(dependency -> outcomes.get(dependency).phase() != Phase.SUCCEEDED).findFirst().orElse(null);
      if (failedDependency != null) {
        AttemptOutcome dependency = outcomes.get(failedDependency);
        int code = dependency.exitCode() == null ? EMISSARY_ERROR : dependency.exitCode();
        outcomes.put(member.name(), new AttemptOutcome(Phase.ERROR, null, EMISSARY_ERROR,
            "Error (exit code " + EMISSARY_ERROR + "): dependency \"" + failedDependency + "\" exited with non-zero code: "
                + code));
        continue;
      }
      Duration left = launch.timeout() == null ? null : launch.timeout().minus(Duration.between(start, Instant.now()));
      if (left != null && left.isNegative()) {
        left = Duration.ZERO;
      }
      PodTemplate template = set.member(member);
      StepLaunch memberLaunch = call.memberLaunch(launch, template, left);
      recorder.appendLog(launch.folder(), "--- jera: container " + member.name() + " ---");
      outcomes.put(member.name(), call.runMember(launchers.forTemplate(template), memberLaunch));
      if (AttemptOutcome.DEADLINE_EXCEEDED.equals(outcomes.get(member.name()).message())) {
        // The pod's deadline stops it whole.
        return outcomes.get(member.name());
      }
    }
    // inferFailedReason: the first failed of the pod's main containers (every member of a set is one).
    for (SetMember member : set.members()) {
      AttemptOutcome outcome = outcomes.get(member.name());
      if (outcome.phase() != Phase.SUCCEEDED) {
        failed = member.name();
        return new AttemptOutcome(outcome.exitCode() == null ? Phase.ERROR : Phase.FAILED, null, outcome.exitCode(),
            outcome.exitCode() == null ? member.name() + ": " + outcome.message() : outcome.message());
      }
    }
    // Without a main there is no result to read (the compiler refuses a reference to one): it stays empty.
    AttemptOutcome main = outcomes.get(PodTemplate.MAIN);
    return call.finish(launch, AttemptOutcome.succeeded(main == null ? "" : main.result()));
  }

}
