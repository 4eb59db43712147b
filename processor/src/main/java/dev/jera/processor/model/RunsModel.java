package dev.jera.processor.model;

import java.util.List;

/**
 * {@code @Workflow(runs)}: the workflow runs a (Cluster)WorkflowTemplate, and what the compiler
 * found about it.
 *
 * @param describedAs how a message names the template
 */
public record RunsModel(Site site, CallModel.Reference reference, String describedAs, Target target) {

  public RunsModel resolvedTo(Target resolved) {
    return new RunsModel(site, reference, describedAs, resolved);
  }

  /** What the reference resolved to, or why it did not. */
  public sealed interface Target {}

  /** Not resolved yet. */
  public record Pending() implements Target {}

  /** The template: its name, kind and parameters (and whether each has a default). */
  public record Resolved(String name, String kind, List<Parameter> parameters) implements Target {
    public Resolved {
      parameters = List.copyOf(parameters);
    }
  }

  /** A parameter of the template. */
  public record Parameter(String name, boolean required) {}

  /** The reference does not resolve; {@code problem} says why. */
  public record Missing(String problem) implements Target {}
}
