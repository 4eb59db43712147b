package dev.jera.local.engine;

import dev.jera.local.Catalog;
import dev.jera.local.InvalidRunException;
import dev.jera.local.NodeReport;
import dev.jera.local.Phase;
import dev.jera.local.RunInfo;
import dev.jera.local.RunListener;
import dev.jera.local.RunReport;
import dev.jera.local.StepReport;
import dev.jera.local.artifacts.UnfetchedInputs;
import dev.jera.local.launch.InProcessLauncher;
import dev.jera.local.launch.IsolatedLauncher;
import dev.jera.local.launch.Launchers;
import dev.jera.local.launch.MachineLimit;
import dev.jera.local.launch.StepLauncher;
import dev.jera.local.manifest.DagTemplate;
import dev.jera.local.manifest.InputParameter;
import dev.jera.local.manifest.ManifestException;
import dev.jera.local.manifest.ManifestNames;
import dev.jera.local.manifest.ManifestTemplate;
import dev.jera.local.manifest.StepsTemplate;
import dev.jera.local.manifest.Task;
import dev.jera.local.manifest.TemplateReferences;
import dev.jera.local.manifest.WorkflowManifest;
import dev.jera.local.manifest.WorkflowParameter;
import dev.jera.local.record.ReportJson;
import dev.jera.local.record.RunHome;
import dev.jera.local.record.RunRecorder;
import dev.jera.local.values.GlobalVariables;
import dev.jera.local.values.Variables;
import dev.jera.local.values.SecretMask;
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
 * DAG or steps template under the workflow's own node (or an entry pod template as that node), then the exit handler whatever the outcome. The
 * run records its nodes as Argo's controller records them ({@link NodeTree}); its phase and message
 * are Argo's ({@link #outcome}). The run holds the workflow-level locks ({@code spec.synchronization})
 * from start to end. A run interrupted (its thread, or the JVM by SIGINT or SIGTERM, see
 * {@link ActiveRuns}) stops its running steps, starts no other, and is recorded as Failed with the
 * message {@code interrupted}. The values of the run's secrets are masked in everything it records,
 * reports and tells its listener ({@link SecretMask}).
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
   * @throws InvalidRunException if a parameter without a default has no value, or a step that is not
   *     stubbed calls a resource template
   * @throws ManifestException if the manifest still refers to templates of other workflows
   *     ({@link TemplateReferences} resolves them; {@link Catalog} does it when it opens a workflow)
   */
  public static RunReport run(RunRequest request) {
    WorkflowManifest manifest = request.manifest;
    if (manifest.unresolved()) {
      throw new ManifestException("workflow '" + request.workflow + "' refers to templates of other workflows"
          + " (workflowTemplateRef or templateRef) that were not resolved; open it through the Catalog");
    }
    if (manifest.entrypoint() == null) {
      throw new InvalidRunException("workflow '" + request.workflow + "' is a library of templates with no entrypoint:"
          + " nothing to run; run a workflow that calls its templates");
    }
    ManifestNames.check(manifest, request.workflow);
    ResourceSteps.check(manifest, request.stubs.keySet(), request.workflow);
    SuspendSteps.check(manifest, request.resumes, request.workflow);
    Instant created = Instant.now();
    String workflowName = workflowName(manifest, request.workflow);
    // A fixed name repeats from run to run: a suffix keeps two runs in one second apart.
    String runId = RUN_ID_TIME.format(created) + "-" + workflowName
        + (workflowName.equals(manifest.name()) ? "-" + suffix() : "");
    Map<String, String> parameters = parameters(request);
    entryInputsSupplied(manifest, parameters, request.workflow);
    SecretMask mask = SecretMask.of(request.secrets);
    RunListener listener = mask.apply(request.listener);
    GlobalVariables globals =
        new GlobalVariables(manifest, workflowName, parameters, created, UUID.randomUUID().toString());
    RunRecorder recorder = new RunRecorder(RunHome.runs(request.home).resolve(runId), mask);
    Integer parallelism = parallelism(request);
    StepLauncher launcher = request.launcher != null
        ? request.launcher
        : request.isolated ? new IsolatedLauncher() : new InProcessLauncher(request.runners, request.advice);
    Launchers launchers = new Launchers(launcher, request.runners);
    boolean isolated = request.isolated || request.launcher instanceof IsolatedLauncher
        || launchers.ownJvmsReason() != null;
    // Steps that run as processes are held to what the machine fits, unless --parallelism says otherwise.
    Integer processLimit = request.parallelism == null ? MachineLimit.processSteps() : null;
    String exitKey = manifest.exitKey();
    listener.runStarted(new RunInfo(request.workflow, workflowName, runId, recorder.folder(),
        isolated, isolated ? tighter(parallelism, processLimit) : parallelism, stepNames(manifest, exitKey),
        request.retryBackoff));
    notes(listener, launchers, mask);
    UnfetchedInputs.notes(manifest, request.artifacts, request.stubs.keySet(), request.advice).forEach(listener::runNote);
    clusterNotes(listener, manifest, globals);
    NodeTree tree = new NodeTree(workflowName);
    Phase phase;
    String message;
    Coordinator coordinator = new Coordinator();
    ActiveRuns.started(coordinator);
    try {
      recorder.started(request.workflow, workflowName, runId, created);
      try (coordinator) {
        Outcome outcome = globals.metadataError() != null
            // updateWorkflowMetadata: a label Argo cannot set ends the workflow in Error before any node or lock.
            ? new Outcome(Phase.ERROR, globals.metadataError())
            : runFlows(request, manifest, globals, parameters, tree, coordinator, launchers, recorder, mask, listener,
                workflowName, created, parallelism, processLimit, exitKey);
        phase = outcome.phase;
        message = outcome.message;
        if (coordinator.interrupted()) {
          phase = Phase.FAILED;
          message = PodRun.INTERRUPTED;
        }
      }
      Map<String, String> shownParameters = new LinkedHashMap<>();
      parameters.forEach((name, value) -> shownParameters.put(name, mask.apply(value)));
      Map<String, StepReport> steps = new LinkedHashMap<>();
      StepReports.ofRun(manifest, tree, exitKey).forEach((name, step) -> steps.put(name, mask.apply(step)));
      Instant finished = Instant.now();
      MetricValues metrics = MetricValues.of(manifest.metrics(), tree, workflowName, phase, created, finished,
          globals.variables());
      RunReport report = new RunReport(request.workflow, workflowName, runId, phase, mask.apply(message), shownParameters,
          steps, created, finished, isolated, recorder.folder(),
          tree.nodes().stream().map(NodeReport::of).map(mask::apply).toList(), masked(globals.labels(), mask),
          metrics.emitted().stream().map(mask::apply).toList(), metrics.errors().stream().map(mask::apply).toList());
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

  /**
   * Argo binds the workflow's arguments to the entry graph's inputs by name: an input without a default
   * and without an argument of its name stops the run before it starts.
   */
  private static void entryInputsSupplied(WorkflowManifest manifest, Map<String, String> parameters, String workflow) {
    for (InputParameter input : manifest.entryTemplate().graphInputs()) {
      if (input.value() == null && input.defaultValue() == null && !parameters.containsKey(input.name())) {
        throw new InvalidRunException("workflow '" + workflow + "': its entrypoint " + manifest.entrypoint()
            + " needs input '" + input.name() + "', which no workflow parameter of that name supplies");
      }
    }
  }

  /** Runs the main flow under the run's locks and deadline, then the exit handler; how they ended. */
  private static Outcome runFlows(RunRequest request, WorkflowManifest manifest, GlobalVariables globals,
      Map<String, String> parameters, NodeTree tree, Coordinator coordinator, Launchers launchers, RunRecorder recorder,
      SecretMask mask, RunListener listener, String workflowName, Instant created, Integer parallelism,
      Integer processLimit, String exitKey) {
    Locks locks = new Locks(request.configMaps, request.semaphoreLimits);
    locks.holdForRun(Locks.keys(manifest.synchronization(), globals.variables()));
    PodPool pool = new PodPool(parallelism, processLimit, locks);
    WorkflowDeadline deadline = new WorkflowDeadline(created, manifest.activeDeadlineSeconds());
    RunContext run = new RunContext(request, workflowName, coordinator, pool, launchers, recorder, locks, deadline,
        tree, mask, listener, parameters);
    globals.readOutputsFrom(run.globalOutputs);
    run.globals = globals.variables();
    ManifestTemplate entry = manifest.entryTemplate();
    // Argo binds the workflow's arguments to the entry template's inputs of the same names.
    Variables entryScope = entry.graph()
        ? run.globals.with(NestedFlows.inputs(entry.graphInputs(), parameters, run.globals))
        : run.globals;
    Flow main = entry instanceof DagTemplate
        ? new DagFlow(workflowName, (DagTemplate) entry, null, entryScope, run)
        : entry instanceof StepsTemplate
            ? new StepsFlow(workflowName, (StepsTemplate) entry, null, entryScope, run)
            : new LeafFlow(manifest.entrypoint(), parameters, manifest.artifacts(), globals.variables(), run);
    if (entry.graph()) {
      main.node().inputs = MetricValues.inputsByName(NestedFlows.inputs(entry.graphInputs(), parameters, run.globals));
    }
    Duration remaining = deadline.remaining();
    if (remaining != null) {
      // Wakes the coordinator when the deadline passes, so that waiting pods are let go.
      coordinator.later(remaining, () -> { });
    }
    coordinator.drive(run.nested.around(withHooks(main, manifest, run)), pool);
    if (entry.graph()) {
      GraphOutputValues.resolve(main, entry);
    }
    // markWorkflowPhase: the daemons still running (the entry template's own) are stopped.
    run.daemons.stopAll();
    coordinator.settle(run.daemons::allEnded, pool);
    deadline.lift();
    Flow handler = exitKey == null ? null : runExitHandler(manifest, exitKey, parameters, globals, tree, main, run,
        coordinator, pool);
    run.daemons.stopAll();
    coordinator.settle(run.daemons::allEnded, pool);
    return outcome(main, handler);
  }

  /**
   * The main flow with the workflow's lifecycle hooks other than {@code exit} ({@code executeWfLifeCycleHook}):
   * looked at after every event of the run, each started the first time its expression holds over the workflow's
   * globals ({@code workflow.status} is Running until the run ends), as {@code <workflow>.hooks.<name>}; the run
   * ends, and its exit handler starts, once those started have ended.
   */
  private static Flow withHooks(Flow main, WorkflowManifest manifest, RunContext run) {
    if (manifest.hooks().isEmpty()) {
      return main;
    }
    LifecycleHooks hooks = new LifecycleHooks(run, manifest.hooks());
    int[] running = {0};
    return new Flow() {
      @Override
      public void advance() {
        main.advance();
        Node root = main.node();
        if (root != null && hooks.pending() && main.aborted() == null) {
          hooks.fire(root, run.tree.workflowName(), null, run.recorder.stepFolder("hooks"), run.globals,
              () -> running[0]++, () -> running[0]--, () -> false);
        }
      }

      @Override
      public Node node() {
        return main.node();
      }

      @Override
      public boolean finished() {
        return main.finished() && running[0] == 0;
      }

      @Override
      public String aborted() {
        return main.aborted();
      }

      @Override
      public dev.jera.local.values.Variables outputScope() {
        return main.outputScope();
      }
    };
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

  /**
   * One note for what the manifest sets that only a cluster applies (a pod spec patch, DNS, claims, a
   * disruption budget, …).
   */
  private static void clusterNotes(RunListener listener, WorkflowManifest manifest, GlobalVariables globals) {
    if (!manifest.metadata().clusterOnly().isEmpty()) {
      listener.runNote("not applied on this machine, only a cluster does: " + String.join(", ", manifest.metadata().clusterOnly()));
    }
  }

  private static Map<String, String> masked(Map<String, String> values, SecretMask mask) {
    Map<String, String> shown = new LinkedHashMap<>();
    values.forEach((key, value) -> shown.put(key, mask.apply(value)));
    return shown;
  }

  /** The tighter of two limits, either of which may be {@code null} for none. */
  private static Integer tighter(Integer one, Integer other) {
    return one == null ? other : other == null ? one : Integer.valueOf(Math.min(one, other));
  }

  /** How the run ended. */
  private record Outcome(Phase phase, String message) {}

  /**
   * Runs the exit handler once the main flow has ended, with {@code workflow.status} and
   * {@code workflow.failures} set as Argo sets them; {@code null} when the main flow was aborted, as
   * Argo then runs none.
   */
  private static Flow runExitHandler(WorkflowManifest manifest, String exitKey, Map<String, String> parameters,
      GlobalVariables globals, NodeTree tree, Flow main, RunContext run, Coordinator coordinator, PodPool pool) {
    if (main.aborted() != null) {
      return null;
    }
    globals.mainFlowEnded(workflowPhase(main.node().phase), Failures.json(tree));
    // Argo calls the exit handler with the workflow's arguments, or, for hooks.exit, with its own when it has any.
    Task hook = manifest.exitHook();
    boolean own = hook != null && !(hook.arguments().isEmpty() && hook.artifacts().isEmpty());
    Task call = own
        ? new Task(exitKey, hook.template(), null, null, hook.arguments(), hook.artifacts(), null, null, null, null, null, null)
        : Task.calling(exitKey, manifest.onExit(), parameters);
    Flow handler = new ExitFlow(tree.workflowName() + ".onExit", exitKey, call, own, globals.variables(), run);
    coordinator.drive(run.nested.around(handler), pool);
    return handler;
  }

  /**
   * The workflow's phase and message from its entry node and exit handler ({@code operator.go:operate}):
   * the entry node's phase (Skipped and Omitted count as Succeeded) and message; when that succeeded
   * but the exit handler failed, the handler's phase and message. An error raised out of a template
   * ends the workflow in Error with Argo's wording.
   */
  private static Outcome outcome(Flow main, Flow handler) {
    if (main.aborted() != null) {
      return new Outcome(Phase.ERROR, "error in entry template execution: " + main.aborted());
    }
    if (handler != null && handler.aborted() != null) {
      return new Outcome(Phase.ERROR, handler.aborted());
    }
    Phase phase = workflowPhase(main.node().phase);
    if (phase == Phase.SUCCEEDED) {
      Node exit = handler == null ? null : handler.node();
      if (exit != null && exit.failedOrError()) {
        return new Outcome(exit.phase == Phase.FAILED ? Phase.FAILED : Phase.ERROR, emptyAsNull(exit.message));
      }
      return new Outcome(Phase.SUCCEEDED, null);
    }
    return new Outcome(phase, emptyAsNull(main.node().message));
  }

  /** Argo's map from the entry node's phase to the workflow's. */
  private static Phase workflowPhase(Phase node) {
    return node == Phase.FAILED || node == Phase.ERROR ? node : Phase.SUCCEEDED;
  }

  private static String emptyAsNull(String message) {
    return message == null || message.isEmpty() ? null : message;
  }

  /** A Workflow's {@code generateName} plus five random letters; other kinds their name, a dash and five. */
  private static String workflowName(WorkflowManifest manifest, String workflow) {
    if (manifest.kind().equals("Workflow") && manifest.generateName() == null && manifest.name() != null) {
      // A Workflow given exactly its name (metadata.name) runs under that name, as Kubernetes keeps it.
      return manifest.name();
    }
    StringBuilder name = new StringBuilder();
    if (manifest.generateName() != null) {
      name.append(manifest.generateName());
    } else {
      name.append(manifest.name() == null ? workflow : manifest.name()).append('-');
    }
    return name.append(suffix()).toString();
  }

  /** Five letters as Kubernetes draws a generated name's suffix. */
  private static String suffix() {
    StringBuilder suffix = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      suffix.append(SUFFIX_LETTERS.charAt(RANDOM.nextInt(SUFFIX_LETTERS.length())));
    }
    return suffix.toString();
  }

  private static Map<String, String> parameters(RunRequest request) {
    Map<String, String> values = new LinkedHashMap<>();
    for (WorkflowParameter parameter : request.manifest.parameters()) {
      String value = request.parameters.getOrDefault(parameter.name(), parameter.value());
      if (value == null && parameter.configMap() != null) {
        value = request.configMaps.getOrDefault(parameter.configMap().displayName(), parameter.configMapDefault());
      }
      if (value == null) {
        throw new InvalidRunException("workflow '" + request.workflow + "' needs parameter '" + parameter.name() + "'");
      }
      values.put(parameter.name(), value);
    }
    return values;
  }

  /** {@code --parallelism} if given, else the tighter of the workflow's and the entry template's. */
  private static Integer parallelism(RunRequest request) {
    if (request.parallelism != null) {
      return request.parallelism;
    }
    ManifestTemplate entry = request.manifest.entryTemplate();
    Integer template = entry instanceof DagTemplate
        ? ((DagTemplate) entry).parallelism()
        : entry instanceof StepsTemplate ? ((StepsTemplate) entry).parallelism() : null;
    Integer workflow = request.manifest.parallelism();
    if (template == null) {
      return workflow;
    }
    return workflow == null ? template : Math.min(template, workflow);
  }

  private static List<String> stepNames(WorkflowManifest manifest, String exitKey) {
    List<String> names = new ArrayList<>();
    manifest.entryTasks().forEach(task -> names.add(task.name()));
    if (exitKey != null) {
      names.add(exitKey);
    }
    return names;
  }
}
