package dev.jera.runtime.local;

import java.util.List;

/** Decides which steps of a template run, and when: a DAG, steps groups, or the exit handler. */
interface Flow {

  /** Starts what can start now and settles what can be decided; called after every event. */
  void advance();

  /** Whether every step has ended (or will never run). */
  boolean finished();

  /** The flow's phase once finished: Succeeded, Failed or Error. */
  Phase phase();

  /** Its steps, in the manifest's order. */
  List<NodeStatus> nodes();
}
