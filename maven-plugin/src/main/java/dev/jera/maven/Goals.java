package dev.jera.maven;

import org.apache.maven.plugin.MojoFailureException;

/** What several goals check alike. */
final class Goals {
  private Goals() {}

  /** The workflow a goal works on, or a failure saying how to give one. */
  static String workflow(String goal, String workflow) throws MojoFailureException {
    if (workflow == null || workflow.isBlank()) {
      throw new MojoFailureException("jera:" + goal + " needs a workflow: -Djera.workflow=NAME (mvn jera:list shows them)");
    }
    return workflow;
  }
}
