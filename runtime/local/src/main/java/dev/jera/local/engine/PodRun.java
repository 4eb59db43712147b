package dev.jera.local.engine;

import dev.jera.argo.expr.RetryExpression;
import dev.jera.argo.go.GoValues;
import dev.jera.local.Backoff;
import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import dev.jera.local.launch.AttemptOutcome;
import dev.jera.local.launch.FailureReason;
import dev.jera.local.launch.InProcessLauncher;
import dev.jera.local.launch.ReadinessProbe;
import dev.jera.local.launch.ResultLimit;
import dev.jera.local.launch.RunnerRegistry;
import dev.jera.local.launch.StepLaunch;
import dev.jera.local.launch.StepLauncher;
import dev.jera.local.manifest.Daemon;
import dev.jera.local.manifest.OutputArtifact;
import dev.jera.local.manifest.SetMember;
import dev.jera.local.manifest.OutputParameter;
import dev.jera.local.record.RunRecorder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs one call of a script or container template to its end as Argo's {@code executeTemplate} does,
 * creating its nodes once the pool lets it start: a pod node named as the call, or with a
 * {@code retryStrategy} a retry node of that name whose attempts are pod nodes {@code name(0)},
 * {@code name(1)}, …, retried as {@link RetryPlan} decides. Past the workflow's deadline no pod is
 * started: the attempt's node fails at once with "Step exceeded its deadline". Each attempt is stopped
 * at the first of its template's {@code timeout} ("Pod was active on the node longer than the
 * specified deadline", as Kubernetes ends the pod), the workflow's deadline ("Step exceeded its
 * deadline") and, after the first attempt, its retries' {@code maxDuration} (the executor stops the
 * main container: {@code main: Error (exit code 143)} for a JVM, which exits so on SIGTERM, 137 for
 * other commands). A pod that exits non-zero is {@code main: Error (exit code N)}, as Argo reports a
 * container with no termination message; what the step said goes to the node's detail. Once the run is
 * interrupted ({@link Coordinator}) no attempt starts or is retried: a pod stopped by it, or a call
 * waiting to retry, is Failed {@value #INTERRUPTED}. A daemon's call ({@code daemon: true}) counts as done once
 * its readiness probe passes (its nodes Daemoned, at {@code 127.0.0.1}); it is stopped, Succeeded, when the
 * template that started it ends ({@link Daemons}), and an attempt that ends before that is Failed, even with
 * exit code 0, and retried as any other. Lives on the coordinator thread.
 */
final class PodRun {
  static final String POD_DEADLINE = "Pod was active on the node longer than the specified deadline";
  /** The message of a pod, and of the run, stopped by an interruption (SIGINT, SIGTERM). */
  static final String INTERRUPTED = "interrupted";
  /** The message of a daemon's attempt stopped before it was ready, because the template that started it ended. */
  static final String STOPPED_STARTING = "stopped: the template that started the daemon ended before it was ready";
  /** How often a daemon's readiness probe is tried locally. */
  private static final Duration PROBE_PERIOD = Duration.ofMillis(250);
  private static final DateTimeFormatter GO_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '+0000 UTC'").withZone(ZoneOffset.UTC);
  private static final String NO_MOUNTS = "volume mounts are not emulated locally (%s): the step sees this machine's"
      + " file system";

  /** What stops an attempt first. */
  private enum Limit { TIMEOUT, WORKFLOW_DEADLINE, RETRY_DEADLINE }

  private final RunContext run;
  private final String nodeName;
  private final String label;
  private final Node boundary;
  private final Path folder;
  private final ScriptCall call;
  private final boolean hooked;
  private final boolean resultCaptured;
  private final Consumer<Node> created;
  private final Runnable onDone;
  private final BooleanSupplier stoppedFlow;
  private Node node;
  private Node attempt;
  private Node first;
  private int attempts;
  private Instant executionDeadline;
  /** How much of Argo's backoff this call did not wait. */
  private Duration skipped = Duration.ZERO;
  /** When the last attempt ended, on the clock Argo would read. */
  private Instant attemptEndedForArgo;
  private Limit limit;
  private boolean announced;
  private Boolean runsAsProcess;
  /** {@code daemon: true} with its probe, or {@code null}. */
  private final Daemon daemon;
  /** The running attempt's work, which a daemon's end stops. */
  private Coordinator.Stoppable working;
  /** Whether the last attempt has ended. */
  private boolean attemptFinished;
  /** Whether {@code onDone} was called: when the node was fulfilled, for a daemon once it was first ready. */
  private boolean reported;
  /** Whether the template that started the daemon has ended and stopped it. */
  private boolean stopped;
  /** The container of a container set's attempt that failed it, which its message names instead of main. */
  private String failedContainer;

  /**
   * @param nodeName the call's node name, such as {@code wf.task} or {@code wf[0].step(1:b)}
   * @param label how progress names it, such as {@code task} or {@code step(1:b)}
   * @param boundary the DAG or steps node whose template makes the call, or {@code null}
   * @param created called once with the node, when it is created, to link it into the tree
   * @param onDone called once the node is fulfilled, or when it will never be created
   * @param stopped whether nothing new may start any more (a pod still waiting is then dropped)
   */
  PodRun(RunContext run, String nodeName, String label, Node boundary, Path folder, ScriptCall call, boolean hooked,
      boolean resultCaptured, Consumer<Node> created, Runnable onDone, BooleanSupplier stopped) {
    this.run = run;
    this.nodeName = nodeName;
    this.label = label;
    this.boundary = boundary;
    this.folder = folder;
    this.call = call;
    this.hooked = hooked;
    this.resultCaptured = resultCaptured;
    this.created = created;
    this.onDone = onDone;
    this.stoppedFlow = stopped;
    this.daemon = call.template().daemon();
  }

  /** The call's node (a retry or pod node), or {@code null} before the pool let it start. */
  Node node() {
    return node;
  }

  /** The DAG or steps node whose template makes the call, or {@code null}. */
  Node boundary() {
    return boundary;
  }

  /** Whether no attempt of it runs now and none will start: stopped, or never started. */
  boolean ended() {
    return working == null && (stopped || node != null && node.phase != null && !node.daemoned);
  }

  /** Asks for a slot; the first attempt starts when one, and the call's locks, are free. */
  void begin() {
    if (daemon != null) {
      run.daemons.add(this);
    }
    run.pool.request(this);
  }

  /** The keys of the locks an attempt holds. */
  List<String> locks() {
    return call.locks();
  }

  /** Whether its attempts run as processes of this machine rather than in this JVM. */
  boolean runsAsProcess() {
    if (runsAsProcess == null) {
      runsAsProcess = !(run.launchers.forTemplate(call.template()) instanceof InProcessLauncher);
    }
    return runsAsProcess;
  }

  /** Whether it never started and nothing new may start, or the run was interrupted. */
  boolean cancelled() {
    return node == null && stoppedFlow.getAsBoolean() || run.coordinator.interrupted() || stopped;
  }

  /** Whether the workflow's deadline has passed: its next attempt fails without a pod, needing no slot. */
  boolean expired() {
    return run.deadline.exceeded();
  }

  /** Drops a cancelled call: it never gets a node, or, interrupted between attempts, ends Failed. */
  void abandon() {
    if (stopped) {
      return; // a daemon waiting to restart when its template ended: stop() settled its nodes
    }
    if (node != null) {
      node.mark(Phase.FAILED, INTERRUPTED);
    }
    onDone.run();
  }

  /** The workflow's deadline has passed: the next attempt's node fails at once, as no pod is created. */
  void expire() {
    newAttempt();
    attempt.mark(Phase.FAILED, WorkflowDeadline.STEP_EXCEEDED);
    attemptDone();
  }

  /** Starts the next attempt; the pool has given it a slot and its locks. */
  void start() {
    if (stopped) {
      run.pool.release(this);
      return;
    }
    if (run.deadline.exceeded()) {
      run.pool.release(this);
      expire();
      return;
    }
    newAttempt();
    attempt.ran = true;
    attempt.folder = folder;
    StepLauncher launcher = run.launchers.forTemplate(call.template());
    if (attempts == 1) {
      notes();
    } else {
      run.recorder.appendLog(folder, "--- jera: attempt " + attempts + " ---");
    }
    Duration timeout = timeout(attempt.startedAt);
    StepLaunch launch = call.launch(label, attempts, folder, RunRecorder.log(folder), timeout);
    run.listener.attemptStarted(label, attempts);
    attemptFinished = false;
    if (call.template().containerSet()) {
      Node pod = attempt;
      List<Node> containers = containers(pod);
      ContainerSetAttempt set = new ContainerSetAttempt(call, run.launchers, run.recorder, launch);
      run.coordinator.offload(set::run, (outcome, failure) -> {
        markContainers(containers, set);
        failedContainer = set.failed();
        attemptEnded(outcome, failure);
      });
      return;
    }
    if (daemon == null) {
      run.coordinator.offload(() -> call.attempt(launcher, launch), this::attemptEnded);
      return;
    }
    working = run.coordinator.offloadStoppable(() -> call.attempt(launcher, launch), this::attemptEnded);
    probe(attempts, launch.environment(), daemon.initialDelay());
  }

  /**
   * Tries the daemon's readiness probe after {@code delay}, then every {@link #PROBE_PERIOD} until it passes
   * or the attempt ends (Kubernetes waits its {@code periodSeconds}, ten by default, between tries).
   */
  private void probe(int attemptNumber, Map<String, String> environment, Duration delay) {
    run.coordinator.later(delay, () -> {
      if (stopped || attemptNumber != attempts || attemptFinished) {
        return;
      }
      run.coordinator.offload(() -> ReadinessProbe.passes(daemon, folder, environment), (ready, failure) -> {
        if (stopped || attemptNumber != attempts || attemptFinished || failure != null) {
          return;
        }
        if (Boolean.TRUE.equals(ready)) {
          ready();
        } else {
          probe(attemptNumber, environment, PROBE_PERIOD);
        }
      });
    });
  }

  /**
   * The daemon is ready ({@code assessNodeStatus}: running, and its probe passed): its nodes are Daemoned
   * with the address {@code 127.0.0.1}, so what waits for it starts.
   */
  private void ready() {
    attempt.daemoned = true;
    attempt.podIp = ReadinessProbe.ADDRESS;
    node.daemoned = true;
    run.recorder.appendLog(folder, "jera: " + label + " is ready at " + ReadinessProbe.ADDRESS
        + " (its readiness probe passed); it runs until the template that started it ends");
    if (run.noted.add(call.step() + " daemon")) {
      run.listener.stepNote(call.step(), "a daemon, ready at " + ReadinessProbe.ADDRESS
          + ": the steps after it start, and it runs until its template ends");
    }
    if (!reported) {
      reported = true;
      onDone.run();
    }
  }

  /**
   * {@code killDaemonedChildren}: the template that started this daemon has ended. Its Daemoned nodes become
   * Succeeded, its process is stopped, and it is not started again. An attempt still starting (a restart
   * that was not ready yet) is stopped too, and Failed.
   */
  void stopDaemon() {
    if (stopped) {
      return;
    }
    stopped = true;
    if (working != null) {
      working.stop();
    }
    if (node == null) {
      return;
    }
    boolean changed = false;
    for (Node daemonNode : attempt == null || attempt == node ? List.of(node) : List.of(node, attempt)) {
      if (daemonNode.daemoned) {
        daemonNode.daemoned = false;
        daemonNode.phase = Phase.SUCCEEDED;
        if (daemonNode.finishedAt == null) {
          daemonNode.finishedAt = Instant.now();
        }
        changed = true;
      } else if (!daemonNode.fulfilled()) {
        daemonNode.detail = "it was still starting when the template that started it ended";
        daemonNode.mark(Phase.FAILED, STOPPED_STARTING);
        changed = true;
      }
    }
    if (changed) {
      run.recorder.appendLog(folder, "jera: " + label + " was stopped: the template that started it ended");
      if (reported) {
        run.listener.stepFinished(StepReports.of(node, label));
      } else {
        reported = true;
        onDone.run();
      }
    }
  }

  /** The type of an attempt's node: an HTTP template's runs no pod. */
  private NodeType leafType() {
    return call.template().http() != null ? NodeType.HTTP : NodeType.POD;
  }

  /** Creates the call's node on its first attempt, and an attempt node under a retry node. */
  private void newAttempt() {
    attempts++;
    announced = false;
    if (node == null) {
      boolean retries = call.retry() != null;
      node = run.tree.create(nodeName, retries ? NodeType.RETRY : leafType(), call.template().name(), boundary, null, null);
      node.hooked = hooked;
      node.folder = folder;
      node.inputs = call.inputValues();
      created.accept(node);
      if (!retries) {
        attempt = node;
        first = node;
        attempt.resultCaptured = resultCaptured;
        return;
      }
    }
    if (node.type == NodeType.RETRY) {
      attempt = run.tree.create(nodeName + "(" + (attempts - 1) + ")", leafType(), call.template().name(), boundary,
          null, null);
      attempt.retried = true;
      attempt.hooked = hooked;
      attempt.inputs = call.inputValues();
      attempt.resultCaptured = resultCaptured;
      NodeTree.addChild(node, attempt);
      if (first == null) {
        first = attempt;
      }
    }
  }

  /**
   * {@code executeContainerSet}: a Container node {@code <pod>.<container>} per member, under the pod's
   * boundary; a member that depends on none is the pod's child, any other the child of each member it
   * depends on.
   */
  private List<Node> containers(Node pod) {
    List<Node> containers = new java.util.ArrayList<>();
    java.util.Map<String, Node> byName = new java.util.HashMap<>();
    for (SetMember member : call.template().members()) {
      Node container = run.tree.create(pod.name + "." + member.name(), NodeType.CONTAINER, call.template().name(), pod,
          null, null);
      container.folder = folder;
      containers.add(container);
      byName.put(member.name(), container);
    }
    for (SetMember member : call.template().members()) {
      Node container = byName.get(member.name());
      if (member.dependencies().isEmpty()) {
        NodeTree.addChild(pod, container);
      }
      member.dependencies().forEach(dependency -> NodeTree.addChild(byName.get(dependency), container));
    }
    return containers;
  }

  /**
   * Each container's phase from its member's outcome, as Argo reads the pod's container statuses: exit 0
   * Succeeded, 64 (the emissary's own failure) Error, another code Failed, with
   * {@code <name>: Error (exit code N): …}; one that never ended Failed, as its pod is.
   */
  private static void markContainers(List<Node> containers, ContainerSetAttempt set) {
    for (Node container : containers) {
      String name = container.name.substring(container.name.lastIndexOf('.') + 1);
      AttemptOutcome outcome = set.outcomes().get(name);
      if (outcome == null) {
        container.mark(Phase.FAILED, "Pod Failed whilst container running");
        continue;
      }
      // Argo keeps no outputs on a container node: its pod's node has them.
      // A member whose dependency failed never started its command.
      container.ran = !(outcome.phase() == Phase.ERROR && Integer.valueOf(ContainerSetAttempt.EMISSARY_ERROR).equals(outcome.exitCode()));
      if (outcome.phase() == Phase.SUCCEEDED) {
        container.mark(Phase.SUCCEEDED, null);
      } else if (outcome.exitCode() == null) {
        container.mark(Phase.ERROR, name + ": " + outcome.message());
      } else {
        // Argo's "%s: %s (exit code %d): %s" with the container's termination message, which only the
        // emissary writes (why a dependency stopped it); what a command printed is the node's detail.
        boolean emissary = outcome.exitCode() == ContainerSetAttempt.EMISSARY_ERROR;
        String said = diagnostics(outcome);
        container.detail = emissary ? null : said;
        container.mark(emissary ? Phase.ERROR : Phase.FAILED,
            name + ": Error (exit code " + outcome.exitCode() + "): " + (emissary && said != null ? said : ""));
      }
    }
  }

  /**
   * The attempt's time limit: the first to come of its template's timeout, the workflow's deadline and
   * its retries' execution deadline; {@code null} for none.
   */
  private Duration timeout(Instant start) {
    limit = null;
    Duration shortest = null;
    if (call.timeout() != null) {
      shortest = call.timeout();
      limit = Limit.TIMEOUT;
    }
    Instant workflowEnd = run.deadline.end();
    if (workflowEnd != null) {
      Duration left = nonNegative(Duration.between(start, workflowEnd));
      if (shortest == null || left.compareTo(shortest) < 0) {
        shortest = left;
        limit = Limit.WORKFLOW_DEADLINE;
      }
    }
    if (executionDeadline != null) {
      Duration left = nonNegative(Duration.between(start, executionDeadline));
      if (shortest == null || left.compareTo(shortest) < 0) {
        shortest = left;
        limit = Limit.RETRY_DEADLINE;
      }
    }
    return shortest;
  }

  private static Duration nonNegative(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }

  /** Says once in the node's log, and once per step in the progress, what runs differently from Argo. */
  private void notes() {
    String ownJvm = run.launchers.ownJvmReason(call.template());
    if (ownJvm != null) {
      run.recorder.appendLog(folder, "jera: " + call.step() + " " + ownJvm);
      if (run.noted.add(call.step())) {
        run.listener.stepNote(call.step(), ownJvm);
      }
    }
    if (!call.template().mounts().isEmpty()) {
      run.recorder.appendLog(folder, "jera: " + String.format(NO_MOUNTS, String.join(", ", call.template().mounts())));
    }
  }

  private void attemptEnded(AttemptOutcome outcome, Throwable failure) {
    run.pool.release(this);
    attemptFinished = true;
    working = null;
    if (stopped) {
      return; // stopDaemon() settled its nodes when its template ended
    }
    AttemptOutcome ended = failure == null ? outcome : AttemptOutcome.error(FailureReason.rootCause(failure));
    if (daemon != null) {
      attempt.daemoned = false;
      if (ended.phase() == Phase.SUCCEEDED) {
        // assessNodeStatus: a daemon's pod that succeeds is Failed, as a daemon runs until its template ends.
        attempt.exitCode = ended.exitCode();
        attempt.detail = "the daemon exited with code 0 before the template that started it ended; Argo fails a"
            + " daemon whose pod ends";
        attempt.mark(Phase.FAILED, null);
        attemptDone();
        return;
      }
    }
    attempt.exitCode = ended.exitCode();
    if (ended.phase() != Phase.SUCCEEDED && run.coordinator.interrupted()) {
      attempt.mark(Phase.FAILED, INTERRUPTED);
      attemptDone();
      return;
    }
    switch (ended.phase()) {
      case SUCCEEDED:
        warnOfALargeResult(ended.result());
        attempt.result = ended.result();
        attempt.artifacts = call.outputs(folder.resolve("artifacts").toAbsolutePath());
        attempt.parameters = call.outputValues(folder.resolve("artifacts").toAbsolutePath());
        call.keptInsteadOfStored(folder.resolve("artifacts").toAbsolutePath())
            .forEach(note -> run.recorder.appendLog(folder, "jera: " + label + " " + note));
        run.repositoryFiles.putAll(call.repositoryFiles(folder.resolve("artifacts").toAbsolutePath()));
        run.recorder.result(folder, ended.result());
        attempt.mark(Phase.SUCCEEDED, null);
        break;
      case FAILED:
        failed(ended);
        break;
      default:
        attempt.mark(ended.phase(), ended.message());
    }
    attemptDone();
  }

  /** {@code addParamToGlobalScope} / {@code addArtifactToGlobalScope}: the outputs a template exports by {@code globalName}. */
  private void exportGlobals() {
    for (OutputParameter output : call.template().outputParameters()) {
      String value = node.parameters.get(output.name());
      if (output.globalName() != null && value != null) {
        run.globalOutputs.put("workflow.outputs.parameters." + output.globalName(), value);
      }
    }
    for (OutputArtifact output : call.template().outputArtifacts()) {
      Path file = node.artifacts.get(output.name());
      if (output.globalName() != null && file != null) {
        run.globalOutputs.put("workflow.outputs.artifacts." + output.globalName(), file.toString());
      }
    }
  }

  /** Says in the attempt's log, and once per step in the progress, that its result is close to Argo's limit. */
  private void warnOfALargeResult(String result) {
    String warning = result == null ? null : ResultLimit.warning(ResultLimit.utf8Length(result));
    if (warning != null) {
      run.recorder.appendLog(folder, "jera: " + label + " " + warning);
      if (run.noted.add(call.step() + " result")) {
        run.listener.stepNote(call.step(), warning);
      }
    }
  }

  /** Argo's message for a failed attempt; what the step said becomes the detail. */
  private void failed(AttemptOutcome outcome) {
    if (outcome.exitCode() == null && AttemptOutcome.DEADLINE_EXCEEDED.equals(outcome.message()) && limit != null) {
      switch (limit) {
        case TIMEOUT:
          attempt.detail = call.template().timeoutIsDeadline()
              ? "it was active longer than its activeDeadlineSeconds of " + call.timeoutText()
              : "it ran longer than its timeout of " + call.timeoutText();
          attempt.mark(Phase.FAILED, POD_DEADLINE);
          return;
        case WORKFLOW_DEADLINE:
          run.deadline.reached();
          attempt.detail = "it was still running when the workflow's activeDeadlineSeconds passed";
          attempt.mark(Phase.FAILED, WorkflowDeadline.STEP_EXCEEDED);
          return;
        default:
          int code = RunnerRegistry.runnerClass(call.template()) != null ? 143 : 137;
          attempt.exitCode = code;
          attempt.detail = "it was still running when its retries' maxDuration passed since the first attempt started";
          attempt.mark(Phase.FAILED, exited(code));
          return;
      }
    }
    if (outcome.exitCode() != null) {
      attempt.detail = diagnostics(outcome);
      attempt.mark(Phase.FAILED, failedContainer != null
          ? failedContainer + ": Error (exit code " + outcome.exitCode() + ")"
              + (outcome.exitCode() == ContainerSetAttempt.EMISSARY_ERROR && attempt.detail != null ? ": " + attempt.detail : "")
          : exited(outcome.exitCode()));
      return;
    }
    attempt.mark(Phase.FAILED, outcome.message());
  }

  /** What a launcher said after the exit code, such as the exception's line; {@code null} for nothing. */
  private static String diagnostics(AttemptOutcome outcome) {
    String message = outcome.message();
    String exit = "Error (exit code " + outcome.exitCode() + ")";
    if (message == null || message.equals(exit)) {
      return null;
    }
    return message.startsWith(exit + ": ") ? message.substring(exit.length() + 2) : message;
  }

  /** How Argo reports a main container that exited with {@code code} and left no termination message. */
  static String exited(int code) {
    return "main: Error (exit code " + code + ")";
  }

  /** The attempt's node is fulfilled: end the call, or decide on a retry. */
  private void attemptDone() {
    if (node.type != NodeType.RETRY) {
      done();
      return;
    }
    attemptEndedForArgo = attempt.finishedAt.plus(skipped);
    decide();
  }

  /**
   * {@code processNodeRetries} once the last attempt is fulfilled, and again after a backoff, on the
   * clock Argo would read: a run that waits less than Argo's backoff ({@link RunContext#retryBackoff})
   * adds what it did not wait, so that {@code maxDuration} and the workflow's deadline end the retries
   * exactly where they would on Argo, given the same attempts.
   */
  private void decide() {
    if (stopped) {
      return; // a daemon's template ended while it waited to restart
    }
    node.result = attempt.result;
    node.resultCaptured = attempt.resultCaptured;
    node.exitCode = attempt.exitCode;
    node.artifacts = attempt.artifacts;
    node.parameters = attempt.parameters;
    node.detail = attempt.detail;
    if (attempt.phase == Phase.SUCCEEDED) {
      node.mark(Phase.SUCCEEDED, null);
      done();
      return;
    }
    if (run.coordinator.interrupted()) {
      node.mark(Phase.FAILED, INTERRUPTED);
      done();
      return;
    }
    Instant now = Instant.now();
    Instant argoNow = now.plus(skipped);
    if (run.deadline.passedBy(argoNow)) {
      Instant end = run.deadline.end();
      node.mark(attempt.phase, "retry exceeded workflow deadline " + GO_TIME.format(end.truncatedTo(ChronoUnit.SECONDS)));
      done();
      return;
    }
    RetryPlan plan = call.retry();
    RetryExpression.LastRetry last = lastRetry();
    RetryPlan.Decision decision = plan.next(attempt.phase, attempts, first.startedAt, attemptEndedForArgo, argoNow, last);
    switch (decision.kind()) {
      case STOP:
        node.mark(decision.phase() != null ? decision.phase() : attempt.phase,
            decision.message() != null ? decision.message() : attempt.message);
        done();
        return;
      case WAIT:
        // Argo requeues the workflow after the whole backoff, then decides again.
        Duration argoWait = decision.backoff();
        Duration wait = run.retryBackoff == null || argoWait.compareTo(run.retryBackoff) <= 0 ? argoWait : run.retryBackoff;
        skipped = skipped.plus(argoWait.minus(wait));
        announce(plan.retries(attempt.phase, attempts, last), wait, now.plus(wait), argoWait);
        run.coordinator.later(wait, this::decide);
        return;
      default:
        announce(true, Duration.ZERO, now, Duration.ZERO);
        // The execution deadline is on Argo's clock: this run reaches it sooner by what it did not wait.
        executionDeadline = decision.at() == null ? null : decision.at().minus(skipped);
        run.pool.request(this);
    }
  }

  /**
   * What a retry's expression reads of the last attempt, as Argo's {@code buildRetryStrategyLocalScope}
   * gives it: strings; the duration in seconds between timestamps Argo keeps to the second.
   */
  private RetryExpression.LastRetry lastRetry() {
    long seconds = Duration.between(attempt.startedAt.truncatedTo(ChronoUnit.SECONDS),
        attempt.finishedAt.truncatedTo(ChronoUnit.SECONDS)).toSeconds();
    return new RetryExpression.LastRetry(
        Integer.toString(attempts - 1),
        attempt.exitCode == null ? "-1" : attempt.exitCode.toString(),
        attempt.phase.argoName(),
        GoValues.format((double) seconds),
        attempt.message == null ? "" : attempt.message);
  }

  /** Tells the progress once per failed attempt what follows: a wait, then a retry or the end. */
  private void announce(boolean retry, Duration wait, Instant until, Duration argoWait) {
    if (!announced) {
      announced = true;
      String why = attempt.detail == null || attempt.detail.equals(attempt.message) ? attempt.message
          : attempt.message + ": " + attempt.detail;
      run.listener.backoff(new Backoff(label, attempts, why, retry, wait, until, argoWait));
    }
  }

  private void done() {
    if (node.phase == Phase.SUCCEEDED) {
      exportGlobals();
    }
    if (!reported) {
      reported = true;
      onDone.run();
    } else {
      // A daemon that was ready, and so counted as done, has ended by itself since.
      run.listener.stepFinished(StepReports.of(node, label));
    }
  }
}
