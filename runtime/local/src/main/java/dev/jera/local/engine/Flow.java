package dev.jera.local.engine;

/**
 * Runs a DAG or steps template under its node, deciding which of its tasks or steps run, and when.
 * The coordinator calls {@link #advance} after every event until the node is fulfilled.
 */
interface Flow {

  /** Starts what can start now and settles what can be decided. */
  void advance();

  /** The template's node. */
  Node node();

  /** Whether its node is fulfilled. */
  boolean finished();

  /**
   * Why it stopped with an error Argo's controller raises out of the template, ending the workflow in
   * Error without its exit handler ("error in entry template execution: …"), or {@code null}.
   */
  String aborted();

  /** What its outputs are resolved from once it has ended: the variables of all its tasks or steps, and its own. */
  default dev.jera.local.values.Variables outputScope() {
    throw new UnsupportedOperationException("a " + getClass().getSimpleName() + " has no outputs of its own");
  }
}
