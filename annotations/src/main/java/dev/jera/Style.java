package dev.jera;

/** How a {@link Workflow}'s steps are laid out in the manifest. */
public enum Style {
  /**
   * A {@code dag} template: each step starts as soon as the steps it depends on are done (Argo's
   * {@code depends}). Outputs are read as {@code {{tasks.<step>.outputs.result}}}.
   */
  DAG,
  /**
   * A {@code steps} template: steps run in groups, one group after another, the steps of a group in
   * parallel; each step lands in the first group after all of its dependencies. Outputs are read as
   * {@code {{steps.<step>.outputs.result}}}.
   */
  STEPS
}
