package dev.jera.runtime.local;

import java.util.Map;

/** The services and settings every part of one run shares. */
final class RunContext {
  final Manifest manifest;
  final String workflowName;
  final Coordinator coordinator;
  final PodPool pool;
  final StepLauncher launcher;
  final RunRecorder recorder;
  final RunListener listener;
  final Map<String, String> secrets;
  final Map<String, String> stubs;

  RunContext(Manifest manifest, String workflowName, Coordinator coordinator, PodPool pool, StepLauncher launcher,
      RunRecorder recorder, RunListener listener, Map<String, String> secrets, Map<String, String> stubs) {
    this.manifest = manifest;
    this.workflowName = workflowName;
    this.coordinator = coordinator;
    this.pool = pool;
    this.launcher = launcher;
    this.recorder = recorder;
    this.listener = listener;
    this.secrets = secrets;
    this.stubs = stubs;
  }
}
