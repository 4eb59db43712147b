package dev.jera.local.engine;

import dev.jera.local.RunListener;
import dev.jera.local.launch.Launchers;
import dev.jera.local.manifest.WorkflowManifest;
import dev.jera.local.record.RunRecorder;
import dev.jera.local.values.Advice;
import dev.jera.local.values.SecretMask;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The services and settings every part of one run shares; only the coordinator thread touches it. */
final class RunContext {
  final WorkflowManifest manifest;
  final String workflowName;
  final Coordinator coordinator;
  final PodPool pool;
  final Launchers launchers;
  final RunRecorder recorder;
  final RunListener listener;
  final Map<String, String> secrets;
  final Map<String, String> configMaps;
  final Map<String, Map<String, Path>> artifacts;
  final Map<String, String> stubs;
  /** The suspended steps to resume as soon as they are reached, with the values supplied to each. */
  final Map<String, Map<String, String>> resumes;
  final Locks locks;
  final WorkflowDeadline deadline;
  /** The values of the run's secrets, masked in everything the run writes and prints. */
  final SecretMask mask;
  /** The run's nodes. */
  final NodeTree tree;
  /** The longest wait before a retry, or {@code null} for Argo's backoff. */
  final Duration retryBackoff;
  /** How the user gives what a run needs, for messages. */
  final Advice advice;
  /** What the progress has told once per step already: the steps' names, and their names + " result". */
  final Set<String> noted = new HashSet<>();
  /** The files steps of this run stored at keys of the artifact repository, by {@code s3:key}: what later steps read there. */
  final Map<String, Path> repositoryFiles = new java.util.concurrent.ConcurrentHashMap<>();
  /**
   * The workflow's global outputs so far, by variable ({@code workflow.outputs.parameters.<name>},
   * {@code workflow.outputs.artifacts.<name>}): what succeeded steps exported with {@code globalName}.
   */
  final Map<String, String> globalOutputs = new java.util.concurrent.ConcurrentHashMap<>();
  /** The graphs running under the entry's, called by its tasks. */
  final NestedFlows nested = new NestedFlows();
  /** The workflow's variables, all a nested graph sees besides its inputs; set before any flow starts. */
  dev.jera.local.values.Variables globals = dev.jera.local.values.Variables.empty();
  /** The workflow's arguments, its parameters' values: what an exit hook without arguments of its own is given. */
  final Map<String, String> workflowArguments;
  /** The run's daemons, stopped when the templates that started them end. */
  final Daemons daemons = new Daemons();

  RunContext(RunRequest request, String workflowName, Coordinator coordinator, PodPool pool, Launchers launchers,
      RunRecorder recorder, Locks locks, WorkflowDeadline deadline, NodeTree tree, SecretMask mask,
      RunListener listener, Map<String, String> workflowArguments) {
    this.manifest = request.manifest;
    this.workflowArguments = workflowArguments;
    this.workflowName = workflowName;
    this.coordinator = coordinator;
    this.pool = pool;
    this.launchers = launchers;
    this.recorder = recorder;
    this.listener = listener;
    this.secrets = request.secrets;
    this.configMaps = request.configMaps;
    this.artifacts = request.artifacts;
    this.stubs = request.stubs;
    this.resumes = request.resumes;
    this.locks = locks;
    this.deadline = deadline;
    this.mask = mask;
    this.tree = tree;
    this.retryBackoff = request.retryBackoff;
    this.advice = request.advice;
  }
}
