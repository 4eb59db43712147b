package dev.jera.runtime.local;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs a compiled workflow on this machine with Argo's semantics, read from its manifest: the entry
 * DAG or steps template, then the exit handler whatever the outcome. A run is Failed or Error when its
 * main flow is, or when the main flow succeeded and the exit handler did not; it is Failed when its
 * {@code activeDeadlineSeconds} passed before the main flow ended. The run holds the workflow-level
 * locks ({@code spec.synchronization}) from start to end. A run interrupted (its thread, or the JVM by
 * SIGINT or SIGTERM, see {@link ActiveRuns}) stops its running steps, starts no other, and is recorded
 * as Failed with the message {@code interrupted}. The values of the run's secrets are masked in
 * everything it records, reports and tells its listener ({@link SecretMask}).
 */
public final class LocalExecutor {
  /** The letters Kubernetes draws generated name suffixes from. */
  private static final String SUFFIX_LETTERS = "bcdfghjklmnpqrstvwxz2456789";
  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private LocalExecutor() {}

  /**
   * Runs the request to its end and writes its record.
   *
   * @throws InvalidRunException if a parameter without a default has no value
   * @throws ManifestException if the manifest still refers to templates of other workflows
   *     ({@link TemplateReferences} resolves them; {@link Catalog} does it when it opens a workflow)
   */
  public static RunReport run(RunRequest request) {
    Manifest manifest = request.manifest;
    if (manifest.unresolved()) {
      throw new ManifestException("workflow '" + request.workflow + "' refers to templates of other workflows"
          + " (workflowTemplateRef or templateRef) that were not resolved; open it through the Catalog");
    }
    ManifestNames.check(manifest, request.workflow);
    Instant created = Instant.now();
    String workflowName = workflowName(manifest, request.workflow);
    String runId = RUN_ID_TIME.format(created) + "-" + workflowName;
    Map<String, String> parameters = parameters(request);
    SecretMask mask = SecretMask.of(request.secrets);
    RunListener listener = mask.apply(request.listener);
    RunRecorder recorder = new RunRecorder(RunHome.runs(request.home).resolve(runId), mask);
    GlobalVariables globals =
        new GlobalVariables(manifest, workflowName, parameters, created, UUID.randomUUID().toString());
    Integer parallelism = parallelism(request);
    StepLauncher launcher = request.launcher != null
        ? request.launcher
        : request.isolated ? new IsolatedLauncher() : new InProcessLauncher(request.runners, request.advice);
    Launchers launchers = new Launchers(launcher, request.runners);
    boolean isolated = request.isolated || request.launcher instanceof IsolatedLauncher
        || launchers.ownJvmsReason() != null;
    // Steps that run as processes are held to what the machine fits, unless --parallelism says otherwise.
    Integer processLimit = request.parallelism == null ? MachineLimit.processSteps() : null;
    String exitKey = exitKey(manifest);
    listener.runStarted(new RunInfo(request.workflow, workflowName, runId, recorder.folder(),
        isolated, isolated ? tighter(parallelism, processLimit) : parallelism, stepNames(manifest, exitKey),
        request.retryBackoff));
    notes(listener, launchers, mask);
    Map<String, StepReport> steps = new LinkedHashMap<>();
    Phase phase;
    String message = null;
    Coordinator coordinator = new Coordinator();
    ActiveRuns.started(coordinator);
    try {
      recorder.started(request.workflow, workflowName, runId, created);
      try (coordinator) {
        Locks locks = new Locks(request.configMaps);
        locks.holdForRun(Locks.keys(manifest.synchronization(), globals.variables()));
        PodPool pool = new PodPool(parallelism, processLimit, locks);
        WorkflowDeadline deadline = new WorkflowDeadline(created, manifest.activeDeadlineSeconds());
        RunContext run = new RunContext(request, workflowName, coordinator, pool, launchers, recorder, locks, deadline,
            mask, listener);
        TaskStarter starter = new TaskStarter(run);
        Template entry = manifest.entryTemplate();
        Flow main = entry instanceof DagTemplate
            ? new DagFlow((DagTemplate) entry, starter, globals.variables(), run)
            : new StepsFlow((StepsTemplate) entry, starter, globals.variables(), run);
        Duration remaining = deadline.remaining();
        if (remaining != null) {
          // Wakes the coordinator when the deadline passes, so that waiting steps are let go.
          coordinator.later(remaining, () -> { });
        }
        coordinator.drive(main, pool);
        phase = main.phase();
        if (deadline.exceeded()) {
          phase = Phase.FAILED;
          message = WorkflowDeadline.EXCEEDED;
        }
        deadline.lift();
        main.nodes().forEach(node -> steps.put(node.name, mask.apply(node.report())));
        if (exitKey != null) {
          globals.mainFlowEnded(phase, Failures.json(main.nodes(), workflowName));
          // Argo calls the exit handler with the workflow's arguments.
          Flow handler = new ExitFlow(Task.calling(exitKey, manifest.onExit(), parameters), starter, globals.variables());
          coordinator.drive(handler, pool);
          handler.nodes().forEach(node -> steps.put(node.name, mask.apply(node.report())));
          if (phase == Phase.SUCCEEDED && handler.phase().failedOrError()) {
            phase = handler.phase();
          }
        }
        if (coordinator.interrupted()) {
          phase = Phase.FAILED;
          message = ScriptExecution.INTERRUPTED;
        }
      }
      Map<String, String> shownParameters = new LinkedHashMap<>();
      parameters.forEach((name, value) -> shownParameters.put(name, mask.apply(value)));
      RunReport report = new RunReport(request.workflow, workflowName, runId, phase, message, shownParameters, steps,
          created, Instant.now(), isolated, recorder.folder());
      recorder.summary(ReportJson.write(report));
      listener.runFinished(report);
      return report;
    } finally {
      ActiveRuns.ended(coordinator);
      if (coordinator.callerInterrupted()) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Tells the listener, once, what the user should know about how this run runs. */
  private static void notes(RunListener listener, Launchers launchers, SecretMask mask) {
    if (launchers.ownJvmsReason() != null) {
      listener.runNote(launchers.ownJvmsReason());
    }
    for (String secret : mask.unmasked()) {
      listener.runNote("secret " + secret + " has fewer than " + SecretMask.STANDALONE
          + " characters, too few to mask: its value is not hidden in the run's output");
    }
  }

  /** The tighter of two limits, either of which may be {@code null} for none. */
  private static Integer tighter(Integer one, Integer other) {
    return one == null ? other : other == null ? one : Integer.valueOf(Math.min(one, other));
  }

  /** A Workflow's {@code generateName} plus five random letters; other kinds their name, a dash and five. */
  private static String workflowName(Manifest manifest, String workflow) {
    StringBuilder name = new StringBuilder();
    if (manifest.generateName() != null) {
      name.append(manifest.generateName());
    } else {
      name.append(manifest.name() == null ? workflow : manifest.name()).append('-');
    }
    for (int i = 0; i < 5; i++) {
      name.append(SUFFIX_LETTERS.charAt(RANDOM.nextInt(SUFFIX_LETTERS.length())));
    }
    return name.toString();
  }

  private static Map<String, String> parameters(RunRequest request) {
    Map<String, String> values = new LinkedHashMap<>();
    for (WorkflowParameter parameter : request.manifest.parameters()) {
      String value = request.parameters.getOrDefault(parameter.name(), parameter.value());
      if (value == null) {
        throw new InvalidRunException("workflow '" + request.workflow + "' needs parameter '" + parameter.name() + "'");
      }
      values.put(parameter.name(), value);
    }
    return values;
  }

  /**
   * {@code --parallelism} if given, else the tighter of the workflow's and the entry template's; without
   * {@code --parallelism}, steps that run as processes are also held to what the machine fits
   * ({@link MachineLimit}).
   */
  private static Integer parallelism(RunRequest request) {
    if (request.parallelism != null) {
      return request.parallelism;
    }
    Template entry = request.manifest.entryTemplate();
    Integer template = entry instanceof DagTemplate
        ? ((DagTemplate) entry).parallelism()
        : ((StepsTemplate) entry).parallelism();
    Integer workflow = request.manifest.parallelism();
    if (template == null) {
      return workflow;
    }
    return workflow == null ? template : Math.min(template, workflow);
  }

  /** The exit handler's name among the steps: its template's, unless a step has that name. */
  static String exitKey(Manifest manifest) {
    if (manifest.onExit() == null) {
      return null;
    }
    return stepNames(manifest, null).contains(manifest.onExit()) ? "onExit" : manifest.onExit();
  }

  private static List<String> stepNames(Manifest manifest, String exitKey) {
    List<String> names = new ArrayList<>();
    manifest.entryTasks().forEach(task -> names.add(task.name()));
    if (exitKey != null) {
      names.add(exitKey);
    }
    return names;
  }
}
